// 谁起草、谁解读: whose interpretation a policy needs, and the rule (with its article) that says so. Kaizhou's rulebook
// names the drafting unit (二十八, through rules-core); Shapingba's is silent on policy interpretation, so the office's
// setting decides there, and says where that comes from.
import { AppError, fromRuleError } from '@zhengling/core';
import type { DbOrTx } from '@zhengling/db';
import { type DistrictId, policyInterpreter, RuleEngineError } from '@zhengling/rules-core';
import { loadSettings, SETTINGS } from '../settings/settings';

export interface InterpretationRule {
  /** the rule the duty rests on, as people read it */
  basis: string;
  /** false where the rulebook is silent and the setting switched the duty off */
  required: boolean;
}

export async function interpretationRuleOf(db: DbOrTx, district: DistrictId): Promise<InterpretationRule> {
  try {
    const a = policyInterpreter(district, { draftingUnit: 'drafting-unit' });
    const c = a.citations[0]!;
    return { basis: `${c.instrument} ${c.location}：“${c.quote}”`, required: true };
  } catch (e) {
    if (!(e instanceof RuleEngineError) || e.code !== 'RULEBOOK_SILENT') throw e;
    const settings = await loadSettings(db);
    return {
      basis: `${e.messageZh}；按配置：${SETTINGS['interpretation.requiredWhereSilent'].source}`,
      required: settings['interpretation.requiredWhereSilent'],
    };
  }
}

/**
 * Only the drafting unit interprets its policy. In Kaizhou the refusal carries the engine's citation (二十八); where
 * the rulebook is silent the configured practice applies with its source.
 */
export function assertInterpreter(
  district: DistrictId,
  draftingUnit: { id: string; name: string },
  proposedUnit: { id: string; name: string },
) {
  let allowed: boolean;
  let basis: string;
  try {
    const a = policyInterpreter(district, { draftingUnit: draftingUnit.id, proposedUnit: proposedUnit.id });
    allowed = a.proposedAllowed === true;
    const c = a.citations[0]!;
    basis = `${c.instrument} ${c.location}：“${c.quote}”`;
  } catch (e) {
    if (!(e instanceof RuleEngineError)) throw e;
    if (e.code !== 'RULEBOOK_SILENT') throw fromRuleError(e);
    allowed = draftingUnit.id === proposedUnit.id;
    basis = `本区规则未规定政策解读由谁负责；按配置：${SETTINGS['interpretation.requiredWhereSilent'].source}`;
  }
  if (!allowed)
    throw new AppError(
      'RULE_VIOLATION',
      `（政策解读须由起草单位${draftingUnit.name}负责，${proposedUnit.name}的解读不予采用。依据：${basis}）`,
      { basis, draftingUnit: draftingUnit.name },
    );
}

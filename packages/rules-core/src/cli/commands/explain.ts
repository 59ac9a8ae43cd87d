import { z } from 'zod';
import { INSTRUMENTS } from '../../instruments';
import { findInterpretation, interpretationsOf } from '../../interpretations';
import { citationOf } from '../../model/cite';
import { RuleEngineError } from '../../model/errors';
import { preview } from '../../model/request';
import { findRule } from '../../rules';
import { type CommandHandler, parseRequest } from '../respond';

const ExplainRequest = z.strictObject({ ruleId: z.string().min(1).max(200) });

/**
 * `explain`: a rule — its verbatim quote with its citation and every labelled reading that applies to it — or a
 * labelled reading itself with the rules it applies to. Ids are matched in any letter case.
 */
export const explainCommand: CommandHandler = (request) => {
  const { ruleId } = parseRequest(ExplainRequest, request);
  const rule = findRule(ruleId);
  if (rule) {
    const instrument = INSTRUMENTS[rule.instrumentId];
    return {
      ok: true,
      rule: {
        id: rule.id,
        district: rule.district,
        summary: rule.summary,
        summaryEn: rule.summaryEn,
        validFrom: rule.validFrom,
        ...(rule.validUntil ? { validUntil: rule.validUntil } : {}),
        ...(rule.spec ? { spec: rule.spec } : {}),
      },
      instrument: {
        documentNumber: instrument.documentNumber,
        title: instrument.title,
        issuedOn: instrument.issuedOn,
      },
      citation: citationOf(rule),
      interpretations: interpretationsOf(rule.id).map(({ id, ambiguities, reading, rationale }) => ({
        id,
        ambiguities,
        reading,
        rationale,
      })),
    };
  }
  const reading = findInterpretation(ruleId);
  if (reading) {
    return {
      ok: true,
      interpretation: {
        id: reading.id,
        ambiguities: reading.ambiguities,
        reading: reading.reading,
        rationale: reading.rationale,
        readingEn: reading.readingEn,
        rationaleEn: reading.rationaleEn,
        label: '解读（非原文）',
      },
      rules: reading.ruleIds.flatMap((id) => {
        const r = findRule(id);
        return r ? [{ id: r.id, summary: r.summary, citation: citationOf(r) }] : [];
      }),
    };
  }
  throw new RuleEngineError('UNKNOWN_RULE', `（${preview(ruleId)}：既不是规则编号，也不是解读编号）`);
};

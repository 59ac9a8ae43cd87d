import { z } from 'zod';
import { INSTRUMENTS } from '../../instruments';
import { interpretationsOf } from '../../interpretations';
import { citationOf } from '../../model/cite';
import { RuleEngineError } from '../../model/errors';
import { findRule } from '../../rules';
import { type CommandHandler, parseRequest } from '../respond';

const ExplainRequest = z.object({ ruleId: z.string().min(1) }).strict();

/** `explain`: a rule, its verbatim quote with its citation, and every labelled reading that applies to it. */
export const explainCommand: CommandHandler = (request) => {
  const { ruleId } = parseRequest(ExplainRequest, request);
  const rule = findRule(ruleId);
  if (!rule) throw new RuleEngineError('UNKNOWN_RULE', `（${ruleId}）`);
  const instrument = INSTRUMENTS[rule.instrumentId];
  return {
    ok: true,
    rule: {
      id: rule.id,
      district: rule.district,
      summary: rule.summary,
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
};

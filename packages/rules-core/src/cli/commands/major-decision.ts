import { z } from 'zod';
import { evaluateMajorDecision, MARKET_ACTIVITIES, MD_STEPS } from '../../engine/major-decision';
import { RuleEngineError } from '../../model/errors';
import { DISTRICTS, isOneOf } from '../../model/ids';
import { type CommandHandler, parseRequest } from '../respond';

const Shape = z.object({
  district: z.unknown().optional(),
  decision: z
    .strictObject({
      specialisedOrTechnical: z.boolean().optional(),
      involvesOtherDepartments: z.boolean().optional(),
      involvesTownships: z.boolean().optional(),
      involvesMarketActivity: z.array(z.enum(MARKET_ACTIVITIES)).optional(),
      involvesMajorPublicInterest: z.boolean().optional(),
      proneToSocialStabilityProblems: z.boolean().optional(),
    })
    .default({}),
  done: z.array(z.enum(MD_STEPS)).default([]),
});

/** `major-decision`: the required steps of a major administrative decision and the ones still missing. */
export const majorDecisionCommand: CommandHandler = (request) => {
  const r = parseRequest(Shape, request);
  if (!isOneOf(DISTRICTS, r.district))
    throw new RuleEngineError('UNKNOWN_DISTRICT', `（${JSON.stringify(r.district)}）`);
  return { ok: true, district: r.district, ...evaluateMajorDecision(r.district, r.decision, r.done) };
};

import { z } from 'zod';
import { evaluateMajorDecision, MARKET_ACTIVITIES, MD_STEPS } from '../../engine/major-decision';
import { districtOf } from '../../model/request';
import { type CommandHandler, isoDate, parseRequest } from '../respond';

const Shape = z.strictObject({
  district: z.unknown().optional(),
  decision: z
    .strictObject({
      specialisedOrTechnical: z.boolean().optional(),
      involvesOtherDepartments: z.boolean().optional(),
      involvesTownships: z.boolean().optional(),
      involvesMarketActivity: z.array(z.enum(MARKET_ACTIVITIES)).max(20).optional(),
      involvesMajorPublicInterest: z.boolean().optional(),
      proneToSocialStabilityProblems: z.boolean().optional(),
      urgent: z.boolean().optional(),
      handledByStandIn: z.boolean().optional(),
      consultationRecorded: z.boolean().optional(),
    })
    .default({}),
  done: z.array(z.enum(MD_STEPS)).max(50).default([]),
  asOf: isoDate.optional(),
});

/** `major-decision`: the required steps of a major administrative decision, what changed them, what is missing. */
export const majorDecisionCommand: CommandHandler = (request) => {
  const r = parseRequest(Shape, request);
  const district = districtOf(r.district);
  return { ok: true, district, ...evaluateMajorDecision(district, r.decision, r.done, r.asOf) };
};

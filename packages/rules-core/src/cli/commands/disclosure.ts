import { z } from 'zod';
import {
  DISCLOSURE_ITEM_KINDS,
  disclosureDuty,
  policyInterpreter,
  releaseReview,
} from '../../engine/disclosure';
import { districtOf } from '../../model/request';
import { type CommandHandler, id, isoDate, parseRequest } from '../respond';

const head = { district: z.unknown().optional(), asOf: isoDate.optional() };
const issuer = z.enum(['district-government', 'government-office', 'department']);
const Ask = z.discriminatedUnion('ask', [
  z.strictObject({
    ...head,
    ask: z.literal('duty'),
    item: z.strictObject({
      kind: z.enum(DISCLOSURE_ITEM_KINDS),
      publicInterest: z.boolean().optional(),
      confidentialByLaw: z.boolean().optional(),
      issuer: issuer.optional(),
    }),
  }),
  z.strictObject({
    ...head,
    ask: z.literal('review'),
    item: z.strictObject({
      issuer,
      importantDeployment: z.boolean().optional(),
      majorEconomicOrSocialIssue: z.boolean().optional(),
      closeToPublicInterest: z.boolean().optional(),
      importantGovernmentInformation: z.boolean().optional(),
      releasedBy: z
        .enum(['spokesperson', 'authorised-spokesperson', 'department', 'government-office'])
        .optional(),
    }),
  }),
  z.strictObject({
    ...head,
    ask: z.literal('interpreter'),
    policy: z.strictObject({
      draftingUnit: id,
      proposedUnit: id.optional(),
      act: z.enum(['explanation', 'authoritative-interpretation']).optional(),
    }),
  }),
]);

/**
 * `disclosure`: "duty" — must an item be disclosed, how, and on what ground may it be withheld; "review" — what an
 * item needs before release; "interpreter" — who interprets a policy (谁起草、谁解读).
 */
export const disclosureCommand: CommandHandler = (request) => {
  const r = parseRequest(Ask, request);
  const district = districtOf(r.district);
  switch (r.ask) {
    case 'duty':
      return { ok: true, district, ...disclosureDuty(district, r.item, r.asOf) };
    case 'review':
      return { ok: true, district, ...releaseReview(district, r.item, r.asOf) };
    case 'interpreter':
      return { ok: true, district, ...policyInterpreter(district, r.policy, r.asOf) };
  }
};

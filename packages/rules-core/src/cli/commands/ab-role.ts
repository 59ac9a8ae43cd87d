import { z } from 'zod';
import {
  actingFor,
  actingForDistrictHead,
  type AbFacts,
  checkLeave,
  validateAbPair,
} from '../../engine/ab-roles';
import { districtOf } from '../../model/request';
import { type CommandHandler, id, isoDate, parseRequest } from '../respond';

const reason = z.enum([
  'study',
  'inspection',
  'business-trip',
  'official-visit',
  'vacation',
  'personal-leave',
  'sick-leave',
  'other',
]);
const leave = z.strictObject({ leader: id, from: isoDate, to: isoDate, reason });
const pair = z.strictObject({
  a: id,
  b: id,
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  decisionRef: z.string().max(200).optional(),
  documentRef: z.string().max(200).optional(),
});
const facts = {
  district: z.unknown().optional(),
  pairs: z.array(pair).max(500).default([]),
  leaves: z.array(leave).max(5000).default([]),
  designations: z
    .array(z.strictObject({ absent: id, actor: id, from: isoDate, to: isoDate }))
    .max(500)
    .optional(),
  unableToAct: z
    .array(
      z.strictObject({
        leader: id,
        from: isoDate,
        to: isoDate,
        reason: z.enum(['recusal', 'conflict-of-interest', 'other']),
        matter: z.string().max(200).optional(),
      }),
    )
    .max(500)
    .optional(),
};
const Ask = z.discriminatedUnion('ask', [
  z.strictObject({ ask: z.literal('acting'), leader: id, date: isoDate, ...facts }),
  z.strictObject({
    ask: z.literal('district-head-away'),
    district: z.unknown().optional(),
    reason,
    delegatedTo: z
      .strictObject({ leader: id, role: z.enum(['executive-deputy-head', 'deputy-head']) })
      .optional(),
    asOf: isoDate.optional(),
  }),
  z.strictObject({ ask: z.literal('leave-check'), request: leave, ...facts }),
  z.strictObject({ ask: z.literal('pair-check'), pair, ...facts }),
]);

/**
 * `ab-role`: who acts for an absent (or present but unable) leader on a date; who presides while the district head
 * is away; whether a leave request would leave both of a pair away; whether an AB pair is one the rules accept.
 */
export const abRoleCommand: CommandHandler = (request) => {
  const r = parseRequest(Ask, request);
  const district = districtOf(r.district);
  if (r.ask === 'district-head-away') {
    return { ok: true, district, ...actingForDistrictHead(district, r.reason, r.delegatedTo, r.asOf) };
  }
  const f: AbFacts = {
    district,
    pairs: r.pairs,
    leaves: r.leaves,
    ...(r.designations ? { designations: r.designations } : {}),
    ...(r.unableToAct ? { unableToAct: r.unableToAct } : {}),
  };
  switch (r.ask) {
    case 'acting':
      return { ok: true, district, ...actingFor(f, r.leader, r.date) };
    case 'leave-check':
      return { ok: true, district, ...checkLeave(f, r.request) };
    case 'pair-check':
      return { ok: true, district, ...validateAbPair(district, r.pair, r.pairs) };
  }
};

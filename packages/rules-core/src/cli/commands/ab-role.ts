import { z } from 'zod';
import { actingFor, actingForDistrictHead, checkLeave } from '../../engine/ab-roles';
import { RuleEngineError } from '../../model/errors';
import { DISTRICTS, isOneOf } from '../../model/ids';
import { type CommandHandler, parseRequest } from '../respond';

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
const leave = z.object({ leader: z.string().min(1), from: z.string(), to: z.string(), reason });
const facts = {
  pairs: z
    .array(
      z.object({
        a: z.string().min(1),
        b: z.string().min(1),
        validFrom: z.string().optional(),
        validTo: z.string().optional(),
        decisionRef: z.string().optional(),
        documentRef: z.string().optional(),
      }),
    )
    .default([]),
  leaves: z.array(leave).default([]),
  designations: z
    .array(z.object({ absent: z.string(), actor: z.string(), from: z.string(), to: z.string() }))
    .optional(),
};
const Ask = z.discriminatedUnion('ask', [
  z.object({ ask: z.literal('acting'), leader: z.string().min(1), date: z.string(), ...facts }),
  z.object({ ask: z.literal('district-head-away'), reason }),
  z.object({ ask: z.literal('leave-check'), request: leave, ...facts }),
]);

/** `ab-role`: who acts for an absent leader on a date; whether a leave request would leave both of a pair away. */
export const abRoleCommand: CommandHandler = (request) => {
  const { district, ...rest } = request as Record<string, unknown>;
  if (!isOneOf(DISTRICTS, district))
    throw new RuleEngineError('UNKNOWN_DISTRICT', `（${JSON.stringify(district)}）`);
  const r = parseRequest(Ask, rest);
  switch (r.ask) {
    case 'acting':
      return {
        ok: true,
        district,
        ...actingFor(
          { district, pairs: r.pairs, leaves: r.leaves, designations: r.designations },
          r.leader,
          r.date,
        ),
      };
    case 'district-head-away':
      return { ok: true, district, ...actingForDistrictHead(district, r.reason) };
    case 'leave-check':
      return { ok: true, district, ...checkLeave({ district, pairs: r.pairs, leaves: r.leaves }, r.request) };
  }
};

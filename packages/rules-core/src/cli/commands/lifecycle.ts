import { z } from 'zod';
import {
  checkTransition,
  cleanupDue,
  legalityChecklist,
  machineOf,
  ND_FACTS,
  ND_STATES,
  ND_SUBTYPES,
} from '../../engine/normative-document';
import { districtOf } from '../../model/request';
import { type CommandHandler, isoDate, parseRequest } from '../respond';

const head = { district: z.unknown().optional(), asOf: isoDate.optional() };
const Ask = z.discriminatedUnion('ask', [
  z.strictObject({
    ...head,
    ask: z.literal('transition'),
    subtype: z.enum(ND_SUBTYPES),
    from: z.enum(ND_STATES),
    to: z.enum(ND_STATES),
    facts: z.strictObject(Object.fromEntries(ND_FACTS.map((f) => [f, z.boolean().optional()]))).default({}),
  }),
  z.strictObject({
    ...head,
    ask: z.literal('legality-checklist'),
    checklist: z.strictObject({
      setsLicensing: z.boolean().optional(),
      setsPenalty: z.boolean().optional(),
      setsCompulsion: z.boolean().optional(),
      reducesRights: z.boolean().optional(),
      addsObligationsBeyondLaw: z.boolean().optional(),
    }),
  }),
  z.strictObject({ ...head, ask: z.literal('cleanup-due'), lastCleanupOn: isoDate }),
  z.strictObject({ ...head, ask: z.literal('states'), subtype: z.enum(ND_SUBTYPES) }),
]);

/** `lifecycle`: the normative-document state machine, its legality checklist and its cleanup cycle. */
export const lifecycleCommand: CommandHandler = (request) => {
  const r = parseRequest(Ask, request);
  const district = districtOf(r.district);
  switch (r.ask) {
    case 'transition':
      return { ok: true, district, ...checkTransition(district, r.subtype, r.from, r.to, r.facts, r.asOf) };
    case 'legality-checklist':
      return { ok: true, district, ...legalityChecklist(district, r.checklist, r.asOf) };
    case 'cleanup-due':
      return { ok: true, district, ...cleanupDue(district, r.lastCleanupOn, r.asOf) };
    case 'states':
      return {
        ok: true,
        district,
        subtype: r.subtype,
        transitions: machineOf(district)
          .filter((t) => t.subtypes.includes(r.subtype))
          .map((t) => ({
            from: t.from,
            to: t.to,
            guards: t.guards.map((g) => ({
              code: g.code,
              rule: g.rule,
              ...(g.whenFact ? { when: g.whenFact } : {}),
            })),
          })),
      };
  }
};

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
import { RuleEngineError } from '../../model/errors';
import { DISTRICTS, isOneOf } from '../../model/ids';
import { type CommandHandler, parseRequest } from '../respond';

const Ask = z.discriminatedUnion('ask', [
  z.object({
    ask: z.literal('transition'),
    subtype: z.enum(ND_SUBTYPES),
    from: z.enum(ND_STATES),
    to: z.enum(ND_STATES),
    facts: z.strictObject(Object.fromEntries(ND_FACTS.map((f) => [f, z.boolean().optional()]))).default({}),
  }),
  z.object({
    ask: z.literal('legality-checklist'),
    checklist: z.object({
      setsLicensing: z.boolean().optional(),
      setsPenalty: z.boolean().optional(),
      setsCompulsion: z.boolean().optional(),
      reducesRights: z.boolean().optional(),
      addsObligationsBeyondLaw: z.boolean().optional(),
    }),
  }),
  z.object({ ask: z.literal('cleanup-due'), lastCleanupOn: z.string() }),
  z.object({ ask: z.literal('states'), subtype: z.enum(ND_SUBTYPES) }),
]);

/** `lifecycle`: the normative-document state machine, its legality checklist and its cleanup cycle. */
export const lifecycleCommand: CommandHandler = (request) => {
  const { district, ...rest } = request as Record<string, unknown>;
  if (!isOneOf(DISTRICTS, district))
    throw new RuleEngineError('UNKNOWN_DISTRICT', `（${JSON.stringify(district)}）`);
  const r = parseRequest(Ask, rest);
  switch (r.ask) {
    case 'transition':
      return { ok: true, district, ...checkTransition(district, r.subtype, r.from, r.to, r.facts) };
    case 'legality-checklist':
      return { ok: true, district, ...legalityChecklist(district, r.checklist) };
    case 'cleanup-due':
      return { ok: true, district, ...cleanupDue(district, r.lastCleanupOn) };
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

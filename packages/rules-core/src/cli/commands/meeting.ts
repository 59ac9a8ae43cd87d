import { z } from 'zod';
import { checkAgendaItem, meetingLeave, meetingProfile, minutesSigner } from '../../engine/meeting';
import { RuleEngineError } from '../../model/errors';
import { AUTHORITIES, DISTRICTS, isOneOf, MEETINGS } from '../../model/ids';
import { type CommandHandler, parseRequest } from '../respond';

const Head = z.object({ district: z.unknown().optional(), meeting: z.unknown().optional() });
const Ask = z.discriminatedUnion('ask', [
  z.object({ ask: z.literal('profile') }),
  z.object({
    ask: z.literal('agenda-check'),
    item: z.object({
      departments: z.array(z.string().min(1)).min(1),
      signedOpinions: z.array(z.string()).optional(),
      reviewedByLeader: z.boolean().optional(),
      fixedByHead: z.boolean().optional(),
      consensus: z.boolean().optional(),
      escalated: z.boolean().optional(),
      consensusAfterEscalation: z.boolean().optional(),
      disagreementsStated: z.boolean().optional(),
      preferredOption: z.string().optional(),
    }),
  }),
  z.object({
    ask: z.literal('minutes-signer'),
    chairedBy: z.enum(AUTHORITIES).optional(),
    delegatedBy: z.enum(AUTHORITIES).optional(),
    beyondDecisionAuthority: z.boolean().optional(),
    personnelDeployment: z.boolean().optional(),
  }),
  z.object({ ask: z.literal('leave'), role: z.enum(['deputy-head', 'member', 'attendee']) }),
]);

/** `meeting`: {"district","meeting","ask": "profile" | "agenda-check" | "minutes-signer" | "leave", …}. */
export const meetingCommand: CommandHandler = (request) => {
  const head = parseRequest(Head, request);
  if (!isOneOf(DISTRICTS, head.district))
    throw new RuleEngineError('UNKNOWN_DISTRICT', `（${JSON.stringify(head.district)}）`);
  if (!isOneOf(MEETINGS, head.meeting))
    throw new RuleEngineError('UNKNOWN_MEETING', `（${JSON.stringify(head.meeting)}）`);
  const { district, meeting } = head;
  const { district: _d, meeting: _m, ...rest } = request as Record<string, unknown>;
  const r = parseRequest(Ask, rest);
  const base = { ok: true as const, district, meeting, ask: r.ask };
  switch (r.ask) {
    case 'profile':
      return { ...base, ...meetingProfile(district, meeting) };
    case 'agenda-check':
      return { ...base, ...checkAgendaItem(district, meeting, r.item) };
    case 'minutes-signer':
      return { ...base, ...minutesSigner(district, meeting, r) };
    case 'leave':
      return { ...base, ...meetingLeave(district, meeting, r.role) };
  }
};

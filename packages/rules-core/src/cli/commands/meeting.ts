import { z } from 'zod';
import { checkChair } from '../../engine/chair';
import { checkAgendaItem, meetingLeave, meetingProfile, minutesSigner } from '../../engine/meeting';
import { AUTHORITIES } from '../../model/ids';
import { checkedMeeting } from '../../model/request';
import { type CommandHandler, id, isoDate, parseRequest } from '../respond';

const head = { district: z.unknown().optional(), meeting: z.unknown().optional(), asOf: isoDate.optional() };
const Ask = z.discriminatedUnion('ask', [
  z.strictObject({ ...head, ask: z.literal('profile') }),
  z.strictObject({
    ...head,
    ask: z.literal('agenda-check'),
    item: z.strictObject({
      departments: z.array(id).min(1).max(100),
      signedOpinions: z.array(id).max(100).optional(),
      reviewedByLeader: z.boolean().optional(),
      fixedByHead: z.boolean().optional(),
      consensus: z.boolean().optional(),
      escalated: z.boolean().optional(),
      consensusAfterEscalation: z.boolean().optional(),
      disagreementsStated: z.boolean().optional(),
      preferredOption: z.string().max(2000).optional(),
    }),
  }),
  z.strictObject({
    ...head,
    ask: z.literal('minutes-signer'),
    chairedBy: z.enum(AUTHORITIES).optional(),
    delegatedBy: z.enum(AUTHORITIES).optional(),
    beyondDecisionAuthority: z.boolean().optional(),
    personnelDeployment: z.boolean().optional(),
  }),
  z.strictObject({ ...head, ask: z.literal('leave'), role: z.enum(['deputy-head', 'member', 'attendee']) }),
  z.strictObject({
    ...head,
    ask: z.literal('chair-check'),
    chair: z.enum(AUTHORITIES),
    delegatedBy: z.enum(AUTHORITIES).optional(),
  }),
]);

/**
 * `meeting`: {"district","meeting","ask": "profile" | "agenda-check" | "minutes-signer" | "leave" | "chair-check", …}.
 */
export const meetingCommand: CommandHandler = (request) => {
  const r = parseRequest(Ask, request);
  const [district, meeting] = checkedMeeting(r.district, r.meeting);
  const base = { ok: true as const, district, meeting, ask: r.ask };
  switch (r.ask) {
    case 'profile':
      return { ...base, ...meetingProfile(district, meeting, r.asOf) };
    case 'agenda-check':
      return { ...base, ...checkAgendaItem(district, meeting, r.item, r.asOf) };
    case 'minutes-signer':
      return { ...base, ...minutesSigner(district, meeting, r, r.asOf) };
    case 'leave':
      return { ...base, ...meetingLeave(district, meeting, r.role, r.asOf) };
    case 'chair-check':
      return {
        ...base,
        ...checkChair(
          district,
          meeting,
          { chair: r.chair, ...(r.delegatedBy ? { delegatedBy: r.delegatedBy } : {}) },
          r.asOf,
        ),
      };
  }
};

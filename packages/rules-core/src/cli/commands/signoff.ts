import { z } from 'zod';
import { signoff } from '../../engine/signoff';
import { RuleEngineError } from '../../model/errors';
import { AUTHORITIES, DISTRICTS, DOCUMENT_KINDS, isOneOf } from '../../model/ids';
import { type CommandHandler, parseRequest } from '../respond';

const Shape = z.object({
  district: z.unknown().optional(),
  kind: z.unknown().optional(),
  issuer: z
    .enum(['district-government', 'government-office', 'department', 'party-government-joint'])
    .optional(),
  portfolios: z.array(z.string().min(1)).optional(),
  involvesFunds: z.boolean().optional(),
  important: z.boolean().optional(),
  chairedBy: z.enum(AUTHORITIES).optional(),
  delegatedBy: z.enum(AUTHORITIES).optional(),
  adoptedByExecutiveMeeting: z.boolean().optional(),
  needsPartyStandingCommittee: z.boolean().optional(),
  beyondDecisionAuthority: z.boolean().optional(),
  personnelDeployment: z.boolean().optional(),
});

/** `signoff`: {"district","kind","issuer"?,"portfolios"?,"involvesFunds"?,…} → {"signers","coSigners","steps","rule",…}. */
export const signoffCommand: CommandHandler = (request) => {
  const r = parseRequest(Shape, request);
  if (!isOneOf(DISTRICTS, r.district))
    throw new RuleEngineError('UNKNOWN_DISTRICT', `（${JSON.stringify(r.district)}）`);
  if (!isOneOf(DOCUMENT_KINDS, r.kind))
    throw new RuleEngineError('UNKNOWN_DOCUMENT_KIND', `（${JSON.stringify(r.kind)}）`);
  return {
    ok: true,
    district: r.district,
    kind: r.kind,
    ...signoff({ ...r, district: r.district, kind: r.kind }),
  };
};

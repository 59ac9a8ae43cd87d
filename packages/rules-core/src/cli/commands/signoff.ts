import { z } from 'zod';
import { signoff, type SignoffRequest } from '../../engine/signoff';
import { RuleEngineError } from '../../model/errors';
import { ACTIONS, AUTHORITIES, DOCUMENT_KINDS, isOneOf } from '../../model/ids';
import { districtOf, preview } from '../../model/request';
import { type CommandHandler, id, isoDate, parseRequest } from '../respond';

const step = z.strictObject({
  authority: z.enum(AUTHORITIES),
  action: z.enum(ACTIONS),
  who: z.array(id).max(50).optional(),
  anyOf: z.array(z.enum(AUTHORITIES)).max(10).optional(),
});

const Shape = z.strictObject({
  district: z.unknown().optional(),
  kind: z.unknown().optional(),
  issuer: z
    .enum(['district-government', 'government-office', 'department', 'party-government-joint'])
    .optional(),
  portfolios: z.array(id).max(50).optional(),
  involvesFunds: z.boolean().optional(),
  important: z.boolean().optional(),
  chairedBy: z.enum(AUTHORITIES).optional(),
  delegatedBy: z.enum(AUTHORITIES).optional(),
  adoptedByExecutiveMeeting: z.boolean().optional(),
  needsPartyStandingCommittee: z.boolean().optional(),
  beyondDecisionAuthority: z.boolean().optional(),
  personnelDeployment: z.boolean().optional(),
  proposal: z
    .strictObject({ signer: z.enum(AUTHORITIES), completed: z.array(step).max(50).optional() })
    .optional(),
  asOf: isoDate.optional(),
});

/**
 * `signoff`: {"district","kind","issuer"?,"portfolios"?,"involvesFunds"?,…,"proposal"?} →
 * {"signers","coSigners","steps","rule",…,"check"?}.
 */
export const signoffCommand: CommandHandler = (request) => {
  const { district, kind, ...rest } = parseRequest(Shape, request);
  const d = districtOf(district);
  if (!isOneOf(DOCUMENT_KINDS, kind))
    throw new RuleEngineError(
      'UNKNOWN_DOCUMENT_KIND',
      kind === undefined ? '（缺少 kind）' : `（kind=${preview(kind)}）`,
    );
  const req = { district: d, kind, ...rest } as SignoffRequest;
  return { ok: true, district: d, kind, ...signoff(req) };
};

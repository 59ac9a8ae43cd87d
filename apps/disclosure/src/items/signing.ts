// Who signs an item (公文审签): rules-core's decision list for the district (SPB 第四十八条, KZ 四十三), first match
// wins; a department's own document by its head (the setting, with its source). The signed-in user's authority comes
// from the directory: the leader's post, and "in charge" from the division of work (分工) of the drafting unit.
import { AppError, chinaDate, fromRuleError } from '@zhengling/core';
import type { DbOrTx } from '@zhengling/db';
import {
  AUTHORITY_ZH,
  type AuthorityId,
  type DistrictId,
  type DocumentKindId,
  RuleEngineError,
  signoff,
  type SignoffStep,
} from '@zhengling/rules-core';
import { SETTINGS } from '../settings/settings';
import type { StaffUser } from './access';

const ACTION_ZH: Record<string, string> = {
  review: '审核',
  'review-and-submit': '核报',
  approve: '审定',
  'co-sign': '会签',
  decide: '决定',
  consent: '同意',
};

export interface SignoffPlan {
  /** who may sign (any one of them), in Chinese */
  signers: string[];
  /** what must be done before, in order, in Chinese */
  priorSteps: { step: SignoffStep | null; label: string }[];
  /** the rule, as people read it */
  basis: string;
}

const stepLabel = (s: SignoffStep) =>
  `${s.who ? s.who.join('、') : (AUTHORITY_ZH[s.authority] ?? s.authority)}${s.anyOf ? `（${s.anyOf.map((a) => AUTHORITY_ZH[a] ?? a).join('或')}）` : ''}${ACTION_ZH[s.action] ?? s.action}`;

const ruleAnswer = (district: DistrictId, kind: DocumentKindId, proposal?: Parameters<typeof signoff>[0]['proposal']) => {
  try {
    return signoff({ district, kind, ...(proposal ? { proposal } : {}) });
  } catch (e) {
    throw e instanceof RuleEngineError ? fromRuleError(e) : e;
  }
};

/** Who must sign an item of this kind in this district, and what comes first. RULEBOOK_SILENT where the text is. */
export function signoffPlan(district: DistrictId, signoffKind: string): SignoffPlan {
  if (signoffKind === 'department')
    return { signers: ['起草单位负责人'], priorSteps: [], basis: SETTINGS['signoff.departmentDocument'].source };
  const r = ruleAnswer(district, signoffKind as DocumentKindId);
  const c = r.citations[0];
  return {
    signers: r.signers.map((s) => AUTHORITY_ZH[s] ?? s),
    priorSteps: r.priorSteps.map((s) => ({ step: s, label: stepLabel(s) })),
    basis: c ? `${c.instrument} ${c.location}：“${c.quote}”` : r.rule,
  };
}

/** The authorities the signed-in user holds for this item, most specific first (empty: none). */
export async function authoritiesOf(
  db: DbOrTx,
  user: StaffUser,
  item: { draftingDepartmentId: string; signoffKind: string },
  today: Date,
): Promise<AuthorityId[] | 'department-head' | null> {
  if (item.signoffKind === 'department')
    return user.roles.includes('department_head') && user.departmentId === item.draftingDepartmentId
      ? 'department-head'
      : null;
  const leader = await db.leader.findUnique({ where: { userId: user.id } });
  if (!leader?.active) return null;
  const day = new Date(chinaDate(today));
  const inCharge =
    (await db.portfolioAssignment.count({
      where: {
        leaderId: leader.id,
        departmentId: item.draftingDepartmentId,
        validFrom: { lte: day },
        OR: [{ validTo: null }, { validTo: { gte: day } }],
      },
    })) > 0;
  switch (leader.post) {
    case 'district_head':
      return ['district-head'];
    case 'office_director':
      return ['office-director'];
    case 'executive_deputy_head':
      return inCharge ? ['deputy-head-in-charge', 'executive-deputy-head'] : ['executive-deputy-head'];
    case 'deputy_head':
    case 'party_group_member':
      return inCharge ? ['deputy-head-in-charge', 'deputy-head'] : ['deputy-head'];
  }
}

export interface SignoffRecord {
  signerId: string;
  signerName: string;
  authority: string;
  completed: { label: string; reference: string }[];
  basis: string;
  at: string;
}

/**
 * Check that this user may sign now: their authority is one the rule allows and every prior step is attested (the
 * signer names what completed it, e.g. the meeting's minutes number). Returns what the item keeps as its sign-off.
 */
export async function checkSigner(
  db: DbOrTx,
  district: DistrictId,
  user: StaffUser & { displayName: string },
  item: { draftingDepartmentId: string; signoffKind: string },
  attested: { index: number; reference: string }[],
  now: Date,
): Promise<SignoffRecord> {
  const held = await authoritiesOf(db, user, item, now);
  const plan = signoffPlan(district, item.signoffKind);
  const base = { signerId: user.id, signerName: user.displayName, basis: plan.basis, at: now.toISOString() };
  if (held === 'department-head') return { ...base, authority: '起草单位负责人', completed: [] };
  if (!held?.length)
    throw new AppError('FORBIDDEN', `（该文件应由${plan.signers.join('或')}签发。依据：${plan.basis}）`, { basis: plan.basis });
  const completed = attested.map((a) => {
    const p = plan.priorSteps[a.index];
    if (!p?.step) throw new AppError('INVALID_INPUT', '（前置程序不存在）');
    if (!a.reference.trim()) throw new AppError('INVALID_INPUT', `（请注明“${p.label}”的依据，如会议纪要或审核意见文号）`);
    return { step: p.step, label: p.label, reference: a.reference.trim() };
  });
  let last = '';
  for (const signer of held) {
    const r = ruleAnswer(district, item.signoffKind as DocumentKindId, { signer, completed: completed.map((c) => c.step) });
    if (r.check?.valid)
      return { ...base, authority: AUTHORITY_ZH[signer] ?? signer, completed: completed.map(({ label, reference }) => ({ label, reference })) };
    last = r.check?.message ?? '';
    if (r.check?.signerAllowed) break; // the signer is right; what is missing is a prior step
  }
  throw new AppError('RULE_VIOLATION', `（${last}依据：${plan.basis}）`, { basis: plan.basis });
}

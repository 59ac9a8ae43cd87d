// Who may do what with an item: the drafting unit drafts and interprets; the disclosure office reviews and keeps the
// registry; the signer is whoever rules-core names (items/sign-item.ts). Another department's item that is not
// published answers NOT_FOUND, never FORBIDDEN, so a refused request does not learn that it exists.
import { type Actor, AppError } from '@zhengling/core';
import type { Role } from '@zhengling/db';

export interface StaffUser {
  id: string;
  username: string;
  departmentId: string;
  roles: Role[];
}

export const actorOfUser = (u: StaffUser, requestId?: string): Actor & { kind: 'user' } => ({
  kind: 'user',
  userId: u.id,
  label: u.username,
  requestId,
  app: 'disclosure',
});

/** The disclosure office (and administrators): every item, the review, the registry, the applications. */
export const isOffice = (u: StaffUser) => u.roles.includes('disclosure_editor') || u.roles.includes('administrator');

/** Who sees every item in every state: the office, and district leaders (they sign). */
export const seesAll = (u: StaffUser) => isOffice(u) || u.roles.includes('district_leader');

export function assertVisible(u: StaffUser, item: { draftingDepartmentId: string; state: string }) {
  if (!seesAll(u) && item.draftingDepartmentId !== u.departmentId && item.state !== 'published')
    throw new AppError('NOT_FOUND');
}

/** Drafting and editing a draft: the drafting unit's staff or head, or the disclosure office. */
export function assertMayDraft(u: StaffUser, draftingDepartmentId: string) {
  if (isOffice(u)) return;
  const drafter = u.roles.includes('department_staff') || u.roles.includes('department_head');
  if (!drafter || u.departmentId !== draftingDepartmentId)
    throw new AppError('FORBIDDEN', '（只有起草单位或政务公开办公室可以编辑该事项）');
}

export function assertOffice(u: StaffUser, what: string) {
  if (!isOffice(u)) throw new AppError('FORBIDDEN', `（${what}由政务公开办公室办理）`);
}

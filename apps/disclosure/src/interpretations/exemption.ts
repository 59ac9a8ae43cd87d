// A policy that truly needs no interpretation (a routine amendment, say) may be exempted — but only on the drafting
// unit's recorded request and the disclosure office's review; approval closes the interpretation duty's clock.
import { type Actor, AppError, recordAudit } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { closeDeadlineInTx } from '@zhengling/reminders';
import { assertMayDraft, assertOffice, type StaffUser } from '../items/access';
import { assertVersion } from '../items/lock';
import { recordStep } from '../items/record';

type UserActor = Actor & { kind: 'user' };

export async function requestExemption(db: Db, actor: UserActor, user: StaffUser, input: { id: string; version: number; reason: string }) {
  const reason = input.reason.trim();
  if (reason.length < 5) throw new AppError('INVALID_INPUT', '（请写明免于解读的理由）');
  return db.$transaction(async (tx) => {
    const item = await tx.disclosureItem.findUnique({ where: { id: input.id } });
    if (!item) throw new AppError('NOT_FOUND');
    assertMayDraft(user, item.draftingDepartmentId);
    await assertVersion(tx, item, input.version);
    if (!item.needsInterpretation || item.state !== 'draft') throw new AppError('WRONG_STATE');
    if (item.exemptionState === 'requested' || item.exemptionState === 'approved')
      throw new AppError('CONFLICT', '（已申请免于解读）');
    const updated = await tx.disclosureItem.update({
      where: { id: item.id, version: item.version },
      data: { exemptionReason: reason, exemptionState: 'requested', exemptionReviewedBy: null, version: { increment: 1 }, updatedById: actor.userId },
    });
    await recordStep(tx, actor, item.id, 'exemption-requested', reason);
    await recordAudit(tx, actor, { action: 'disclosure.exemption.request', entityType: 'disclosure-item', entityId: item.id, after: { reason } });
    return updated;
  });
}

export async function reviewExemption(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  input: { id: string; version: number; approve: boolean; note: string },
) {
  assertOffice(user, '免于解读的审核');
  if (!input.approve && !input.note.trim()) throw new AppError('INVALID_INPUT', '（不同意须说明理由）');
  return db.$transaction(async (tx) => {
    const item = await tx.disclosureItem.findUnique({ where: { id: input.id } });
    if (!item) throw new AppError('NOT_FOUND');
    await assertVersion(tx, item, input.version);
    if (item.exemptionState !== 'requested') throw new AppError('WRONG_STATE', '（没有待审核的免于解读申请）');
    const state = input.approve ? 'approved' : 'rejected';
    const updated = await tx.disclosureItem.update({
      where: { id: item.id, version: item.version },
      data: { exemptionState: state, exemptionReviewedBy: actor.userId, version: { increment: 1 }, updatedById: actor.userId },
    });
    if (input.approve) {
      const duty = await tx.deadline.findMany({
        where: { app: 'disclosure', entityId: item.id, kind: 'disclosure.interpretation', status: { in: ['open', 'paused'] } },
      });
      for (const d of duty) await closeDeadlineInTx(tx, actor, d.id, 'cancelled');
    }
    await recordStep(tx, actor, item.id, input.approve ? 'exemption-approved' : 'exemption-rejected', input.note.trim());
    await recordAudit(tx, actor, {
      action: `disclosure.exemption.${state}`,
      entityType: 'disclosure-item',
      entityId: item.id,
      before: { exemptionState: 'requested' },
      after: { exemptionState: state, note: input.note },
    });
    return updated;
  });
}

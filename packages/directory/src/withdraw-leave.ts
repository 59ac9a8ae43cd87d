import type { Db } from '@zhengling/db';
import { type Actor, AppError, auditedMutation } from '@zhengling/core';

/** Withdraw a leave that is requested or approved (the trip was called off): it no longer counts as an absence. */
export const withdrawLeave = (
  db: Db,
  actor: Actor & { kind: 'user' },
  input: { leaveId: string; reason: string },
) =>
  auditedMutation(db, actor, async (tx) => {
    const leave = await tx.leaveRecord.findUnique({ where: { id: input.leaveId } });
    if (!leave) throw new AppError('NOT_FOUND');
    if (leave.status !== 'requested' && leave.status !== 'approved')
      throw new AppError('CONFLICT', '（该请假已办结或已撤回）');
    if (!input.reason.trim()) throw new AppError('INVALID_INPUT', '（须说明撤回理由）');
    const updated = await tx.leaveRecord.update({ where: { id: leave.id }, data: { status: 'cancelled' } });
    return {
      result: updated,
      audit: {
        action: 'leave.withdraw',
        entityType: 'leave',
        entityId: leave.id,
        before: { status: leave.status },
        after: { status: 'cancelled', reason: input.reason },
      },
    };
  });

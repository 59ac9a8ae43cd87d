// The department signs for a notice (签收): who and when, once; the acknowledgement deadline is met.
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { closeDeadlineInTx } from '@zhengling/reminders';

export async function acknowledgeNotice(
  db: Db,
  actor: Actor & { kind: 'user' },
  user: { departmentId: string; displayName: string; roles: string[] },
  noticeId: string,
) {
  return auditedMutation(db, actor, async (tx) => {
    const notice = await tx.notice.findUnique({ where: { id: noticeId } });
    if (!notice || notice.departmentId !== user.departmentId) throw new AppError('NOT_FOUND');
    if (!user.roles.some((r) => r === 'department_staff' || r === 'department_head'))
      throw new AppError('FORBIDDEN', '（通知单须由承办单位签收）');
    if (notice.acknowledgedAt) throw new AppError('WRONG_STATE', '（该通知单已签收）');
    const updated = await tx.notice.update({
      where: { id: notice.id },
      data: { acknowledgedAt: new Date(), acknowledgedById: actor.userId, acknowledgedByName: user.displayName },
    });
    if (notice.ackDeadlineId) await closeDeadlineInTx(tx, actor, notice.ackDeadlineId, 'met');
    return {
      result: updated,
      audit: {
        action: 'notice.acknowledge',
        entityType: 'task',
        entityId: notice.taskId,
        after: { noticeId: notice.id, number: notice.number, by: user.displayName },
      },
    };
  });
}

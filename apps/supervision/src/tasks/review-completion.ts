// The supervision office accepts a completion (办结: the task's deadlines are met or withdrawn) or returns it with a
// reason (已退回: the department must report again).
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { closeDeadlineInTx } from '@zhengling/reminders';

export async function reviewCompletion(
  db: Db,
  actor: Actor,
  input: { taskId: string; decision: 'accept' | 'return'; reason?: string },
  now: Date,
) {
  return auditedMutation(db, actor, async (tx) => {
    const task = await tx.task.findUnique({ where: { id: input.taskId } });
    if (!task) throw new AppError('NOT_FOUND');
    if (task.state !== 'completion_requested')
      throw new AppError('WRONG_STATE', '（只有已申请办结的事项可以审核）');
    if (input.decision === 'return' && !input.reason)
      throw new AppError('INVALID_INPUT', '（退回时请写明理由）');
    const accepted = input.decision === 'accept';
    const updated = await tx.task.update({
      where: { id: task.id },
      data: accepted
        ? { state: 'completed', completedAt: now, returnReason: null }
        : { state: 'returned', returnReason: input.reason },
    });
    if (accepted) {
      if (task.dueDeadlineId) await closeDeadlineInTx(tx, actor, task.dueDeadlineId, 'met', now);
      if (task.reportDeadlineId) await closeDeadlineInTx(tx, actor, task.reportDeadlineId, 'cancelled');
      await tx.task.update({ where: { id: task.id }, data: { reportDeadlineId: null, reportPeriod: null } });
    }
    // the lead department hears of it in its inbox
    const staff = await tx.user.findMany({
      where: {
        departmentId: task.leadDepartmentId,
        disabledAt: null,
        roles: { hasSome: ['department_staff', 'department_head'] },
      },
      select: { id: true },
    });
    await tx.notification.createMany({
      data: staff.map((u) => ({
        userId: u.id,
        title: `${accepted ? '【已办结】' : '【已退回】'}${task.number} ${task.title}`.slice(0, 200),
        body: accepted ? '督查办已审核同意办结。' : `督查办退回了办结申请：${input.reason}`,
        link: `/tasks/${task.id}`,
      })),
    });
    return {
      result: updated,
      audit: {
        action: accepted ? 'task.complete' : 'task.return',
        entityType: 'task',
        entityId: task.id,
        before: { state: task.state },
        after: { state: updated.state, reason: input.reason },
      },
    };
  });
}

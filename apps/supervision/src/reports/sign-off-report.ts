// The department head signs a progress report off (it counts: the task's percentage moves, the period's deadline is
// met and the next period opens) or sends it back with a comment.
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { closeDeadlineInTx } from '@zhengling/reminders';
import { loadSettings } from '../settings/settings';
import { openReportPeriod } from '../tasks/open-report-period';
import { nextPeriod, periodStart } from '../tasks/report-period';

export async function signOffReport(
  db: Db,
  actor: Actor & { kind: 'user' },
  user: { departmentId: string; roles: string[] },
  input: { reportId: string; decision: 'sign_off' | 'reject'; comment?: string },
) {
  return auditedMutation(db, actor, async (tx) => {
    const report = await tx.progressReport.findUnique({ where: { id: input.reportId }, include: { task: true } });
    if (!report || report.departmentId !== user.departmentId) throw new AppError('NOT_FOUND');
    if (!user.roles.includes('department_head'))
      throw new AppError('FORBIDDEN', '（进度报告须由本单位负责人签发）');
    if (report.status !== 'awaiting_sign_off') throw new AppError('WRONG_STATE', '（该报告不在待签发状态）');
    if (input.decision === 'reject' && !input.comment)
      throw new AppError('INVALID_INPUT', '（退回时请写明退回意见）');
    const now = new Date();
    const updated = await tx.progressReport.update({
      where: { id: report.id },
      data: {
        status: input.decision === 'sign_off' ? 'signed_off' : 'rejected',
        signedOffById: actor.userId,
        signedOffAt: now,
        headComment: input.comment ?? null,
      },
    });
    const task = report.task;
    if (input.decision === 'sign_off' && report.departmentId === task.leadDepartmentId) {
      await tx.task.update({
        where: { id: task.id },
        data: {
          percent: report.percent,
          lastReportedAt: now,
          state: report.askCompletion ? 'completion_requested' : 'open',
          returnReason: report.askCompletion ? task.returnReason : null,
        },
      });
      if (task.reportPeriod === report.period && task.reportDeadlineId) {
        await closeDeadlineInTx(tx, actor, task.reportDeadlineId, 'met');
        const settings = await loadSettings(tx);
        const fresh = await tx.task.findUniqueOrThrow({ where: { id: task.id } });
        if (!report.askCompletion)
          await openReportPeriod(tx, actor, fresh, periodStart(nextPeriod(report.period)), settings);
        else await tx.task.update({ where: { id: task.id }, data: { reportDeadlineId: null, reportPeriod: null } });
      }
    }
    return {
      result: updated,
      audit: {
        action: input.decision === 'sign_off' ? 'report.sign-off' : 'report.reject',
        entityType: 'task',
        entityId: task.id,
        before: { reportId: report.id, status: report.status },
        after: { reportId: report.id, status: updated.status, comment: input.comment },
      },
    };
  });
}

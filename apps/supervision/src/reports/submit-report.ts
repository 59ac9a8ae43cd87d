// A department reports progress on a task for its open period: staff submit, the department head signs off before
// it counts (sign-off-report.ts). A report returned by the head, or not yet signed, is replaced by a resubmission.
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { assertInScope, type TaskScope } from '../tasks/scope';

export interface ReportInput {
  taskId: string;
  percent: number;
  narrative: string;
  askCompletion: boolean;
}

export async function submitReport(
  db: Db,
  actor: Actor & { kind: 'user' },
  user: { departmentId: string; roles: string[] },
  scope: TaskScope,
  input: ReportInput,
  asOf: string,
) {
  return auditedMutation(db, actor, async (tx) => {
    const task = await tx.task.findUnique({ where: { id: input.taskId } });
    if (!task) throw new AppError('NOT_FOUND');
    assertInScope(scope, task);
    const own =
      task.leadDepartmentId === user.departmentId || task.coDepartmentIds.includes(user.departmentId);
    if (!own || !user.roles.some((r) => r === 'department_staff' || r === 'department_head'))
      throw new AppError('FORBIDDEN', '（只有牵头或配合单位的工作人员可以报送进度）');
    if (task.state === 'completed') throw new AppError('WRONG_STATE', '（该事项已办结）');
    if (task.state === 'completion_requested')
      throw new AppError('WRONG_STATE', '（已申请办结，等待督查办审核）');
    if (input.askCompletion && input.percent !== 100)
      throw new AppError('INVALID_INPUT', '（申请办结时完成进度须为100%）');
    if (input.askCompletion && task.leadDepartmentId !== user.departmentId)
      throw new AppError('FORBIDDEN', '（只有牵头单位可以申请办结）');
    // outside a reporting period (a completion asked again after a return, an item without a cycle) the day is the period
    const period = task.reportPeriod ?? asOf;
    const existing = await tx.progressReport.findUnique({
      where: { taskId_departmentId_period: { taskId: task.id, departmentId: user.departmentId, period } },
    });
    if (existing?.status === 'signed_off')
      throw new AppError('WRONG_STATE', '（本期进度已由单位负责人签发，请在下一期报送）');
    const data = {
      percent: input.percent,
      narrative: input.narrative,
      askCompletion: input.askCompletion,
      status: 'awaiting_sign_off' as const,
      submittedById: actor.userId,
      submittedAt: new Date(),
      signedOffById: null,
      signedOffAt: null,
      headComment: null,
    };
    const report = existing
      ? await tx.progressReport.update({ where: { id: existing.id }, data })
      : await tx.progressReport.create({
          data: { ...data, taskId: task.id, departmentId: user.departmentId, period },
        });
    await notifyHeads(tx, user.departmentId, task, report.id);
    return {
      result: report,
      audit: {
        action: existing ? 'report.resubmit' : 'report.submit',
        entityType: 'task',
        entityId: task.id,
        before: existing ? { percent: existing.percent, status: existing.status } : undefined,
        after: { reportId: report.id, period, percent: input.percent, askCompletion: input.askCompletion },
      },
    };
  });
}

/** The department head finds the report waiting in the inbox. */
async function notifyHeads(
  tx: Parameters<Parameters<Db['$transaction']>[0]>[0],
  departmentId: string,
  task: { id: string; number: string; title: string },
  reportId: string,
) {
  const heads = await tx.user.findMany({
    where: { departmentId, disabledAt: null, roles: { has: 'department_head' } },
    select: { id: true },
  });
  if (heads.length === 0) return;
  await tx.notification.createMany({
    data: heads.map((h) => ({
      userId: h.id,
      title: `【待签发】${task.number} ${task.title}`.slice(0, 200),
      body: '本单位报送了进度，须由单位负责人签发后计入。',
      link: `/tasks/${task.id}#report-${reportId}`,
    })),
  });
}

// Change a task's breakdown fields (by hand, or a re-imported row). A changed due date or lead department moves its
// deadlines: the old ones are cancelled and new ones created, each audited, so the reminders follow.
import { type Actor, AppError, recordAudit } from '@zhengling/core';
import type { Db, Task, Tx } from '@zhengling/db';
import type { DistrictId } from '@zhengling/rules-core';
import { closeDeadlineInTx, createDeadlineInTx } from '@zhengling/reminders';
import { loadSettings, type Settings } from '../settings/settings';
import { dueDeadlineOf } from './create-task';
import { openReportPeriod } from './open-report-period';

export interface TaskChanges {
  title: string;
  measures?: string;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  startDate: string;
  dueDate: string;
  reportCycle: 'monthly' | 'quarterly' | 'none';
  milestones: { title: string; dueDate: string }[];
  parentId?: string | null;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function updateTaskInTx(
  tx: Tx,
  actor: Actor,
  task: Task,
  c: TaskChanges,
  ctx: { settings: Settings; asOf: string; district: DistrictId },
) {
  const before = {
    title: task.title,
    measures: task.measures,
    leadDepartmentId: task.leadDepartmentId,
    coDepartmentIds: task.coDepartmentIds,
    startDate: iso(task.startDate),
    dueDate: iso(task.dueDate),
    reportCycle: task.reportCycle,
  };
  const co = [...new Set(c.coDepartmentIds)].filter((d) => d !== c.leadDepartmentId);
  const after = {
    title: c.title,
    measures: c.measures ?? null,
    leadDepartmentId: c.leadDepartmentId,
    coDepartmentIds: co,
    startDate: c.startDate,
    dueDate: c.dueDate,
    reportCycle: c.reportCycle,
  };
  const oldMilestones = (await tx.milestone.findMany({ where: { taskId: task.id }, orderBy: { seq: 'asc' } })).map(
    (m) => ({ title: m.title, dueDate: iso(m.dueDate) }),
  );
  const changed =
    JSON.stringify(before) !== JSON.stringify(after) ||
    JSON.stringify(oldMilestones) !==
      JSON.stringify(c.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate }))) ||
    (c.parentId !== undefined && c.parentId !== task.parentId);
  if (!changed) return task;
  let updated = await tx.task.update({
    where: { id: task.id },
    data: {
      title: c.title,
      measures: c.measures ?? null,
      leadDepartmentId: c.leadDepartmentId,
      coDepartmentIds: co,
      startDate: new Date(c.startDate),
      dueDate: new Date(c.dueDate),
      reportCycle: c.reportCycle,
      ...(c.parentId !== undefined ? { parentId: c.parentId } : {}),
    },
  });
  await tx.milestone.deleteMany({ where: { taskId: task.id } });
  if (c.milestones.length)
    await tx.milestone.createMany({
      data: c.milestones.map((m, i) => ({ taskId: task.id, seq: i + 1, title: m.title, dueDate: new Date(m.dueDate) })),
    });
  const moved = before.dueDate !== c.dueDate || before.leadDepartmentId !== c.leadDepartmentId;
  if (moved && task.state !== 'completed') {
    if (task.dueDeadlineId) await closeDeadlineInTx(tx, actor, task.dueDeadlineId, 'cancelled');
    const due = await createDeadlineInTx(tx, actor, dueDeadlineOf({ ...task, title: c.title, leadDepartmentId: c.leadDepartmentId }, c.dueDate, ctx.district));
    if (task.reportDeadlineId) await closeDeadlineInTx(tx, actor, task.reportDeadlineId, 'cancelled');
    updated = await tx.task.update({ where: { id: task.id }, data: { dueDeadlineId: due.id } });
    updated = await openReportPeriod(tx, actor, updated, c.startDate > ctx.asOf ? c.startDate : ctx.asOf, ctx.settings);
  }
  await recordAudit(tx, actor, {
    action: 'task.update',
    entityType: 'task',
    entityId: task.id,
    before: { ...before, milestones: oldMilestones },
    after: { ...after, milestones: c.milestones },
  });
  return updated;
}

/** The office edits an item by hand (a completed one is history and stays as it is). */
export async function updateTask(
  db: Db,
  actor: Actor,
  id: string,
  changes: TaskChanges,
  ctx: { asOf: string; district: DistrictId },
) {
  if (changes.dueDate < changes.startDate) throw new AppError('INVALID_INPUT', '（完成时限不能早于开始日期）');
  for (const m of changes.milestones)
    if (m.dueDate < changes.startDate || m.dueDate > changes.dueDate)
      throw new AppError('INVALID_INPUT', `（节点“${m.title}”的日期须在开始日期与完成时限之间）`);
  return db.$transaction(async (tx) => {
    const task = await tx.task.findUnique({ where: { id } });
    if (!task) throw new AppError('NOT_FOUND');
    if (task.state === 'completed') throw new AppError('WRONG_STATE', '（已办结的事项不能修改）');
    const found = await tx.department.count({
      where: { id: { in: [changes.leadDepartmentId, ...changes.coDepartmentIds] }, active: true },
    });
    if (found !== new Set([changes.leadDepartmentId, ...changes.coDepartmentIds]).size)
      throw new AppError('INVALID_INPUT', '（牵头单位或配合单位不存在）');
    return updateTaskInTx(tx, actor, task, changes, { settings: await loadSettings(tx), ...ctx });
  });
}

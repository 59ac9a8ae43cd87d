// One tracked item with everything its page shows: milestones, reports, notices, its deadlines with how each was
// computed, its 序时进度, and its timeline from the audit trail.
import type { Db } from '@zhengling/db';
import { loadSettings } from '../settings/settings';
import { progressStatus, thresholdsOf } from './progress-status';
import { AppError } from '@zhengling/core';
import { assertInScope, taskInScope, type TaskScope } from './scope';
import { workingDaysLeftFn } from '@zhengling/reminders';

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function getTask(db: Db, scope: TaskScope, id: string, asOf: string) {
  const task = await db.task.findUnique({
    where: { id },
    include: {
      milestones: { orderBy: { seq: 'asc' } },
      reports: {
        orderBy: { submittedAt: 'desc' },
        include: { attachments: { select: { id: true, fileName: true, mimeType: true, size: true } } },
      },
      notices: { orderBy: { issuedAt: 'asc' } },
      parent: { select: { id: true, number: true, title: true } },
      children: { select: { id: true, number: true, title: true }, orderBy: { number: 'asc' } },
      workReport: true,
    },
  });
  if (!task) throw new AppError('NOT_FOUND');
  assertInScope(scope, task);
  const th = thresholdsOf(await loadSettings(db));
  const progress = progressStatus(
    {
      state: task.state,
      percent: task.percent,
      reported: task.lastReportedAt !== null,
      startDate: iso(task.startDate),
      dueDate: iso(task.dueDate),
    },
    asOf,
    th,
  );
  const deadlines = await db.deadline.findMany({
    where: { app: 'supervision', entityType: 'task', entityId: id },
    include: { adjustments: { orderBy: { createdAt: 'asc' } } },
    orderBy: { dueDate: 'asc' },
  });
  const left = await workingDaysLeftFn(db, asOf);
  const users = await db.user.findMany({
    where: {
      id: {
        in: [
          ...new Set(
            task.reports.flatMap((r) => [r.submittedById, r.signedOffById]).filter((x): x is string => !!x),
          ),
        ],
      },
    },
    select: { id: true, displayName: true },
  });
  return {
    task,
    progress,
    thresholds: th,
    deadlines: deadlines.map((d) => ({ ...d, workingDaysLeft: d.status === 'open' ? left(d.dueDate) : null })),
    people: Object.fromEntries(users.map((u) => [u.id, u.displayName])),
  };
}

/** The item's events from the audit trail (the task's own entries and its deadlines'), oldest first. */
export async function taskTimeline(db: Db, scope: TaskScope, id: string) {
  await taskInScope(db, scope, id);
  const deadlineIds = (
    await db.deadline.findMany({ where: { app: 'supervision', entityType: 'task', entityId: id }, select: { id: true } })
  ).map((d) => d.id);
  const entries = await db.auditEntry.findMany({
    where: {
      OR: [
        { entityType: 'task', entityId: id },
        { entityType: 'deadline', entityId: { in: deadlineIds } },
      ],
    },
    orderBy: { at: 'asc' },
    take: 500,
  });
  const actors = await db.user.findMany({
    where: { id: { in: [...new Set(entries.map((e) => e.actorUserId).filter((x): x is string => !!x))] } },
    select: { id: true, displayName: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.displayName]));
  return entries.map((e) => ({
    id: e.id.toString(),
    at: e.at,
    action: e.action,
    actor: (e.actorUserId && names.get(e.actorUserId)) || e.actorLabel,
    onBehalfOf: e.onBehalfOf,
    after: e.after,
  }));
}

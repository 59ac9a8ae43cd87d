// A department's home: what is due (with the working days left), what is overdue, what was returned, what waits for
// its head's sign-off, and the notices it has not yet signed for.
import type { Db } from '@zhengling/db';
import type { TaskScope } from '../tasks/scope';
import { workingDaysLeftFn } from '@zhengling/reminders';

export async function getHome(db: Db, scope: TaskScope, user: { departmentId: string }, asOf: string) {
  // the open deadlines first (a department's own; a leader's portfolio; the office's all), then only their tasks —
  // never every task of the district
  const portfolio =
    scope.kind === 'portfolio'
      ? (await db.task.findMany({ where: scope.where, select: { id: true } })).map((t) => t.id)
      : [];
  const deadlines = await db.deadline.findMany({
    where: {
      app: 'supervision',
      entityType: 'task',
      status: 'open',
      ...(scope.kind === 'department' ? { departmentId: user.departmentId } : {}),
      ...(scope.kind === 'portfolio' ? { entityId: { in: portfolio } } : {}),
    },
    orderBy: { dueDate: 'asc' },
    take: 500,
  });
  const tasks = await db.task.findMany({
    where: { id: { in: [...new Set(deadlines.map((d) => d.entityId))] } },
    select: { id: true, number: true, title: true, kind: true },
  });
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const left = await workingDaysLeftFn(db, asOf);
  const due = deadlines
    .filter((d) => byId.has(d.entityId))
    .map((d) => ({
      deadlineId: d.id,
      kind: d.kind,
      title: d.title,
      dueDate: d.dueDate,
      workingDaysLeft: left(d.dueDate),
      task: byId.get(d.entityId)!,
    }));
  return {
    asOf,
    due: due.filter((d) => d.workingDaysLeft === null || d.workingDaysLeft >= 0),
    overdue: due.filter((d) => d.workingDaysLeft !== null && d.workingDaysLeft < 0),
    returned: await db.task.findMany({
      where: { ...(scope.kind === 'all' ? {} : scope.where), state: 'returned' },
      select: { id: true, number: true, title: true, kind: true, returnReason: true },
      take: 100,
    }),
    awaitingSignOff:
      scope.kind === 'department'
        ? await db.progressReport.findMany({
            where: { departmentId: user.departmentId, status: 'awaiting_sign_off' },
            include: { task: { select: { id: true, number: true, title: true } } },
            orderBy: { submittedAt: 'asc' },
          })
        : [],
    unacknowledgedNotices: await db.notice.findMany({
      where: {
        acknowledgedAt: null,
        ...(scope.kind === 'department' ? { departmentId: user.departmentId } : {}),
        ...(scope.kind === 'portfolio' ? { task: scope.where } : {}),
      },
      include: { task: { select: { id: true, number: true, title: true } } },
      orderBy: { issuedAt: 'desc' },
      take: 100,
    }),
  };
}

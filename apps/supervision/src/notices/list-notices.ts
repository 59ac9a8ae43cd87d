// Notices the user may see: the office all, a department those addressed to it, a leader those of his or her
// portfolio's items.
import { AppError } from '@zhengling/core';
import type { Db, NoticeLevel } from '@zhengling/db';
import type { TaskScope } from '../tasks/scope';

export async function listNotices(
  db: Db,
  scope: TaskScope,
  filter: { level?: NoticeLevel; acknowledged?: boolean; taskId?: string },
) {
  return db.notice.findMany({
    where: {
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.taskId ? { taskId: filter.taskId } : {}),
      ...(filter.acknowledged === undefined
        ? {}
        : { acknowledgedAt: filter.acknowledged ? { not: null } : null }),
      ...(scope.kind === 'department' ? { departmentId: scope.departmentId } : {}),
      ...(scope.kind === 'portfolio' ? { task: scope.where } : {}),
    },
    include: { task: { select: { id: true, number: true, title: true, kind: true } } },
    orderBy: { issuedAt: 'desc' },
    take: 500,
  });
}

export async function getNotice(db: Db, scope: TaskScope, id: string) {
  const notice = await db.notice.findUnique({
    where: { id },
    include: { task: { select: { id: true, number: true, title: true, kind: true, leaderId: true } } },
  });
  if (!notice) throw new AppError('NOT_FOUND');
  const visible =
    scope.kind === 'all' ||
    (scope.kind === 'department' && notice.departmentId === scope.departmentId) ||
    (scope.kind === 'portfolio' && notice.task.leaderId !== null && scope.leaderIds.includes(notice.task.leaderId));
  if (!visible) throw new AppError('NOT_FOUND');
  return notice;
}

import type { Db } from '@zhengling/db';
import type { DepartmentScope } from '@zhengling/core';

/** What became overdue since a date (open deadlines past their due date), within the user's scope. */
export const listOverdueDeadlines = (db: Db, scope: DepartmentScope, since: Date, now: Date) =>
  db.deadline.findMany({
    where: { ...scope.where, status: 'open', dueDate: { gte: since, lt: now } },
    orderBy: { dueDate: 'desc' },
    take: 500,
  });

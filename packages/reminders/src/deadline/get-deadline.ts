import type { Db } from '@zhengling/db';
import { AppError, type DepartmentScope } from '@zhengling/core';

/** A deadline with the explanation of its due date (days counted and skipped, pauses, extensions, sources). */
export async function getDeadline(db: Db, scope: DepartmentScope, id: string) {
  const d = await db.deadline.findUnique({
    where: { id },
    include: { adjustments: { orderBy: { createdAt: 'asc' } } },
  });
  if (!d) throw new AppError('NOT_FOUND');
  scope.assert(d.departmentId);
  return d;
}

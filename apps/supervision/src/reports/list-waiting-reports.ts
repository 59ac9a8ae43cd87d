import type { Db } from '@zhengling/db';

/** Reports of a department waiting for its head's sign-off. */
export const listWaitingReports = (db: Db, departmentId: string) =>
  db.progressReport.findMany({
    where: { departmentId, status: 'awaiting_sign_off' },
    include: { task: { select: { id: true, number: true, title: true } } },
    orderBy: { submittedAt: 'asc' },
  });

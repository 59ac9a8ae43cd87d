import type { Db } from '@zhengling/db';

/** Leaders' leave, newest first (at most 200), with its approvals. */
export const listLeaves = (db: Db) =>
  db.leaveRecord.findMany({
    include: { approvals: true, leader: true },
    orderBy: { fromDate: 'desc' },
    take: 200,
  });

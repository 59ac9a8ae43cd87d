import type { Db } from '@zhengling/db';

/** The active leaders with their division of work. */
export const listLeaders = (db: Db) =>
  db.leader.findMany({
    where: { active: true },
    include: { portfolios: { include: { department: true } } },
    orderBy: { name: 'asc' },
  });

import type { Db } from '@zhengling/db';

/** A user's inbox, newest first (at most 200). */
export const listInbox = (db: Db, userId: string, opts: { unreadOnly: boolean }) =>
  db.notification.findMany({
    where: { userId, ...(opts.unreadOnly ? { readAt: null } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 200,
  });

import type { Db } from '@zhengling/db';
import { type Actor, auditedMutation } from '@zhengling/core';

/** Mark one of the user's own notes read, with its audit entry; another user's note is simply not found. */
export const markNotificationRead = (db: Db, actor: Actor & { kind: 'user' }, id: string, now: Date) =>
  auditedMutation(db, actor, async (tx) => {
    const n = await tx.notification.updateMany({
      where: { id, userId: actor.userId, readAt: null },
      data: { readAt: now },
    });
    return {
      result: { updated: n.count },
      audit:
        n.count > 0
          ? { action: 'notification.read', entityType: 'notification', entityId: id, after: { readAt: now } }
          : [],
    };
  });

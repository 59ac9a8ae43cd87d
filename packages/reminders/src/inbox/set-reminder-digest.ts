import type { Db } from '@zhengling/db';
import { type Actor, auditedMutation } from '@zhengling/core';

/** One daily digest mail instead of one mail per reminder (the inbox is unchanged). */
export const setReminderDigest = (db: Db, actor: Actor & { kind: 'user' }, enabled: boolean) =>
  auditedMutation(db, actor, async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { reminderDigest: true },
    });
    await tx.user.update({ where: { id: actor.userId }, data: { reminderDigest: enabled } });
    return {
      result: { enabled },
      audit: {
        action: 'user.set-reminder-digest',
        entityType: 'user',
        entityId: actor.userId,
        before,
        after: { reminderDigest: enabled },
      },
    };
  });

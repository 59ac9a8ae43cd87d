// Each user's inbox, the same in both apps (the staff shell shows it). Thin: input schema → use-case.
import { rowId, userActorOf } from '@zhengling/core';
import { listInbox, markNotificationRead, setReminderDigest } from '@zhengling/reminders';
import { router, signedInProcedure } from '../trpc';
import { z } from 'zod';

export const inboxRouter = router({
  unreadCount: signedInProcedure.query(({ ctx }) =>
    ctx.db.notification.count({ where: { userId: ctx.user.id, readAt: null } }),
  ),
  list: signedInProcedure
    .input(z.object({ unreadOnly: z.boolean().default(false) }).default({ unreadOnly: false }))
    .query(({ ctx, input }) => listInbox(ctx.db, ctx.user.id, input)),
  markRead: signedInProcedure
    .input(z.object({ id: rowId }))
    .mutation(({ ctx, input }) => markNotificationRead(ctx.db, userActorOf(ctx), input.id, ctx.now())),
  /** One daily digest mail instead of one mail per reminder (the inbox is unchanged). */
  setDigest: signedInProcedure
    .input(z.object({ enabled: z.boolean() }))
    .mutation(({ ctx, input }) => setReminderDigest(ctx.db, userActorOf(ctx), input.enabled)),
});

// Each user's inbox. Thin: input schema → use-case.
import { rowId, userActorOf } from '@zhengling/core';
import { listInbox, markNotificationRead, setReminderDigest } from '@zhengling/reminders';
import { router, signedInProcedure } from '@zhengling/server-kit';
import { z } from 'zod';

export const inboxRouter = router({
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

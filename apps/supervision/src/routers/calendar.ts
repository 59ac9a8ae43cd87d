// Calendar feeds (.ics) behind revocable secret links. Thin: input schema → use-case.
import { rowId, userActorOf } from '@zhengling/core';
import { router, signedInProcedure } from '@zhengling/server-kit';
import { z } from 'zod';
import { createFeed, listFeeds, revokeFeed } from '../calendar-feeds/feeds';

export const calendarRouter = router({
  list: signedInProcedure.query(({ ctx }) => listFeeds(ctx.db, ctx.user)),
  create: signedInProcedure
    .input(z.object({ owner: z.enum(['user', 'department']) }))
    .mutation(({ ctx, input }) => createFeed(ctx.db, userActorOf(ctx), ctx.user, input.owner)),
  revoke: signedInProcedure
    .input(z.object({ id: rowId }))
    .mutation(({ ctx, input }) => revokeFeed(ctx.db, userActorOf(ctx), ctx.user, input.id)),
});

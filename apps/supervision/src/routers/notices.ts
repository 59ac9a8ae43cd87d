// The escalation ladder's notices. Thin: input schema → use-case.
import { isoDate, rowId, text, userActorOf } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import { acknowledgeNotice } from '../notices/acknowledge-notice';
import { issueNotice } from '../notices/issue-notice';
import { getNotice, listNotices } from '../notices/list-notices';
import { officeProcedure, scopedProcedure } from './procedures';

const level = z.enum(['reminder', 'urging', 'supervision']);

export const noticesRouter = router({
  list: scopedProcedure
    .input(z.object({ level: level.optional(), acknowledged: z.boolean().optional(), taskId: rowId.optional() }).default({}))
    .query(({ ctx, input }) => listNotices(ctx.db, ctx.taskScope, input)),
  get: scopedProcedure
    .input(z.object({ id: rowId }))
    .query(({ ctx, input }) => getNotice(ctx.db, ctx.taskScope, input.id)),
  issue: officeProcedure
    .input(
      z.object({
        taskId: rowId,
        level,
        departmentId: rowId.optional(),
        matter: text(2000).min(1),
        requirements: text(2000).min(1),
        dueDate: isoDate,
      }),
    )
    .mutation(({ ctx, input }) =>
      issueNotice(ctx.db, userActorOf(ctx), input, { district: ctx.district, asOf: ctx.asOf }),
    ),
  acknowledge: scopedProcedure
    .input(z.object({ id: rowId }))
    .mutation(({ ctx, input }) => acknowledgeNotice(ctx.db, userActorOf(ctx), ctx.user, input.id)),
});

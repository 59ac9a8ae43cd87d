// Progress reports: staff submit, the department head signs off. Thin: input schema → use-case.
import { rowId, text, userActorOf } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import { attachFile, MAX_ATTACHMENT_BYTES } from '../reports/attach-file';
import { listWaitingReports } from '../reports/list-waiting-reports';
import { signOffReport } from '../reports/sign-off-report';
import { submitReport } from '../reports/submit-report';
import { scopedProcedure } from './procedures';

export const reportsRouter = router({
  submit: scopedProcedure
    .input(
      z.object({
        taskId: rowId,
        percent: z.number().int().min(0).max(100),
        narrative: text(4000).min(1),
        askCompletion: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input }) =>
      submitReport(ctx.db, userActorOf(ctx), ctx.user, ctx.taskScope, input, ctx.asOf),
    ),
  signOff: scopedProcedure
    .input(
      z.object({ reportId: rowId, decision: z.enum(['sign_off', 'reject']), comment: text(500).optional() }),
    )
    .mutation(({ ctx, input }) => signOffReport(ctx.db, userActorOf(ctx), ctx.user, input)),
  /** attach a file (base64, at most 10 MB) to a report waiting for sign-off */
  attach: scopedProcedure
    .input(
      z.object({
        reportId: rowId,
        fileName: z.string().min(1).max(200),
        content: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4),
      }),
    )
    .mutation(({ ctx, input }) =>
      attachFile(ctx.db, userActorOf(ctx), ctx.user, ctx.taskScope, {
        reportId: input.reportId,
        fileName: input.fileName,
        content: Buffer.from(input.content, 'base64'),
      }),
    ),
  /** reports of the user's department waiting for its head */
  waiting: scopedProcedure.query(({ ctx }) => listWaitingReports(ctx.db, ctx.user.departmentId)),
});

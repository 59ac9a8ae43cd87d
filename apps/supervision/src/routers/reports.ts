// Progress reports: staff submit, the department head signs off. Thin: input schema → use-case.
import { rowId, text, userActorOf } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
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
  /** reports of the user's department waiting for its head */
  waiting: scopedProcedure.query(({ ctx }) => listWaitingReports(ctx.db, ctx.user.departmentId)),
});

// The rules-core check of an item before a meeting hears it. Thin: input schema → use-case.
import { isoDate, rowId } from '@zhengling/core';
import { MATTER_ZH, MD_STEP_ZH } from '@zhengling/rules-core';
import { router, signedInProcedure } from '@zhengling/server-kit';
import { z } from 'zod';
import { checkAgenda } from '../meetings/check-agenda';
import { AgendaInput } from '../tasks/task-input';
import { officeProcedure } from './procedures';

export const meetingsRouter = router({
  /** the matters routing knows, named in Chinese (rules-spec §1.6) */
  matters: signedInProcedure.query(() => Object.entries(MATTER_ZH).map(([id, name]) => ({ id, name }))),
  /** the steps of a major administrative decision, named in Chinese */
  majorDecisionSteps: signedInProcedure.query(() => Object.entries(MD_STEP_ZH).map(([id, name]) => ({ id, name }))),
  checkAgenda: officeProcedure
    .input(
      AgendaInput.extend({
        meetingKind: z.enum(['plenary-meeting', 'executive-meeting', 'head-office-meeting', 'topic-meeting']),
        meetingDate: isoDate,
        leadDepartmentId: rowId,
        coDepartmentIds: z.array(rowId).max(30).default([]),
      }),
    )
    .query(({ ctx, input }) => checkAgenda(ctx.db, ctx.district, input)),
});

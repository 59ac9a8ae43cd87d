// Disclosure on application: registration and each step on the statutory clock. Thin: input schema → use-case.
import { isoDate, rowId, text, userActorOf } from '@zhengling/core';
import { publicProcedure, router } from '@zhengling/server-kit';
import { z } from 'zod';
import { APPLICANT_COLUMNS, OUTCOME_ROWS, type OutcomeRow } from '../annual-report/layout';
import {
  answerApplication,
  applicationStatus,
  CHANNELS,
  consultThirdParty,
  extendApplication,
  getApplication,
  listApplications,
  receiveSupplement,
  registerApplication,
  requestSupplement,
  thirdPartyReplied,
} from '../applications/applications';
import { staffProcedure } from './procedures';

const Versioned = z.object({ id: rowId, version: z.number().int().min(1) });
const Line = (max: number) => z.string().trim().min(1).max(max);

export const applicationsRouter = router({
  list: staffProcedure
    .input(
      z.object({
        state: z.enum(['registered', 'awaiting_supplement', 'consulting', 'answered']).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(({ ctx, input }) => listApplications(ctx.db, ctx.staff, input, ctx.now)),
  get: staffProcedure.input(z.object({ id: rowId })).query(({ ctx, input }) => getApplication(ctx.db, ctx.staff, input.id, ctx.now)),
  register: staffProcedure
    .input(
      z.object({
        applicantType: z.enum(APPLICANT_COLUMNS.map((c) => c.id) as [(typeof APPLICANT_COLUMNS)[number]['id'], ...(typeof APPLICANT_COLUMNS)[number]['id'][]]),
        applicantName: Line(100),
        contact: Line(200),
        channel: z.enum(Object.keys(CHANNELS) as [keyof typeof CHANNELS, ...(keyof typeof CHANNELS)[]]),
        receivedOn: isoDate,
        description: Line(4000),
        purpose: text(1000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => registerApplication(ctx.db, userActorOf(ctx), ctx.staff, ctx.district, input, ctx.now)),
  requestSupplement: staffProcedure
    .input(Versioned.extend({ requestedOn: isoDate, request: text(2000) }))
    .mutation(({ ctx, input }) => requestSupplement(ctx.db, userActorOf(ctx), ctx.staff, input)),
  receiveSupplement: staffProcedure
    .input(Versioned.extend({ receivedOn: isoDate }))
    .mutation(({ ctx, input }) => receiveSupplement(ctx.db, userActorOf(ctx), ctx.staff, input)),
  extend: staffProcedure
    .input(Versioned.extend({ length: z.number().int(), reason: text(500), approvedBy: text(50) }))
    .mutation(({ ctx, input }) => extendApplication(ctx.db, userActorOf(ctx), ctx.staff, input)),
  consultThirdParty: staffProcedure
    .input(Versioned.extend({ party: Line(200), sentOn: isoDate }))
    .mutation(({ ctx, input }) => consultThirdParty(ctx.db, userActorOf(ctx), ctx.staff, input)),
  thirdPartyReplied: staffProcedure
    .input(Versioned.extend({ repliedOn: isoDate, opinion: text(2000) }))
    .mutation(({ ctx, input }) => thirdPartyReplied(ctx.db, userActorOf(ctx), ctx.staff, input)),
  answer: staffProcedure
    .input(
      Versioned.extend({
        outcome: z.enum(OUTCOME_ROWS as [OutcomeRow, ...OutcomeRow[]]),
        reasons: z.array(z.string().max(40)).max(10).default([]),
        answer: text(10_000),
        answeredOn: isoDate,
      }),
    )
    .mutation(({ ctx, input }) => answerApplication(ctx.db, userActorOf(ctx), ctx.staff, input, ctx.now)),
  /** the applicant's own check: receipt number and secret code (no session) */
  status: publicProcedure
    .input(z.object({ receiptNumber: Line(60), code: Line(20) }))
    .query(({ ctx, input }) => applicationStatus(ctx.db, input.receiptNumber, input.code)),
});

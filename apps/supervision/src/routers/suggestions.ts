// Deputies' suggestions and CPPCC proposals. Thin: input schema → use-case (suggestions/).
import { isoDate, rowId, text, userActorOf } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import { disclosureClient } from '../disclosure/disclosure-client';
import { disclosureUrl } from '../env';
import {
  assignSuggestion,
  draftAnswer,
  markDifficult,
  rateAnswer,
  recordContact,
  registerSuggestion,
  returnSuggestion,
  signOffAnswer,
  submitOpinion,
} from '../suggestions/handling';
import {
  getSuggestion,
  importSuggestions,
  listSessions,
  listSuggestions,
  sessionOverview,
} from '../suggestions/ledger';
import { exemptFromDisclosure, sendAnswerToDisclosure } from '../suggestions/publish';
import {
  ANSWER_CATEGORIES,
  ANSWER_CATEGORY_ZH,
  RATINGS,
  RATING_ZH,
  SOURCE_BODIES,
  SOURCE_BODY_ZH,
  SUGGESTION_EVENT_ZH,
  SUGGESTION_STATES,
  SUGGESTION_STATE_ZH,
} from '../suggestions/words';
import { officeProcedure, scopedProcedure } from './procedures';

const version = z.number().int().min(1);
const session = text(100).trim().min(2, '请填写会议届次');
const ctxOf = (ctx: { district: 'kaizhou' | 'shapingba'; asOf: string }) => ({
  district: ctx.district,
  asOf: ctx.asOf,
});

export const suggestionsRouter = router({
  /** the words of this work (none is in the rulebooks): source bodies, states, answer categories, ratings, events */
  labels: scopedProcedure.query(() => ({
    sourceBodies: SOURCE_BODIES.map((id) => ({ id, label: SOURCE_BODY_ZH[id] })),
    states: SUGGESTION_STATES.map((id) => ({ id, label: SUGGESTION_STATE_ZH[id] })),
    categories: ANSWER_CATEGORIES.map((id) => ({ id, label: ANSWER_CATEGORY_ZH[id] })),
    ratings: RATINGS.map((id) => ({ id, label: RATING_ZH[id] })),
    events: SUGGESTION_EVENT_ZH,
  })),
  sessions: scopedProcedure.query(({ ctx }) => listSessions(ctx.db)),
  list: scopedProcedure
    .input(
      z.object({
        session: text(100).optional(),
        sourceBody: z.enum(SOURCE_BODIES).optional(),
        state: z.enum(SUGGESTION_STATES).optional(),
        departmentId: rowId.optional(),
        q: text(100).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      }),
    )
    .query(({ ctx, input }) => listSuggestions(ctx.db, ctx.user, input, ctxOf(ctx))),
  get: scopedProcedure
    .input(z.object({ id: rowId }))
    .query(({ ctx, input }) =>
      getSuggestion(ctx.db, ctx.user, input.id, ctxOf(ctx), disclosureClient(disclosureUrl())),
    ),
  /** a session at a glance: by unit, by category, on-time and satisfaction rates (its Excel: /exports/suggestions.xlsx) */
  overview: officeProcedure
    .input(z.object({ session }))
    .query(({ ctx, input }) => sessionOverview(ctx.db, input.session, ctxOf(ctx))),
  register: officeProcedure
    .input(
      z.object({
        sourceBody: z.enum(SOURCE_BODIES),
        session,
        number: text(30).trim().min(1, '请填写编号'),
        title: text(300).trim().min(2, '请填写标题'),
        proposers: z.array(text(40).trim().min(1)).min(1, '请填写代表委员').max(50),
        body: text(20_000).default(''),
      }),
    )
    .mutation(({ ctx, input }) => registerSuggestion(ctx.db, userActorOf(ctx), ctx.user, input)),
  /** a session's items from Excel (.xlsx as base64, at most 8 MB): all or nothing, every bad row named */
  import: officeProcedure
    .input(z.object({ session, file: z.string().max(Math.ceil((8 * 1024 * 1024 * 4) / 3)) }))
    .mutation(({ ctx, input }) =>
      importSuggestions(
        ctx.db,
        userActorOf(ctx),
        ctx.user,
        { session: input.session, file: Buffer.from(input.file, 'base64') },
        ctxOf(ctx),
      ),
    ),
  assign: officeProcedure
    .input(
      z.object({
        id: rowId,
        version,
        leadDepartmentId: rowId,
        coDepartmentIds: z.array(rowId).max(20).default([]),
        assignedOn: isoDate,
      }),
    )
    .mutation(({ ctx, input }) => assignSuggestion(ctx.db, userActorOf(ctx), ctx.user, input, ctxOf(ctx))),
  return: scopedProcedure
    .input(z.object({ id: rowId, version, reason: text(2000).trim() }))
    .mutation(({ ctx, input }) => returnSuggestion(ctx.db, userActorOf(ctx), ctx.user, input, ctxOf(ctx))),
  contact: scopedProcedure
    .input(z.object({ id: rowId, version, contactedOn: isoDate, note: text(2000).default('') }))
    .mutation(({ ctx, input }) => recordContact(ctx.db, userActorOf(ctx), ctx.user, input, ctxOf(ctx))),
  opinion: scopedProcedure
    .input(z.object({ id: rowId, opinion: text(8000).trim() }))
    .mutation(({ ctx, input }) => submitOpinion(ctx.db, userActorOf(ctx), ctx.user, input)),
  difficult: scopedProcedure
    .input(z.object({ id: rowId, version, reason: text(2000).trim() }))
    .mutation(({ ctx, input }) => markDifficult(ctx.db, userActorOf(ctx), ctx.user, input)),
  draft: scopedProcedure
    .input(
      z.object({
        id: rowId,
        version,
        category: z.enum(ANSWER_CATEGORIES),
        text: text(20_000).trim(),
        promises: z
          .array(z.object({ title: text(300).trim().min(2, '请填写承诺事项'), dueOn: isoDate }))
          .max(20)
          .default([]),
      }),
    )
    .mutation(({ ctx, input }) => draftAnswer(ctx.db, userActorOf(ctx), ctx.user, input, ctxOf(ctx))),
  signOff: scopedProcedure
    .input(
      z.object({
        id: rowId,
        version,
        decision: z.enum(['sign_off', 'send_back']),
        comment: text(2000).optional(),
        answeredOn: isoDate.optional(),
      }),
    )
    .mutation(({ ctx, input }) => signOffAnswer(ctx.db, userActorOf(ctx), ctx.user, input, ctxOf(ctx))),
  rate: scopedProcedure
    .input(
      z.object({
        id: rowId,
        version,
        rating: z.enum(RATINGS),
        note: text(2000).default(''),
        ratedOn: isoDate,
      }),
    )
    .mutation(({ ctx, input }) => rateAnswer(ctx.db, userActorOf(ctx), ctx.user, input, ctxOf(ctx))),
  sendToDisclosure: officeProcedure
    .input(z.object({ id: rowId }))
    .mutation(({ ctx, input }) =>
      sendAnswerToDisclosure(ctx.db, userActorOf(ctx), ctx.user, disclosureClient(disclosureUrl()), input.id),
    ),
  exempt: officeProcedure
    .input(z.object({ id: rowId, version, reason: text(2000).trim() }))
    .mutation(({ ctx, input }) => exemptFromDisclosure(ctx.db, userActorOf(ctx), ctx.user, input)),
});

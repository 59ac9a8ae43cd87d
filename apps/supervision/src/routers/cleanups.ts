// Cleanups of normative documents (清理). Thin: input schema → use-case (normative/cleanup.ts).
import { isoDate, rowId, text, userActorOf } from '@zhengling/core';
import { CLEANUP_OUTCOMES, CLEANUP_OUTCOME_VALIDITY, CLEANUP_OUTCOME_ZH } from '@zhengling/rules-core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import { disclosureClient } from '../disclosure/disclosure-client';
import { disclosureUrl } from '../env';
import {
  approveCleanup,
  cleanupDuePreview,
  getCleanup,
  listCleanups,
  openCleanup,
  proposeOutcome,
  reviewOutcome,
  sendCleanupResults,
} from '../normative/cleanup';
import { officeProcedure, scopedProcedure } from './procedures';

const version = z.number().int().min(1);

export const cleanupsRouter = router({
  /** the outcomes a unit may propose, as rules-core words them, and the validity each gives */
  labels: scopedProcedure.query(() => ({ outcomes: CLEANUP_OUTCOMES.map((id) => ({ id, label: CLEANUP_OUTCOME_ZH[id], validity: CLEANUP_OUTCOME_VALIDITY[id] })) })),
  list: scopedProcedure.query(({ ctx }) => listCleanups(ctx.db)),
  get: scopedProcedure
    .input(z.object({ id: rowId }))
    .query(({ ctx, input }) => getCleanup(ctx.db, input.id, { district: ctx.district, asOf: ctx.asOf }, disclosureClient(disclosureUrl()))),
  /** when a cleanup anchored on this date is due, and on what basis (the rule, or the configured cycle) */
  due: officeProcedure
    .input(z.object({ lastCleanupOn: isoDate }))
    .query(({ ctx, input }) => cleanupDuePreview(ctx.db, input.lastCleanupOn, { district: ctx.district, asOf: ctx.asOf })),
  open: officeProcedure
    .input(
      z.object({
        title: text(100).trim().min(4, '请填写清理名称'),
        lastCleanupOn: isoDate,
        unitsDueOn: isoDate,
        documentIds: z.array(rowId).min(1).max(1000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => openCleanup(ctx.db, userActorOf(ctx), ctx.user, input, { district: ctx.district, asOf: ctx.asOf })),
  propose: scopedProcedure
    .input(z.object({ itemId: rowId, version, outcome: z.enum(CLEANUP_OUTCOMES), reasons: text(2000).trim().min(2, '请写明理由') }))
    .mutation(({ ctx, input }) => proposeOutcome(ctx.db, userActorOf(ctx), ctx.user, input)),
  review: scopedProcedure
    .input(z.object({ itemId: rowId, version, agrees: z.boolean(), groundFound: z.boolean(), opinion: text(2000).default('') }))
    .mutation(({ ctx, input }) => reviewOutcome(ctx.db, userActorOf(ctx), ctx.user, input, { district: ctx.district, asOf: ctx.asOf })),
  approve: officeProcedure
    .input(z.object({ id: rowId, version, meeting: text(40).min(1), meetingName: text(100).default(''), meetingOn: isoDate }))
    .mutation(({ ctx, input }) => approveCleanup(ctx.db, userActorOf(ctx), ctx.user, input, { district: ctx.district, asOf: ctx.asOf })),
  /** the approved result list sent to the disclosure app (once; again answers the same draft) */
  sendToDisclosure: officeProcedure
    .input(z.object({ id: rowId }))
    .mutation(({ ctx, input }) =>
      sendCleanupResults(ctx.db, userActorOf(ctx), ctx.user, disclosureClient(disclosureUrl()), input.id, { district: ctx.district, asOf: ctx.asOf }),
    ),
});

// The normative-document registry. Thin: input schema → use-case (normative/registry.ts).
import { isoDate, rowId, text, userActorOf } from '@zhengling/core';
import { LEGALITY_CHECKLIST_ZH, ND_FACT_ZH, ND_FACTS, ND_STATE_ZH, ND_STATES, ND_SUBTYPE_ZH, ND_SUBTYPES } from '@zhengling/rules-core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import {
  BODY_LABELS,
  getNormativeDocument,
  listNormativeDocuments,
  moveDocument,
  recordFact,
  recordFiling,
  registerNormativeDocument,
} from '../normative/registry';
import { sendDocumentToDisclosure } from '../normative/send-document';
import { disclosureClient } from '../disclosure/disclosure-client';
import { disclosureUrl } from '../env';
import { scopedProcedure } from './procedures';

const checklistItem = z.boolean().optional();

export const normativeRouter = router({
  /** the names of subtypes, states, facts and the review checklist, as rules-core words them, and of the bodies filed with */
  labels: scopedProcedure.query(() => ({ subtypes: ND_SUBTYPE_ZH, states: ND_STATE_ZH, facts: ND_FACT_ZH, checklist: LEGALITY_CHECKLIST_ZH, bodies: BODY_LABELS })),
  list: scopedProcedure
    .input(
      z
        .object({
          state: z.enum(ND_STATES).optional(),
          validity: z.enum(['in_force', 'expired', 'repealed', 'amended']).optional(),
          departmentId: rowId.optional(),
          q: text(100).optional(),
        })
        .default({}),
    )
    .query(({ ctx, input }) => listNormativeDocuments(ctx.db, input)),
  get: scopedProcedure
    .input(z.object({ id: rowId }))
    .query(({ ctx, input }) => getNormativeDocument(ctx.db, input.id, { district: ctx.district, asOf: ctx.asOf })),
  register: scopedProcedure
    .input(
      z.object({
        subtype: z.enum(ND_SUBTYPES),
        title: text(200).trim().min(2, '标题至少2个字'),
        draftingDepartmentId: rowId,
        issuingBody: text(200).trim().min(2, '请填写制定机关'),
        summary: text(2000).optional(),
      }),
    )
    .mutation(({ ctx, input }) => registerNormativeDocument(ctx.db, userActorOf(ctx), ctx.user, input)),
  recordFact: scopedProcedure
    .input(
      z.object({
        id: rowId,
        version: z.number().int().min(1),
        fact: z.enum(ND_FACTS),
        value: z.boolean(),
        note: text(2000).trim().min(2, '请写明依据或意见'),
        checklist: z
          .object({
            setsLicensing: checklistItem,
            setsPenalty: checklistItem,
            setsCompulsion: checklistItem,
            reducesRights: checklistItem,
            addsObligationsBeyondLaw: checklistItem,
          })
          .optional(),
      }),
    )
    .mutation(({ ctx, input }) => recordFact(ctx.db, userActorOf(ctx), ctx.user, input, { district: ctx.district, asOf: ctx.asOf })),
  move: scopedProcedure
    .input(
      z.object({
        id: rowId,
        version: z.number().int().min(1),
        to: z.enum(ND_STATES),
        on: isoDate,
        docNumber: text(60).optional(),
        note: text(2000).default(''),
      }),
    )
    .mutation(({ ctx, input }) => moveDocument(ctx.db, userActorOf(ctx), ctx.user, input, { district: ctx.district, asOf: ctx.asOf })),
  recordFiling: scopedProcedure
    .input(
      z.object({
        id: rowId,
        version: z.number().int().min(1),
        body: text(60).min(1),
        filedOn: isoDate,
        reference: text(100).default(''),
      }),
    )
    .mutation(({ ctx, input }) => recordFiling(ctx.db, userActorOf(ctx), ctx.user, input, { asOf: ctx.asOf })),
  /** a published document sent to the disclosure app with its full text (once; again answers the same draft) */
  sendToDisclosure: scopedProcedure
    .input(z.object({ id: rowId, text: text(200_000).trim().min(10, '请粘贴文件全文'), category: text(40).min(1).default('综合政务') }))
    .mutation(({ ctx, input }) => sendDocumentToDisclosure(ctx.db, userActorOf(ctx), ctx.user, disclosureClient(disclosureUrl()), input)),
});

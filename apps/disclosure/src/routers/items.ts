// Items and their publishing workflow. Thin: input schema → use-case.
import { rowId, text, userActorOf } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import { createItemInTx } from '../items/create-item';
import { actorOfUser } from '../items/access';
import { getHome } from '../items/get-home';
import { itemOptions } from '../items/options';
import { ItemFields } from '../items/item-input';
import { compareTexts, getItem, listItems } from '../items/queries';
import { changeValidity, reviewItem, signItem, submitItem } from '../items/transition';
import { updateItem } from '../items/update-item';
import { requestExemption, reviewExemption } from '../interpretations/exemption';
import { writeInterpretation } from '../interpretations/write-interpretation';
import { assertMayDraft } from '../items/access';
import { staffProcedure } from './procedures';

const Versioned = z.object({ id: rowId, version: z.number().int().min(1) });
const TextRef = z.object({ itemId: rowId, version: z.number().int().min(1).optional() });

export const itemsRouter = router({
  options: staffProcedure.query(({ ctx }) => itemOptions(ctx.db)),
  home: staffProcedure.query(({ ctx }) => getHome(ctx.db, ctx.staff, ctx.district, ctx.now)),
  list: staffProcedure
    .input(
      z.object({
        state: z.enum(['draft', 'in_review', 'awaiting_signoff', 'published', 'withheld']).optional(),
        kind: z.enum(['policy', 'normative_document', 'meeting_decision', 'suggestion_answer', 'cleanup_result', 'interpretation', 'other']).optional(),
        q: text(100).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      }),
    )
    .query(({ ctx, input }) => listItems(ctx.db, ctx.staff, input)),
  get: staffProcedure.input(z.object({ id: rowId })).query(({ ctx, input }) => getItem(ctx.db, ctx.staff, ctx.district, input.id, ctx.now)),
  compare: staffProcedure
    .input(z.object({ left: TextRef, right: TextRef }))
    .query(({ ctx, input }) => compareTexts(ctx.db, ctx.staff, input.left, input.right)),
  create: staffProcedure.input(ItemFields).mutation(({ ctx, input }) => {
    assertMayDraft(ctx.staff, input.draftingDepartmentId);
    return ctx.db.$transaction((tx) => createItemInTx(tx, actorOfUser(ctx.staff, ctx.requestId), ctx.district, input));
  }),
  update: staffProcedure
    .input(Versioned.extend({ fields: ItemFields, note: text(200).optional() }))
    .mutation(({ ctx, input }) => updateItem(ctx.db, userActorOf(ctx), ctx.staff, ctx.district, input)),
  submit: staffProcedure.input(Versioned).mutation(({ ctx, input }) => submitItem(ctx.db, userActorOf(ctx), ctx.staff, ctx.district, input)),
  review: staffProcedure
    .input(
      Versioned.and(
        z.discriminatedUnion('decision', [
          z.object({ decision: z.literal('pass'), note: text(500).optional() }),
          z.object({ decision: z.literal('withhold'), reason: z.string().max(40), note: text(500).optional() }),
          z.object({ decision: z.literal('return'), note: text(500) }),
        ]),
      ),
    )
    .mutation(({ ctx, input }) => reviewItem(ctx.db, userActorOf(ctx), ctx.staff, input)),
  sign: staffProcedure
    .input(
      Versioned.extend({
        attested: z.array(z.object({ index: z.number().int().min(0).max(20), reference: text(200) })).max(20).default([]),
        note: text(200).optional(),
      }),
    )
    .mutation(({ ctx, input }) => signItem(ctx.db, userActorOf(ctx), ctx.staff, ctx.district, input, ctx.now)),
  changeValidity: staffProcedure
    .input(Versioned.extend({ validity: z.enum(['in_force', 'expired', 'repealed', 'amended']), note: text(500) }))
    .mutation(({ ctx, input }) => changeValidity(ctx.db, userActorOf(ctx), ctx.staff, input)),
  writeInterpretation: staffProcedure
    .input(
      z.object({
        policyId: rowId,
        version: z.number().int().min(1).optional(),
        title: text(200).optional(),
        content: z.discriminatedUnion('form', [
          z.object({ form: z.literal('text'), bodyText: text(100_000) }),
          z.object({ form: z.literal('qa'), pairs: z.array(z.object({ q: text(500), a: text(5000) })).min(1).max(50) }),
          z.object({ form: z.literal('image'), image: z.string().max(7_000_000), imageAlt: text(2000) }),
        ]),
      }),
    )
    .mutation(({ ctx, input }) =>
      writeInterpretation(
        ctx.db,
        userActorOf(ctx),
        ctx.staff,
        ctx.district,
        {
          ...input,
          content: input.content.form === 'image' ? { ...input.content, image: Buffer.from(input.content.image, 'base64') } : input.content,
        },
        ctx.now,
      ),
    ),
  requestExemption: staffProcedure
    .input(Versioned.extend({ reason: text(1000) }))
    .mutation(({ ctx, input }) => requestExemption(ctx.db, userActorOf(ctx), ctx.staff, input)),
  reviewExemption: staffProcedure
    .input(Versioned.extend({ approve: z.boolean(), note: text(500) }))
    .mutation(({ ctx, input }) => reviewExemption(ctx.db, userActorOf(ctx), ctx.staff, input)),
});

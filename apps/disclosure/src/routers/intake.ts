// The intake API the supervision app calls (service-to-service, HMAC-authenticated, audited as the app). Thin.
import { text } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import { intakeStatus, receiveDraft } from '../intake/intake';
import { ItemFields } from '../items/item-input';
import { intakeProcedure } from './procedures';

export const intakeRouter = router({
  /** a draft for the publishing workflow; the same sourceRef twice returns the first draft */
  submit: intakeProcedure
    .input(z.object({ sourceRef: z.string().min(1).max(100), fields: ItemFields }))
    .mutation(({ ctx, input }) => receiveDraft(ctx.db, ctx.serviceActor, ctx.caller, ctx.district, input)),
  status: intakeProcedure
    .input(z.object({ sourceRef: text(100).min(1) }))
    .query(({ ctx, input }) => intakeStatus(ctx.db, ctx.caller, input.sourceRef)),
});

// Configuration the rulebooks and the regulation do not fix, each with its source. Thin.
import { userActorOf } from '@zhengling/core';
import { roleProcedure, router, signedInProcedure } from '@zhengling/server-kit';
import { z } from 'zod';
import { listSettings, updateSetting } from '../settings/update-setting';

export const settingsRouter = router({
  list: signedInProcedure.query(({ ctx }) => listSettings(ctx.db)),
  update: roleProcedure('disclosure_editor', 'administrator')
    .input(z.object({ key: z.string().min(1).max(64), value: z.unknown() }))
    .mutation(({ ctx, input }) => updateSetting(ctx.db, userActorOf(ctx), input.key, input.value)),
});

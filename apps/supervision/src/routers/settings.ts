// Configuration the rulebooks do not fix, each with its source. Thin.
import { userActorOf } from '@zhengling/core';
import { roleProcedure, router, signedInProcedure } from '@zhengling/server-kit';
import { z } from 'zod';
import { listSettings } from '../settings/list-settings';
import { updateSetting } from '../settings/update-setting';

export const settingsRouter = router({
  list: signedInProcedure.query(({ ctx }) => listSettings(ctx.db)),
  update: roleProcedure('supervision_office', 'administrator')
    .input(z.object({ key: z.string().min(1).max(64), value: z.unknown() }))
    .mutation(({ ctx, input }) => updateSetting(ctx.db, userActorOf(ctx), input.key, input.value)),
});

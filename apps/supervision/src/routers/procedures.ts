// The supervision app's procedures: every item query goes through the task scope (tasks/scope.ts), decided once per
// request on the server, with "today" in China.
import { chinaDate } from '@zhengling/core';
import { roleProcedure, signedInProcedure } from '@zhengling/server-kit';
import { taskScopeOf } from '../tasks/scope';

export const scopedProcedure = signedInProcedure.use(async ({ ctx, next }) =>
  next({ ctx: { ...ctx, taskScope: await taskScopeOf(ctx.db, ctx.user), asOf: chinaDate(ctx.now()) } }),
);

/** What only the supervision office (and administrators) may do: register, edit, issue notices, accept. */
export const officeProcedure = roleProcedure('supervision_office', 'administrator').use(async ({ ctx, next }) =>
  next({ ctx: { ...ctx, taskScope: await taskScopeOf(ctx.db, ctx.user), asOf: chinaDate(ctx.now()) } }),
);

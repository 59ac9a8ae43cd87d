// The supervision app's procedures: every item query goes through the task scope (tasks/scope.ts), decided once per
// request on the server, with "today" in China.
import { chinaDate } from '@zhengling/core';
import { middleware, roleProcedure, type SessionUser, signedInProcedure } from '@zhengling/server-kit';
import { taskScopeOf } from '../tasks/scope';

const withTaskScope = middleware(async ({ ctx, next }) => {
  const { user } = ctx as typeof ctx & { user: SessionUser };
  return next({ ctx: { taskScope: await taskScopeOf(ctx.db, user), asOf: chinaDate(ctx.now()) } });
});

export const scopedProcedure = signedInProcedure.use(withTaskScope);

/** What only the supervision office (and administrators) may do: register, edit, issue notices, accept. */
export const officeProcedure = roleProcedure('supervision_office', 'administrator').use(withTaskScope);

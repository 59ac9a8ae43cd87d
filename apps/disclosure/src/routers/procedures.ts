// The disclosure app's procedures: a signed-in user as the use-cases know them (StaffUser), "now" from the server's
// clock, and the service procedure other apps call with their HMAC (never a user session).
import { middleware, serverEnv, serviceProcedure, type SessionUser, signedInProcedure } from '@zhengling/server-kit';

const withStaff = middleware(async ({ ctx, next }) => {
  const { user } = ctx as typeof ctx & { user: SessionUser };
  return next({ ctx: { staff: user, now: ctx.now() } });
});

export const staffProcedure = signedInProcedure.use(withStaff);

/** Calls from the supervision app (its drafts for publication), authenticated by the shared service secret. */
export const intakeProcedure = serviceProcedure(() => serverEnv.SERVICE_SECRET, ['supervision']);

// What every staff page of both apps needs, the same in each app's API: who is signed in (with their department and
// district by name), sign-in and password change, and the inbox. The staff shell (packages/web-shell) types its client
// with `ShellRouter`; each app spreads `SHELL_PROCEDURES` into its own router, so the paths are the same everywhere.
import { authRouter } from '../auth/auth-router';
import { csrfTokenFor } from '../auth/sessions';
import { publicProcedure, router } from '../trpc';
import { inboxRouter } from './inbox-router';

export const SHELL_PROCEDURES = {
  /** which app and district answer here */
  info: publicProcedure.query(({ ctx }) => ({ app: ctx.app, district: ctx.district })),
  /** the signed-in user as the header shows them: name, department, roles, district (null when signed out) */
  profile: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.user) return null;
    const [department, district] = await Promise.all([
      ctx.db.department.findUnique({ where: { id: ctx.user.departmentId }, select: { name: true } }),
      ctx.db.districtSetting.findUnique({ where: { id: 1 }, select: { name: true } }),
    ]);
    return {
      user: ctx.user,
      departmentName: department?.name ?? '',
      districtName: district?.name ?? '',
      app: ctx.app,
      district: ctx.district,
      /** the token every mutation of this session carries (x-csrf-token) */
      csrfToken: ctx.sessionToken ? csrfTokenFor(ctx.sessionToken) : null,
    };
  }),
  auth: authRouter,
  inbox: inboxRouter,
};

export const shellRouter = router(SHELL_PROCEDURES);
/** The procedures the staff shell calls; every app's router has them at the same paths. */
export type ShellRouter = typeof shellRouter;

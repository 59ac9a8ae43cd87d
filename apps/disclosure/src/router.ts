// The disclosure API: where it is read. Thin routers composing the platform's use-cases.
import { auditRouter, authRouter, publicProcedure, router } from '@zhengling/server-kit';
import { directoryRouter } from './routers/directory';
import { inboxRouter } from './routers/inbox';

export const appRouter = router({
  info: publicProcedure.query(({ ctx }) => ({ app: ctx.app, district: ctx.district })),
  auth: authRouter,
  audit: auditRouter,
  directory: directoryRouter,
  inbox: inboxRouter,
});

/** The disclosure API's type: the only thing another app may import from here. */
export type AppRouter = typeof appRouter;

import { directoryRouter } from '@zhengling/directory';
import { deadlinesRouter, inboxRouter } from '@zhengling/reminders';
import { auditRouter, authRouter, publicProcedure, router } from '@zhengling/server-kit';

export const appRouter = router({
  /** which app and district answer here */
  info: publicProcedure.query(({ ctx }) => ({ app: ctx.app, district: ctx.district })),
  auth: authRouter,
  audit: auditRouter,
  directory: directoryRouter,
  inbox: inboxRouter,
  deadlines: deadlinesRouter,
});

/** The supervision API's type: the only thing another app may import from here. */
export type AppRouter = typeof appRouter;

// The disclosure API: where it is read. Thin routers composing the platform's use-cases.
import { auditRouter, router, SHELL_PROCEDURES } from '@zhengling/server-kit';
import { directoryRouter } from './routers/directory';

export const appRouter = router({
  ...SHELL_PROCEDURES,
  audit: auditRouter,
  directory: directoryRouter,
});

/** The disclosure API's type: the only thing another app may import from here. */
export type AppRouter = typeof appRouter;

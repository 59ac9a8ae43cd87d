// The disclosure API: where it is read. Thin routers composing the app's use-cases.
import { auditRouter, router, SHELL_PROCEDURES } from '@zhengling/server-kit';
import { annualReportRouter } from './routers/annual-report';
import { applicationsRouter } from './routers/applications';
import { directoryRouter } from './routers/directory';
import { intakeRouter } from './routers/intake';
import { itemsRouter } from './routers/items';
import { settingsRouter } from './routers/settings';

export const appRouter = router({
  ...SHELL_PROCEDURES,
  audit: auditRouter,
  directory: directoryRouter,
  items: itemsRouter,
  applications: applicationsRouter,
  annualReport: annualReportRouter,
  settings: settingsRouter,
  intake: intakeRouter,
});

/** The disclosure API's type: the only thing another app may import from here. */
export type AppRouter = typeof appRouter;

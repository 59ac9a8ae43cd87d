// The supervision API: where it is read. Thin routers composing the platform's use-cases.
import { auditRouter, router, SHELL_PROCEDURES } from '@zhengling/server-kit';
import { calendarRouter } from './routers/calendar';
import { cleanupsRouter } from './routers/cleanups';
import { deadlinesRouter } from './routers/deadlines';
import { directoryRouter } from './routers/directory';
import { meetingsRouter } from './routers/meetings';
import { noticesRouter } from './routers/notices';
import { normativeRouter } from './routers/normative';
import { reportsRouter } from './routers/reports';
import { settingsRouter } from './routers/settings';
import { suggestionsRouter } from './routers/suggestions';
import { tasksRouter } from './routers/tasks';

export const appRouter = router({
  ...SHELL_PROCEDURES,
  audit: auditRouter,
  directory: directoryRouter,
  deadlines: deadlinesRouter,
  tasks: tasksRouter,
  reports: reportsRouter,
  notices: noticesRouter,
  normative: normativeRouter,
  cleanups: cleanupsRouter,
  suggestions: suggestionsRouter,
  meetings: meetingsRouter,
  calendar: calendarRouter,
  settings: settingsRouter,
});

/** The supervision API's type: the only thing another app may import from here. */
export type AppRouter = typeof appRouter;

// What the disclosure app reads of the directory (departments and leaders); it changes none of it.
import { listDepartments, listLeaders } from '@zhengling/directory';
import { router, signedInProcedure } from '@zhengling/server-kit';

export const directoryRouter = router({
  departments: signedInProcedure.query(({ ctx }) => listDepartments(ctx.db)),
  leaders: signedInProcedure.query(({ ctx }) => listLeaders(ctx.db)),
});

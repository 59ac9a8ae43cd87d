// tRPC routers the apps mount: each user's inbox, and deadlines (with how each was computed).
import {
  AppError,
  assertSameDepartment,
  departmentWhere,
  roleProcedure,
  router,
  signedInProcedure,
} from '@zhengling/server-kit';
import { z } from 'zod';
import { storeCalendarYear } from './deadline/calendar-store';

const YearData = z.object({
  year: z.number().int().min(2000).max(2100),
  source: z.object({
    title: z.string().min(1),
    issuer: z.string().min(1),
    documentNumber: z.string().optional(),
    publishedOn: z.string().optional(),
  }),
  holidays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
  makeUpWorkdays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
});

export const inboxRouter = router({
  list: signedInProcedure
    .input(z.object({ unreadOnly: z.boolean().default(false) }).default({ unreadOnly: false }))
    .query(({ ctx, input }) =>
      ctx.db.notification.findMany({
        where: { userId: ctx.user.id, ...(input.unreadOnly ? { readAt: null } : {}) },
        orderBy: { createdAt: 'desc' },
        take: 200,
      }),
    ),
  markRead: signedInProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    const n = await ctx.db.notification.updateMany({
      where: { id: input.id, userId: ctx.user.id, readAt: null },
      data: { readAt: ctx.now() },
    });
    return { updated: n.count };
  }),
});

export const deadlinesRouter = router({
  /** A deadline with the explanation of its due date (days counted and skipped, pauses, extensions, sources). */
  get: signedInProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    const d = await ctx.db.deadline.findUnique({
      where: { id: input.id },
      include: { adjustments: { orderBy: { createdAt: 'asc' } } },
    });
    if (!d) throw new AppError('NOT_FOUND');
    assertSameDepartment(ctx.user, d.departmentId);
    return d;
  }),
  /** What became overdue recently (open deadlines past their due date), within the user's scope. */
  overdue: signedInProcedure.input(z.object({ since: z.coerce.date() })).query(({ ctx, input }) =>
    ctx.db.deadline.findMany({
      where: { ...departmentWhere(ctx.user), status: 'open', dueDate: { gte: input.since, lt: ctx.now() } },
      orderBy: { dueDate: 'desc' },
      take: 500,
    }),
  ),
  /** Store a year's holiday notice; every open deadline is recomputed and each change audited. */
  storeCalendarYear: roleProcedure('administrator')
    .input(YearData)
    .mutation(({ ctx, input }) =>
      storeCalendarYear(
        ctx.db,
        {
          kind: 'user',
          userId: ctx.user.id,
          label: ctx.user.username,
          requestId: ctx.requestId,
          app: ctx.app,
        },
        input,
      ),
    ),
});

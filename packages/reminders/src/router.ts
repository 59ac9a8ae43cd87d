// tRPC routers the apps mount: each user's inbox, and deadlines (with how each was computed).
import {
  actorOf,
  auditedMutation,
  AppError,
  departmentScopedProcedure,
  roleProcedure,
  router,
  signedInProcedure,
} from '@zhengling/server-kit';
import { z } from 'zod';
import { storeCalendarYear } from './deadline/calendar-store';
import { DEFAULT_POLICY, PolicySchema, policyFor } from './policy';

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
  /** One daily digest mail instead of one mail per reminder (the inbox is unchanged). */
  setDigest: signedInProcedure.input(z.object({ enabled: z.boolean() })).mutation(({ ctx, input }) =>
    auditedMutation(ctx.db, actorOf(ctx), async (tx) => {
      const before = await tx.user.findUniqueOrThrow({
        where: { id: ctx.user.id },
        select: { reminderDigest: true },
      });
      await tx.user.update({ where: { id: ctx.user.id }, data: { reminderDigest: input.enabled } });
      return {
        result: { enabled: input.enabled },
        audit: {
          action: 'user.set-reminder-digest',
          entityType: 'user',
          entityId: ctx.user.id,
          before,
          after: { reminderDigest: input.enabled },
        },
      };
    }),
  ),
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
  get: departmentScopedProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    const d = await ctx.db.deadline.findUnique({
      where: { id: input.id },
      include: { adjustments: { orderBy: { createdAt: 'asc' } } },
    });
    if (!d) throw new AppError('NOT_FOUND');
    ctx.scope.assert(d.departmentId);
    return d;
  }),
  /** What became overdue recently (open deadlines past their due date), within the user's scope. */
  overdue: departmentScopedProcedure.input(z.object({ since: z.coerce.date() })).query(({ ctx, input }) =>
    ctx.db.deadline.findMany({
      where: { ...ctx.scope.where, status: 'open', dueDate: { gte: input.since, lt: ctx.now() } },
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
  /** The reminder policy of a deadline kind (the stored one, or the default with its source). */
  policy: roleProcedure('administrator', 'supervision_office')
    .input(z.object({ kind: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      const stored = await ctx.db.reminderPolicy.findUnique({ where: { kind: input.kind } });
      return stored
        ? { kind: input.kind, source: 'stored', ...(await policyFor(ctx.db, input.kind)) }
        : { kind: input.kind, ...DEFAULT_POLICY, source: DEFAULT_POLICY.source };
    }),
  /** Configure the policy of a kind; open deadlines of that kind are re-planned at their next change or sweep. */
  setPolicy: roleProcedure('administrator')
    .input(z.object({ kind: z.string().min(1), policy: PolicySchema }))
    .mutation(({ ctx, input }) =>
      auditedMutation(ctx.db, actorOf(ctx), async (tx) => {
        const before = await tx.reminderPolicy.findUnique({ where: { kind: input.kind } });
        const row = await tx.reminderPolicy.upsert({
          where: { kind: input.kind },
          create: { kind: input.kind, stages: input.policy.stages, digest: input.policy.digest },
          update: { stages: input.policy.stages, digest: input.policy.digest },
        });
        return {
          result: row,
          audit: {
            action: 'reminder-policy.set',
            entityType: 'reminder-policy',
            entityId: input.kind,
            before,
            after: row,
          },
        };
      }),
    ),
});

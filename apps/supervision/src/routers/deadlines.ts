// Deadlines with how each was computed, reminder policies and the stored calendar years. Thin: input schema → use-case.
import { actorOf, chinaDate, instant, isoDate, rowId, userActorOf } from '@zhengling/core';
import {
  getDeadline,
  getReminderPolicy,
  listFailedDeliveries,
  listOverdueDeadlines,
  PolicySchema,
  setReminderPolicy,
  listCalendarYears,
  storeCalendarYear,
} from '@zhengling/reminders';
import { departmentScopedProcedure, roleProcedure, router } from '@zhengling/server-kit';
import { z } from 'zod';

const YearData = z.object({
  year: z.number().int().min(2000).max(2100),
  source: z.object({
    title: z.string().min(1).max(200),
    issuer: z.string().min(1).max(200),
    documentNumber: z.string().max(100).optional(),
    publishedOn: isoDate.optional(),
  }),
  holidays: z.record(isoDate, z.string().max(100)),
  makeUpWorkdays: z.record(isoDate, z.string().max(100)),
});
const kind = z.string().min(1).max(100);

export const deadlinesRouter = router({
  /** A deadline with the explanation of its due date (days counted and skipped, pauses, extensions, sources). */
  get: departmentScopedProcedure
    .input(z.object({ id: rowId }))
    .query(({ ctx, input }) => getDeadline(ctx.db, ctx.scope, input.id)),
  /** What became overdue recently (open deadlines past their due date), within the user's scope. */
  overdue: departmentScopedProcedure
    .input(z.object({ since: instant }))
    .query(({ ctx, input }) => listOverdueDeadlines(ctx.db, ctx.scope, input.since, ctx.now())),
  /** What could not be delivered (reminders given up, deliveries refused for good), for administrators. */
  failedDeliveries: roleProcedure('administrator')
    .input(z.object({ take: z.number().int().min(1).max(500).optional() }).default({}))
    .query(({ ctx, input }) => listFailedDeliveries(ctx.db, input)),
  /** The calendar's years (source, breaks, make-up days, stored by whom) and whether next year's notice is missing. */
  calendarYears: roleProcedure('administrator', 'supervision_office').query(({ ctx }) =>
    listCalendarYears(ctx.db, chinaDate(ctx.now())),
  ),
  /** Store a year's holiday notice; every open deadline is recomputed and each change audited. */
  storeCalendarYear: roleProcedure('administrator')
    .input(YearData)
    .mutation(({ ctx, input }) => storeCalendarYear(ctx.db, userActorOf(ctx), input)),
  /** The reminder policy of a deadline kind (the stored one, or the default with its source). */
  policy: roleProcedure('administrator', 'supervision_office')
    .input(z.object({ kind }))
    .query(({ ctx, input }) => getReminderPolicy(ctx.db, input.kind)),
  /** Configure the policy of a kind; open deadlines of that kind are re-planned at their next change or sweep. */
  setPolicy: roleProcedure('administrator')
    .input(z.object({ kind, policy: PolicySchema }))
    .mutation(({ ctx, input }) => setReminderPolicy(ctx.db, actorOf(ctx), input.kind, input.policy)),
});

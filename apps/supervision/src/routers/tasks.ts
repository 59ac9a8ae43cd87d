// Tracked items: work-report tasks, instructions, meeting decisions. Thin: input schema → use-case.
import { isoDate, rowId, text, userActorOf } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import { getDashboard } from '../dashboard/get-dashboard';
import { reviewCompletion } from '../tasks/review-completion';
import { createTask } from '../tasks/create-task';
import { createWorkReport } from '../tasks/create-work-report';
import { getTask, taskTimeline } from '../tasks/get-task';
import { listTasks } from '../tasks/list-tasks';
import { TASK_STATUSES } from '../tasks/progress-status';
import { NewTaskInput } from '../tasks/task-input';
import { officeProcedure, scopedProcedure } from './procedures';

export const TaskFilterInput = z.object({
  kind: z.enum(['work_report', 'instruction', 'meeting_decision']).optional(),
  workReportId: rowId.optional(),
  status: z.enum(TASK_STATUSES).optional(),
  departmentId: rowId.optional(),
  leaderId: rowId.optional(),
  search: z.string().trim().max(100).optional(),
  overdue: z.boolean().optional(),
  parentId: rowId.nullable().optional(),
  sort: z.enum(['number', 'dueDate', 'percent', 'updatedAt']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  page: z.number().int().min(1).max(100_000).optional(),
  pageSize: z.number().int().min(1).max(200).optional(),
});

export const tasksRouter = router({
  list: scopedProcedure
    .input(TaskFilterInput.default({}))
    .query(({ ctx, input }) => listTasks(ctx.db, ctx.taskScope, input, ctx.asOf)),
  get: scopedProcedure
    .input(z.object({ id: rowId }))
    .query(({ ctx, input }) => getTask(ctx.db, ctx.taskScope, input.id, ctx.asOf)),
  timeline: scopedProcedure
    .input(z.object({ id: rowId }))
    .query(({ ctx, input }) => taskTimeline(ctx.db, ctx.taskScope, input.id)),
  dashboard: scopedProcedure
    .input(z.object({ workReportId: rowId.optional() }).default({}))
    .query(({ ctx, input }) => getDashboard(ctx.db, ctx.taskScope, ctx.asOf, input.workReportId)),
  /** who sees what: the page shows the scope it was given */
  scope: scopedProcedure.query(({ ctx }) => ({ kind: ctx.taskScope.kind, asOf: ctx.asOf })),
  create: officeProcedure
    .input(NewTaskInput)
    .mutation(({ ctx, input }) =>
      createTask(ctx.db, userActorOf(ctx), input, { district: ctx.district, asOf: ctx.asOf }),
    ),
  reviewCompletion: officeProcedure
    .input(
      z.object({ taskId: rowId, decision: z.enum(['accept', 'return']), reason: text(500).min(1).optional() }),
    )
    .mutation(({ ctx, input }) => reviewCompletion(ctx.db, userActorOf(ctx), input)),
  workReports: scopedProcedure.query(({ ctx }) => ctx.db.workReport.findMany({ orderBy: { year: 'desc' } })),
  createWorkReport: officeProcedure
    .input(z.object({ year: z.number().int().min(2000).max(2100), title: text(200).min(1), adoptedOn: isoDate }))
    .mutation(({ ctx, input }) => createWorkReport(ctx.db, userActorOf(ctx), input)),
});

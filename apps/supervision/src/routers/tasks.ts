// Tracked items: work-report tasks, instructions, meeting decisions. Thin: input schema → use-case.
import { isoDate, rowId, text, userActorOf } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { z } from 'zod';
import { disclosureClient } from '../disclosure/disclosure-client';
import { sendDecisionToDisclosure } from '../disclosure/send-decision';
import { disclosureUrl } from '../env';
import { getDashboard } from '../dashboard/get-dashboard';
import { getHome } from '../home/get-home';
import { reviewCompletion } from '../tasks/review-completion';
import { createTask } from '../tasks/create-task';
import { createWorkReport } from '../tasks/create-work-report';
import { importBreakdown } from '../tasks/import-breakdown';
import { getTask, taskTimeline } from '../tasks/get-task';
import { listTasks } from '../tasks/list-tasks';
import { TASK_STATUSES } from '../tasks/progress-status';
import { NewTaskInput, TaskFields } from '../tasks/task-input';
import { updateTask } from '../tasks/update-task';
import { officeProcedure, scopedProcedure } from './procedures';

export const TaskFilterInput = z.object({
  kind: z.enum(['work_report', 'instruction', 'meeting_decision', 'suggestion_commitment']).optional(),
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

const importKey = (id: string) => `supervision:import:${id}`;

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
  /** the user's home: due, overdue, returned, waiting for sign-off, notices to sign for */
  home: scopedProcedure.query(({ ctx }) => getHome(ctx.db, ctx.taskScope, ctx.user, ctx.asOf)),
  /** who sees what: the page shows the scope it was given */
  scope: scopedProcedure.query(({ ctx }) => ({ kind: ctx.taskScope.kind, asOf: ctx.asOf })),
  create: officeProcedure
    .input(NewTaskInput)
    .mutation(({ ctx, input }) =>
      createTask(ctx.db, userActorOf(ctx), input, { district: ctx.district, asOf: ctx.asOf }),
    ),
  update: officeProcedure
    .input(TaskFields.omit({ number: true }).extend({ id: rowId }))
    .mutation(({ ctx, input }) => {
      const { id, ...changes } = input;
      return updateTask(ctx.db, userActorOf(ctx), id, changes, { asOf: ctx.asOf, district: ctx.district });
    }),
  /** a meeting decision sent to the disclosure app as a draft for publication (once; again answers the same draft) */
  sendToDisclosure: officeProcedure
    .input(z.object({ taskId: rowId }))
    .mutation(({ ctx, input }) =>
      sendDecisionToDisclosure(ctx.db, userActorOf(ctx), ctx.user, ctx.district, disclosureClient(disclosureUrl()), input.taskId),
    ),
  reviewCompletion: officeProcedure
    .input(
      z.object({ taskId: rowId, decision: z.enum(['accept', 'return']), reason: text(500).min(1).optional() }),
    )
    .mutation(({ ctx, input }) => reviewCompletion(ctx.db, userActorOf(ctx), input, ctx.now())),
  /**
   * Import a task breakdown (.xlsx as base64, at most 8 MB). All or nothing: the answer lists every bad row. While it
   * runs, `importProgress` with the same importId tells how far it is (for the progress bar).
   */
  import: officeProcedure
    .input(
      z.object({
        workReportId: rowId,
        importId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
        file: z.string().max(Math.ceil((8 * 1024 * 1024 * 4) / 3)),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const key = importKey(input.importId);
      let last = 0;
      const progress = (done: number, total: number) => {
        if (done !== total && Date.now() - last < 150) return;
        last = Date.now();
        void ctx.redis.set(key, JSON.stringify({ done, total }), 'EX', 600).catch(() => undefined);
      };
      progress(0, 1);
      return importBreakdown(
        ctx.db,
        userActorOf(ctx),
        { workReportId: input.workReportId, file: Buffer.from(input.file, 'base64') },
        { district: ctx.district, asOf: ctx.asOf, onProgress: progress },
      );
    }),
  importProgress: officeProcedure
    .input(z.object({ importId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/) }))
    .query(async ({ ctx, input }) => {
      const raw = await ctx.redis.get(importKey(input.importId));
      return raw ? (JSON.parse(raw) as { done: number; total: number }) : null;
    }),
  workReports: scopedProcedure.query(({ ctx }) => ctx.db.workReport.findMany({ orderBy: { year: 'desc' } })),
  createWorkReport: officeProcedure
    .input(z.object({ year: z.number().int().min(2000).max(2100), title: text(200).min(1), adoptedOn: isoDate }))
    .mutation(({ ctx, input }) => createWorkReport(ctx.db, userActorOf(ctx), input)),
});

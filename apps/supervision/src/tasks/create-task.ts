// Register a tracked item: the task, its milestones, its deadlines in the reminder engine (its own due date and its
// first progress-report period) and the audit entry, in one transaction.
import { type Actor, actorIdOf, AppError, recordAudit } from '@zhengling/core';
import type { Db, Prisma, Task, Tx } from '@zhengling/db';
import { leaderInChargeOf } from '@zhengling/directory';
import { createDeadlineInTx, loadCalendar, type NewDeadline } from '@zhengling/reminders';
import { citationOf, type DistrictId, ruleById } from '@zhengling/rules-core';
import { checkAgenda } from '../meetings/check-agenda';
import { DISTRICT_SHORT, loadSettings, type Settings } from '../settings/settings';
import { numberSortOf } from './number-sort';
import { formatNumber, nextSerial } from './numbering';
import { reportDeadlineOf } from './open-report-period';
import type { NewTask } from './task-input';

/** The deadline of an item's own due date: a fixed date, from the breakdown or the registration. */
export function dueDeadlineOf(
  task: Pick<Task, 'id' | 'kind' | 'number' | 'title' | 'leadDepartmentId'>,
  dueDate: string,
  district: DistrictId,
): NewDeadline {
  // the work report's tasks: the rule as rules-core cites it (R-SUP-1); instructions and meeting decisions are not in
  // rules-core's data yet (rules-spec R-SUP-4/5 name no time limit), so their source is the registration itself
  const workReport = citationOf(ruleById(district === 'kaizhou' ? 'R-SUP-1-KZ' : 'R-SUP-1-SPB'));
  return {
    kind: `supervision.${task.kind}`,
    app: 'supervision',
    entityType: 'task',
    entityId: task.id,
    title: `${task.number} ${task.title}`.slice(0, 200),
    departmentId: task.leadDepartmentId,
    startEvent: 'fixed-due-date',
    startDate: dueDate,
    length: 0,
    unit: 'calendar_days',
    ruleSource:
      task.kind === 'work_report'
        ? `政府工作报告任务分解确定的完成时限（${workReport.instrument} ${workReport.location}：“${workReport.quote}”；具体时限见 rules-spec §15 N-24）`
        : task.kind === 'instruction'
          ? '批示、交办事项登记的反馈时限（规则文本未规定时限，见 rules-spec §15 N-23）'
          : task.kind === 'suggestion_commitment'
            ? '建议提案答复中承诺的完成时限（承办单位的答复；规则文本未规定时限）'
            : '会议议定事项登记的完成时限（规则文本未规定时限）',
  };
}

export const TASK_KIND_LABEL = {
  work_report: '政府工作报告任务',
  instruction: '领导批示交办事项',
  meeting_decision: '会议议定事项',
  suggestion_commitment: '建议提案答复承诺事项',
} as const;

export interface CreateContext {
  district: DistrictId;
  /** today (China): a task registered late opens its first report period from today, not from its start */
  asOf: string;
  settings?: Settings;
}

export async function createTask(db: Db, actor: Actor, input: NewTask, ctx: CreateContext) {
  return db.$transaction((tx) => createTaskInTx(tx, actor, input, ctx), { timeout: 20_000 });
}

export async function createTaskInTx(
  tx: Tx,
  actor: Actor,
  input: NewTask,
  ctx: CreateContext,
  opts: {
    /** the import checks departments itself, once for every row */
    departmentsChecked?: boolean;
    /** the import creates every row's deadlines together afterwards (createDeadlinesInTx): they are handed back */
    deferDeadlines?: (task: Task, deadlines: { due: NewDeadline; report: { period: string; deadline: NewDeadline } | null }) => void;
    /** the leader in charge of a department on a date, when the caller already knows it */
    leaderLookup?: typeof leaderInChargeOf;
  } = {},
): Promise<Task> {
  const settings = ctx.settings ?? (await loadSettings(tx));
  // an instruction registered without a feedback date gets the configured default, counted in working days
  const dueDate =
    input.dueDate ??
    (await loadCalendar(tx)).addWorkingDays(input.startDate, settings['instruction.defaultWorkingDays']);
  if (dueDate < input.startDate) throw new AppError('INVALID_INPUT', '（完成时限不能早于开始日期）');
  for (const m of input.milestones)
    if (m.dueDate < input.startDate || m.dueDate > dueDate)
      throw new AppError('INVALID_INPUT', `（节点“${m.title}”的日期须在开始日期与完成时限之间）`);
  const co = [...new Set(input.coDepartmentIds)].filter((d) => d !== input.leadDepartmentId);
  if (!opts.departmentsChecked) {
    const found = await tx.department.count({
      where: { id: { in: [input.leadDepartmentId, ...co] }, active: true },
    });
    if (found !== co.length + 1) throw new AppError('INVALID_INPUT', '（牵头单位或配合单位不存在）');
  }

  let number = input.number;
  let workReportId: string | null = null;
  let parentId: string | null = null;
  if (input.kind === 'work_report') {
    workReportId = input.workReportId;
    if (!(await tx.workReport.findUnique({ where: { id: workReportId } })))
      throw new AppError('NOT_FOUND', '（政府工作报告不存在）');
    if (input.parentId) {
      const parent = await tx.task.findUnique({ where: { id: input.parentId } });
      if (!parent || parent.workReportId !== workReportId)
        throw new AppError('INVALID_INPUT', '（上级任务不属于该工作报告）');
      parentId = parent.id;
    }
    const clash = await tx.task.findFirst({ where: { kind: 'work_report', workReportId, number } });
    if (clash) throw new AppError('CONFLICT', `（任务编号 ${number} 已存在）`);
  } else if (!number && input.kind !== 'suggestion_commitment') {
    const year = Number(input.startDate.slice(0, 4));
    const serial = await nextSerial(tx, input.kind, year, async () => {
      const rows = await tx.task.count({
        where: { kind: input.kind, startDate: { gte: new Date(`${year}-01-01`), lt: new Date(`${year + 1}-01-01`) } },
      });
      return rows;
    });
    number = formatNumber(settings['notice.numbering'][input.kind], DISTRICT_SHORT[ctx.district], year, serial);
  }

  // the division of work in force on the task's start date; for work begun before the current division took effect,
  // the one in force on the day it is registered
  const lookup = opts.leaderLookup ?? leaderInChargeOf;
  const inCharge =
    (await lookup(tx, { departmentId: input.leadDepartmentId }, input.startDate)) ??
    (await lookup(tx, { departmentId: input.leadDepartmentId }, ctx.asOf));
  const agendaCheck =
    input.kind === 'meeting_decision' && input.agenda
      ? await checkAgenda(tx, ctx.district, {
          ...input.agenda,
          meetingKind: input.meetingKind,
          meetingDate: input.meetingDate,
          leadDepartmentId: input.leadDepartmentId,
          coDepartmentIds: co,
        })
      : undefined;
  const data: Prisma.TaskUncheckedCreateInput = {
    kind: input.kind,
    workReportId,
    parentId,
    number: number!,
    numberSort: numberSortOf(number!),
    title: input.title,
    measures: input.measures ?? null,
    leadDepartmentId: input.leadDepartmentId,
    coDepartmentIds: co,
    leaderId: inCharge?.leader.id ?? null,
    leaderBasis: inCharge ? inCharge.basis : null,
    startDate: new Date(input.startDate),
    dueDate: new Date(dueDate),
    reportCycle: input.reportCycle,
    createdById: actorIdOf(actor),
    ...(input.kind === 'instruction'
      ? { source: input.source, instructedBy: input.instructedBy, instructionText: input.instructionText }
      : {}),
    ...(input.kind === 'suggestion_commitment' ? { suggestionId: input.suggestionId } : {}),
    ...(input.kind === 'meeting_decision'
      ? {
          meetingName: input.meetingName,
          meetingKind: input.meetingKind,
          meetingDate: new Date(input.meetingDate),
          agendaItem: input.agendaItem,
          ...(agendaCheck ? { agendaCheck: { question: input.agenda, answer: agendaCheck } as Prisma.InputJsonValue } : {}),
        }
      : {}),
    milestones: {
      create: input.milestones.map((m, i) => ({ seq: i + 1, title: m.title, dueDate: new Date(m.dueDate) })),
    },
  };
  const task = await tx.task.create({ data });
  const due = dueDeadlineOf(task, dueDate, ctx.district);
  const from = input.startDate > ctx.asOf ? input.startDate : ctx.asOf;
  const report = reportDeadlineOf(task, from, settings);
  let opened: Task = task;
  if (opts.deferDeadlines) opts.deferDeadlines(task, { due, report });
  else {
    const dueDeadline = await createDeadlineInTx(tx, actor, due);
    const reportDeadline = report ? await createDeadlineInTx(tx, actor, report.deadline) : null;
    opened = await tx.task.update({
      where: { id: task.id },
      data: {
        dueDeadlineId: dueDeadline.id,
        reportDeadlineId: reportDeadline?.id ?? null,
        reportPeriod: report?.period ?? null,
      },
    });
  }
  await recordAudit(tx, actor, {
    action: `task.create`,
    entityType: 'task',
    entityId: task.id,
    after: { ...input, number, leaderId: data.leaderId },
  });
  return opened;
}

// Deadline use-cases. Each change is one transaction: the deadline, its adjustment, its re-planned reminders and the
// audit entry, so a failure leaves none of them.
import type { Db, Deadline, DeadlineAdjustment, Prisma } from '@zhengling/db';
import { type Actor, AppError, recordAudit } from '@zhengling/server-kit';
import { type Adjustment, computeDueDate, type DeadlineRule, type DeadlineUnit } from './compute';
import { loadCalendar } from './calendar-store';
import { planReminders } from './plan';

const iso = (d: Date) => d.toISOString().slice(0, 10);
export const ruleOf = (d: Pick<Deadline, 'startDate' | 'length' | 'unit'>): DeadlineRule => ({
  startDate: iso(d.startDate),
  length: d.length,
  unit: d.unit,
});
export const adjustmentsOf = (rows: DeadlineAdjustment[]): Adjustment[] =>
  rows.map((a) => ({
    type: a.type,
    effectiveOn: a.effectiveOn ? iso(a.effectiveOn) : undefined,
    length: a.length ?? undefined,
  }));

export interface NewDeadline {
  kind: string;
  app: string;
  entityType: string;
  entityId: string;
  title: string;
  departmentId: string;
  assigneeId?: string;
  startEvent: string;
  startDate: string;
  length: number;
  unit: DeadlineUnit;
  /** where the length comes from, e.g. "《政府信息公开条例》第三十三条" */
  ruleSource: string;
}

const json = (v: unknown) => v as Prisma.InputJsonValue;

export async function createDeadline(db: Db, actor: Actor, input: NewDeadline): Promise<Deadline> {
  const calendar = await loadCalendar(db);
  const computed = computeDueDate(
    { startDate: input.startDate, length: input.length, unit: input.unit },
    [],
    calendar,
  );
  return db.$transaction(async (tx) => {
    const deadline = await tx.deadline.create({
      data: {
        ...input,
        startDate: new Date(input.startDate),
        dueDate: new Date(computed.dueDate),
        computation: json(computed.explanation),
        calendarVersion: calendar.dataVersion,
      },
    });
    await planReminders(tx, deadline, calendar);
    await recordAudit(tx, actor, {
      action: 'deadline.create',
      entityType: 'deadline',
      entityId: deadline.id,
      after: { ...input, dueDate: computed.dueDate },
    });
    return deadline;
  });
}

async function adjust(
  db: Db,
  actor: Actor & { kind: 'user' },
  deadlineId: string,
  change: { type: 'pause' | 'resume' | 'extension'; effectiveOn?: string; length?: number; reason: string },
): Promise<Deadline> {
  if (!change.reason.trim()) throw new AppError('INVALID_INPUT', '（须说明理由）');
  const calendar = await loadCalendar(db);
  return db.$transaction(async (tx) => {
    const d = await tx.deadline.findUnique({
      where: { id: deadlineId },
      include: { adjustments: { orderBy: { createdAt: 'asc' } } },
    });
    if (!d) throw new AppError('NOT_FOUND');
    if (d.status === 'met' || d.status === 'cancelled')
      throw new AppError('CONFLICT', '（期限已办结或已撤销）');
    if (change.type === 'pause' && d.status === 'paused')
      throw new AppError('CONFLICT', '（期限已处于中止状态）');
    if (change.type === 'resume' && d.status !== 'paused') throw new AppError('CONFLICT', '（期限未中止）');
    const row = await tx.deadlineAdjustment.create({
      data: {
        deadlineId,
        type: change.type,
        effectiveOn: change.effectiveOn ? new Date(change.effectiveOn) : null,
        length: change.length,
        approvedById: actor.userId,
        reason: change.reason,
      },
    });
    const computed = computeDueDate(ruleOf(d), adjustmentsOf([...d.adjustments, row]), calendar);
    const updated = await tx.deadline.update({
      where: { id: deadlineId },
      data: {
        dueDate: new Date(computed.dueDate),
        computation: json(computed.explanation),
        calendarVersion: calendar.dataVersion,
        status: computed.paused ? 'paused' : 'open',
      },
    });
    await planReminders(tx, updated, calendar);
    await recordAudit(tx, actor, {
      action: `deadline.${change.type}`,
      entityType: 'deadline',
      entityId: deadlineId,
      before: { dueDate: iso(d.dueDate), status: d.status },
      after: {
        dueDate: computed.dueDate,
        status: updated.status,
        reason: change.reason,
        effectiveOn: change.effectiveOn,
        length: change.length,
      },
    });
    return updated;
  });
}

/** A lawful pause (e.g. consulting a third party): the clock stops from `effectiveOn` and nobody is nagged. */
export const pauseDeadline = (
  db: Db,
  actor: Actor & { kind: 'user' },
  id: string,
  effectiveOn: string,
  reason: string,
) => adjust(db, actor, id, { type: 'pause', effectiveOn, reason });
export const resumeDeadline = (
  db: Db,
  actor: Actor & { kind: 'user' },
  id: string,
  effectiveOn: string,
  reason: string,
) => adjust(db, actor, id, { type: 'resume', effectiveOn, reason });
/** A lawful extension, with who approved it and why. */
export const extendDeadline = (
  db: Db,
  actor: Actor & { kind: 'user' },
  id: string,
  length: number,
  reason: string,
) => {
  if (!Number.isInteger(length) || length <= 0) throw new AppError('INVALID_INPUT', '（延长期限须为正整数）');
  return adjust(db, actor, id, { type: 'extension', length, reason });
};

async function close(db: Db, actor: Actor, id: string, status: 'met' | 'cancelled'): Promise<Deadline> {
  const calendar = await loadCalendar(db);
  return db.$transaction(async (tx) => {
    const d = await tx.deadline.findUnique({ where: { id } });
    if (!d) throw new AppError('NOT_FOUND');
    const updated = await tx.deadline.update({
      where: { id },
      data: { status, metAt: status === 'met' ? new Date() : null },
    });
    await planReminders(tx, updated, calendar);
    await recordAudit(tx, actor, {
      action: `deadline.${status === 'met' ? 'met' : 'cancel'}`,
      entityType: 'deadline',
      entityId: id,
      before: { status: d.status },
      after: { status },
    });
    return updated;
  });
}
export const markDeadlineMet = (db: Db, actor: Actor, id: string) => close(db, actor, id, 'met');
export const cancelDeadline = (db: Db, actor: Actor, id: string) => close(db, actor, id, 'cancelled');

// A change of a deadline's clock (pause, resume, extension): the adjustment, the recomputed due date, the re-planned
// reminders and the audit entry, in one transaction, so a failure leaves none of them.
import type { Db, Deadline, Prisma, Tx } from '@zhengling/db';
import { type Actor, AppError, recordAudit } from '@zhengling/core';
import { loadCalendar } from './calendar';
import { computeDueDate } from './compute';
import { planReminders } from './plan';
import { adjustmentsOf, iso, ruleOf } from './rows';

const json = (v: unknown) => v as Prisma.InputJsonValue;

/** Adjust a deadline's clock (the pause, resume and extend use-cases). */
export async function adjustDeadline(
  db: Db,
  actor: Actor & { kind: 'user' },
  deadlineId: string,
  change: { type: 'pause' | 'resume' | 'extension'; effectiveOn?: string; length?: number; reason: string },
): Promise<Deadline> {
  return db.$transaction((tx) => adjustDeadlineInTx(tx, actor, deadlineId, change));
}

/** The same inside a caller's transaction (an app changing an item's state and its clock together). */
export async function adjustDeadlineInTx(
  tx: Tx,
  actor: Actor & { kind: 'user' },
  deadlineId: string,
  change: { type: 'pause' | 'resume' | 'extension'; effectiveOn?: string; length?: number; reason: string },
): Promise<Deadline> {
  if (!change.reason.trim()) throw new AppError('INVALID_INPUT', '（须说明理由）');
  const calendar = await loadCalendar(tx);
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
}

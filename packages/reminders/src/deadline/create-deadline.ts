// Create a deadline: the deadline, its planned reminders and the audit entry in one transaction.
import type { Db, Deadline, Prisma, Tx } from '@zhengling/db';
import { type Actor, recordAudit, recordAudits } from '@zhengling/core';
import { loadCalendar } from './calendar';
import { computeDueDate, type DeadlineUnit } from './compute';
import { planReminders, planRemindersOfNew } from './plan';

const json = (v: unknown) => v as Prisma.InputJsonValue;

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

/**
 * Create a deadline from its rule, with its reminders planned and its audit entry, in one transaction. The calendar is
 * read inside it, so a year stored meanwhile (which recomputes every open deadline) cannot be missed.
 */
export async function createDeadline(db: Db, actor: Actor, input: NewDeadline): Promise<Deadline> {
  return db.$transaction((tx) => createDeadlineInTx(tx, actor, input));
}

/** The same inside a caller's transaction (an app creating an item and its deadline together). */
export async function createDeadlineInTx(tx: Tx, actor: Actor, input: NewDeadline): Promise<Deadline> {
  const calendar = await loadCalendar(tx);
  const computed = computeDueDate(
    { startDate: input.startDate, length: input.length, unit: input.unit },
    [],
    calendar,
  );
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
}

/**
 * Many deadlines in one caller's transaction (an Excel import of thousands of tasks): the same rows, plans and audit
 * entries as one by one, written in a few statements. Returns them in the order given.
 */
export async function createDeadlinesInTx(tx: Tx, actor: Actor, inputs: NewDeadline[]): Promise<Deadline[]> {
  if (inputs.length === 0) return [];
  const calendar = await loadCalendar(tx);
  const computed = inputs.map((input) =>
    computeDueDate({ startDate: input.startDate, length: input.length, unit: input.unit }, [], calendar),
  );
  const deadlines: Deadline[] = [];
  for (let i = 0; i < inputs.length; i += 1000) {
    const created = await tx.deadline.createManyAndReturn({
      data: inputs.slice(i, i + 1000).map((input, j) => ({
        ...input,
        startDate: new Date(input.startDate),
        dueDate: new Date(computed[i + j]!.dueDate),
        computation: json(computed[i + j]!.explanation),
        calendarVersion: calendar.dataVersion,
      })),
    });
    deadlines.push(...created);
  }
  await planRemindersOfNew(tx, deadlines, calendar);
  await recordAudits(
    tx,
    actor,
    deadlines.map((d, i) => ({
      action: 'deadline.create',
      entityType: 'deadline',
      entityId: d.id,
      after: { ...inputs[i], dueDate: computed[i]!.dueDate },
    })),
  );
  return deadlines;
}

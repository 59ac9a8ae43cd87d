// Store a year's holiday notice: every open deadline is recomputed and each change of due date audited.
import type { Db, Prisma } from '@zhengling/db';
import type { YearData } from '@zhengling/rules-core/calendar';
import { type Actor, recordAudit } from '@zhengling/core';
import { loadCalendar } from './calendar';
import { computeDueDate } from './compute';
import { planReminders } from './plan';
import { adjustmentsOf, ruleOf } from './rows';

export async function storeCalendarYear(
  db: Db,
  actor: Actor & { kind: 'user' },
  year: YearData,
): Promise<{ recomputed: number; changed: number }> {
  // validate before storing: the calendar rejects dates outside the year or a day both off and working
  const calendar = (await loadCalendar(db)).withYears([year]);
  return db.$transaction(async (tx) => {
    const before = await tx.calendarYear.findUnique({ where: { year: year.year } });
    const data = year as unknown as Prisma.InputJsonValue;
    await tx.calendarYear.upsert({
      where: { year: year.year },
      create: {
        year: year.year,
        data,
        sourceTitle: year.source.title,
        sourceNumber: year.source.documentNumber,
        createdById: actor.userId,
      },
      update: {
        data,
        sourceTitle: year.source.title,
        sourceNumber: year.source.documentNumber,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: 'calendar.store-year',
      entityType: 'calendar-year',
      entityId: String(year.year),
      before: before?.data,
      after: year,
    });
    const open = await tx.deadline.findMany({
      where: { status: { in: ['open', 'paused'] } },
      include: { adjustments: { orderBy: { createdAt: 'asc' } } },
    });
    let changed = 0;
    for (const d of open) {
      const next = computeDueDate(ruleOf(d), adjustmentsOf(d.adjustments), calendar);
      const oldDue = d.dueDate.toISOString().slice(0, 10);
      const updated = await tx.deadline.update({
        where: { id: d.id },
        data: {
          dueDate: new Date(next.dueDate),
          computation: next.explanation as unknown as Prisma.InputJsonValue,
          calendarVersion: calendar.dataVersion,
        },
      });
      if (next.dueDate !== oldDue) {
        changed++;
        await recordAudit(tx, actor, {
          action: 'deadline.recomputed',
          entityType: 'deadline',
          entityId: d.id,
          before: { dueDate: oldDue, calendarVersion: d.calendarVersion },
          after: {
            dueDate: next.dueDate,
            calendarVersion: calendar.dataVersion,
            reason: `calendar year ${year.year} stored`,
          },
        });
      }
      await planReminders(tx, updated, calendar);
    }
    return { recomputed: open.length, changed };
  });
}

// The working-day calendar of the platform: rules-core's packaged years plus the years an administrator stored (the
// next notice, once published). The stored years are read every time (so a year stored meanwhile is never missed);
// the compiled calendar is reused while they are the same.
import type { Db } from '@zhengling/db';
import { WorkingDayCalendar, type YearData } from '@zhengling/rules-core/calendar';

let compiled: { key: string; calendar: WorkingDayCalendar } | null = null;

export async function loadCalendar(db: Pick<Db, 'calendarYear'>): Promise<WorkingDayCalendar> {
  const rows = await db.calendarYear.findMany({ orderBy: { year: 'asc' } });
  const key = JSON.stringify(rows.map((r) => r.data));
  if (compiled?.key !== key)
    compiled = { key, calendar: WorkingDayCalendar.default().withYears(rows.map((r) => r.data as unknown as YearData)) };
  return compiled.calendar;
}

/**
 * The latest day, no later than `upTo`, whose next `aheadDays` calendar days the stored calendar covers: where a
 * story whose working-day clocks run at most that far ahead can be set (a demo seeded before next year's notice is
 * stored). An error when the calendar leaves no such day.
 */
export async function latestDayCovering(db: Pick<Db, 'calendarYear'>, upTo: string, aheadDays: number): Promise<string> {
  const day = (await loadCalendar(db)).latestDayCovering(upTo, aheadDays);
  if (!day) throw new Error(`the working-day calendar leaves no day before ${upTo} with ${aheadDays} days covered after it`);
  return day;
}

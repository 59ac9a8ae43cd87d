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

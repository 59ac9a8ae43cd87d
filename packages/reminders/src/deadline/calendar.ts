// The working-day calendar of the platform: rules-core's packaged years plus the years an administrator stored (the
// next notice, once published).
import type { Db } from '@zhengling/db';
import { WorkingDayCalendar, type YearData } from '@zhengling/rules-core/calendar';

export async function loadCalendar(db: Pick<Db, 'calendarYear'>): Promise<WorkingDayCalendar> {
  const rows = await db.calendarYear.findMany({ orderBy: { year: 'asc' } });
  return WorkingDayCalendar.default().withYears(rows.map((r) => r.data as unknown as YearData));
}

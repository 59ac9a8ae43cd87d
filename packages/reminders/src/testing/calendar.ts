// Tests only. The State Council publishes each year's holiday notice around November; until a year's is stored, the
// platform refuses to count working days into it (CALENDAR_YEAR_MISSING), as it must. A browser journey that runs on
// today's date in late December would then fail for want of a notice, not for anything it tests. This stores, in a
// test's own database, every missing year through `throughYear` as weekends only — labelled as test data, never an
// official notice. Like `@zhengling/db/testing`, it is for tests and benches; the product never calls it.
import type { Db, Prisma } from '@zhengling/db';
import type { YearData } from '@zhengling/rules-core/calendar';
import { loadCalendar } from '../deadline/calendar';

export const TEST_CALENDAR_SOURCE = '测试用日历：仅周末休息（并非国务院办公厅通知）';

export async function storeWeekendOnlyYearsForTests(db: Pick<Db, 'calendarYear'>, throughYear: number): Promise<number[]> {
  const covered = new Set((await loadCalendar(db)).coveredYears);
  const stored: number[] = [];
  for (let year = Math.min(...covered) + 1; year <= throughYear; year++) {
    if (covered.has(year)) continue;
    const data: YearData = {
      year,
      source: { title: TEST_CALENDAR_SOURCE, issuer: '测试', via: '@zhengling/reminders/testing' },
      holidays: {},
      makeUpWorkdays: {},
    };
    await db.calendarYear.create({
      data: { year, data: data as unknown as Prisma.InputJsonValue, sourceTitle: data.source.title, createdById: 'system:tests' },
    });
    stored.push(year);
  }
  return stored;
}

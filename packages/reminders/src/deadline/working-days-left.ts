// "剩余 N 个工作日 / 已逾期 N 个工作日" beside every due date, from the same calendar the deadlines were computed with;
// null where the calendar lacks a year (never a guess).
import type { DbOrTx } from '@zhengling/db';
import { loadCalendar } from './calendar';

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function workingDaysLeftFn(db: DbOrTx, asOf: string) {
  const calendar = await loadCalendar(db);
  return (due: Date): number | null => {
    try {
      return calendar.workingDaysBetween(asOf, iso(due));
    } catch {
      return null;
    }
  };
}

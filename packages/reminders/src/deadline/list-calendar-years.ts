// The working-day calendar as an administrator reviews it: every year it holds, with its source, its breaks (days off
// in a row under one name) and its make-up working days, and whether it was stored here (by whom, when) or came with
// the platform; and whether next year's notice is still missing — until it is stored, no clock may end in that year.
import type { Db } from '@zhengling/db';
import { toOrdinal, type YearData } from '@zhengling/rules-core/calendar';
import { loadCalendar } from './calendar';

export interface CalendarBreak {
  name: string;
  from: string;
  to: string;
  days: number;
}

/** Days off in a row under one name, as the notice states them (春节：2月15日至23日). */
export function breaksOf(holidays: YearData['holidays']): CalendarBreak[] {
  const breaks: CalendarBreak[] = [];
  for (const [date, name] of Object.entries(holidays).sort(([a], [b]) => a.localeCompare(b))) {
    const last = breaks.at(-1);
    if (last && last.name === name && toOrdinal(last.to) + 1 === toOrdinal(date)) {
      last.to = date;
      last.days++;
    } else breaks.push({ name, from: date, to: date, days: 1 });
  }
  return breaks;
}

export async function listCalendarYears(db: Pick<Db, 'calendarYear' | 'user'>, today: string) {
  const calendar = await loadCalendar(db);
  const rows = await db.calendarYear.findMany();
  const people = new Map(
    (await db.user.findMany({ where: { id: { in: rows.map((r) => r.createdById) } } })).map((u) => [u.id, u.displayName]),
  );
  const stored = new Map(rows.map((r) => [r.year, { by: people.get(r.createdById) ?? r.createdById, at: r.createdAt }]));
  const years = [...calendar.coveredYears]
    .reverse()
    .map((year) => {
      const data = calendar.dataOf(year)!;
      return {
        year,
        source: data.source,
        stored: stored.get(year) ?? null,
        breaks: breaksOf(data.holidays),
        makeUpWorkdays: Object.entries(data.makeUpWorkdays)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([date, name]) => ({ date, name })),
      };
    });
  const nextYear = Number(today.slice(0, 4)) + 1;
  return { years, nextYear: { year: nextYear, covered: calendar.coveredYears.includes(nextYear) } };
}

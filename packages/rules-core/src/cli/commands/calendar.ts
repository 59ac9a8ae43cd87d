import { z } from 'zod';
import { addCalendarDays, addMonths, WorkingDayCalendar, type YearData } from '../../calendar';
import { type CommandHandler, isoDate, parseRequest } from '../respond';

const YearSchema = z.strictObject({
  year: z.number().int().min(1949).max(2200),
  source: z.strictObject({
    title: z.string().min(1).max(200),
    issuer: z.string().min(1).max(200),
    documentNumber: z.string().max(100).optional(),
    publishedOn: isoDate.optional(),
    via: z.string().max(200).optional(),
  }),
  holidays: z.record(isoDate, z.string().max(100)),
  makeUpWorkdays: z.record(isoDate, z.string().max(100)),
});
const date = isoDate;
const count = z.number().int().min(-100_000).max(100_000);
const common = { extraYears: z.array(YearSchema).max(50).optional() };

const Request = z.discriminatedUnion('ask', [
  z.strictObject({ ask: z.literal('add-working-days'), start: date, n: count, ...common }),
  z.strictObject({ ask: z.literal('working-days-between'), from: date, to: date, ...common }),
  z.strictObject({ ask: z.literal('is-working-day'), date, ...common }),
  z.strictObject({ ask: z.literal('add-calendar-days'), start: date, n: count }),
  z.strictObject({ ask: z.literal('add-months'), start: date, n: count }),
  z.strictObject({ ask: z.literal('years'), ...common }),
]);

/**
 * `calendar`: working days of mainland China. `extraYears` adds (or replaces) years of holiday data, as the platform
 * does with a notice stored by an administrator.
 */
export const calendarCommand: CommandHandler = (request) => {
  const r = parseRequest(Request, request);
  const base = WorkingDayCalendar.default();
  const cal = 'extraYears' in r && r.extraYears ? base.withYears(r.extraYears as YearData[]) : base;
  switch (r.ask) {
    case 'add-working-days': {
      const explanation = cal.explainDueDate(r.start, r.n);
      return { ok: true, due: explanation.due, explanation, sources: explanation.sources };
    }
    case 'working-days-between':
      return { ok: true, workingDays: cal.workingDaysBetween(r.from, r.to), convention: '(from, to]' };
    case 'is-working-day': {
      const year = Number(r.date.slice(0, 4));
      return { ok: true, date: r.date, workingDay: cal.isWorkingDay(r.date), source: cal.sourceOf(year) };
    }
    case 'add-calendar-days':
      return { ok: true, due: addCalendarDays(r.start, r.n) };
    case 'add-months':
      return { ok: true, due: addMonths(r.start, r.n) };
    case 'years':
      return {
        ok: true,
        dataVersion: cal.dataVersion,
        years: cal.coveredYears.map((year) => ({ year, source: cal.sourceOf(year) })),
      };
  }
};

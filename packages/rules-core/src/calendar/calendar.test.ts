import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { WorkingDayCalendar } from './calendar';
import { PACKAGED_YEARS } from './data/packaged-years';
import { fromOrdinal, toOrdinal } from './dates';

const cal = WorkingDayCalendar.default();
const first = toOrdinal('2020-01-01');
const last = toOrdinal('2026-10-31'); // leave room so +n stays inside the covered years
const startDate = fc.integer({ min: first, max: last }).map(fromOrdinal);
const n = fc.integer({ min: 0, max: 40 });

describe('addWorkingDays', () => {
  test('is strictly increasing in n', () => {
    fc.assert(
      fc.property(startDate, n, (s, k) => {
        expect(cal.addWorkingDays(s, k + 1) > cal.addWorkingDays(s, k)).toBe(true);
      }),
    );
  });
  test('is inverted by workingDaysBetween', () => {
    fc.assert(
      fc.property(startDate, n, (s, k) => {
        expect(cal.workingDaysBetween(s, cal.addWorkingDays(s, k))).toBe(k);
      }),
    );
  });
  test('always lands on a working day when n > 0', () => {
    fc.assert(
      fc.property(
        startDate,
        n.filter((k) => k > 0),
        (s, k) => {
          expect(cal.isWorkingDay(cal.addWorkingDays(s, k))).toBe(true);
        },
      ),
    );
  });
});

describe('how far the calendar reaches', () => {
  const only = (...years: number[]) =>
    new WorkingDayCalendar(PACKAGED_YEARS.filter((y) => years.includes(y.year)));

  test('covers through the last day of the years it has without a gap', () => {
    expect(only(2024, 2025, 2026).coveredThrough).toBe('2026-12-31');
    expect(only(2024, 2026).coveredThrough).toBe('2024-12-31');
    expect(new WorkingDayCalendar([]).coveredThrough).toBeUndefined();
  });

  test('sets a story today when its clocks fit, and as late as they fit when they would run into a missing year', () => {
    const cal2026 = only(2025, 2026);
    expect(cal2026.latestDayCovering('2026-11-20', 30)).toBe('2026-11-20');
    expect(cal2026.latestDayCovering('2026-12-20', 30)).toBe('2026-12-01');
    expect(cal2026.latestDayCovering('2027-03-01', 30)).toBe('2026-12-01');
    // from that day, a clock of 21 working days still ends inside the calendar
    expect(() => cal2026.addWorkingDays('2026-12-01', 21)).not.toThrow();
    expect(cal2026.latestDayCovering('2025-01-10', 800)).toBeUndefined();
  });
});

describe('the calendar data', () => {
  test('the checked-in years equal what the chinese-days package says (an upgrade shows up here)', () => {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(
      readFileSync(
        join(require.resolve('chinese-days/package.json'), '..', 'dist', 'chinese-days.json'),
        'utf8',
      ),
    ) as { holidays: Record<string, string>; workdays: Record<string, string> };
    for (const y of PACKAGED_YEARS) {
      const off = Object.keys(pkg.holidays)
        .filter((d) => d.startsWith(`${y.year}-`))
        .sort();
      const work = Object.keys(pkg.workdays)
        .filter((d) => d.startsWith(`${y.year}-`))
        .sort();
      expect(Object.keys(y.holidays).sort(), `${y.year} days off`).toEqual(off);
      expect(Object.keys(y.makeUpWorkdays).sort(), `${y.year} make-up days`).toEqual(work);
    }
  });

  test('every year has 2 make-up days or more and its Spring Festival break', () => {
    for (const y of PACKAGED_YEARS) {
      expect(Object.values(y.holidays)).toContain('春节');
      expect(Object.keys(y.makeUpWorkdays).length).toBeGreaterThanOrEqual(2);
    }
  });

  test('storing a year changes the data version; the same data gives the same version', () => {
    const y2027 = {
      year: 2027,
      source: { title: 't', issuer: '国务院办公厅' },
      holidays: { '2027-01-01': '元旦' },
      makeUpWorkdays: {},
    };
    expect(cal.withYears([y2027]).dataVersion).not.toBe(cal.dataVersion);
    expect(cal.withYears([y2027]).dataVersion).toBe(cal.withYears([y2027]).dataVersion);
    expect(new WorkingDayCalendar(PACKAGED_YEARS).dataVersion).toBe(cal.dataVersion);
  });

  test('a stored year overrides the packaged one', () => {
    const changed = { ...PACKAGED_YEARS.find((y) => y.year === 2026)!, makeUpWorkdays: {} };
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.withYears([changed]).isWorkingDay('2026-02-14')).toBe(false);
  });
});

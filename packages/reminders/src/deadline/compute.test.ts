import { WorkingDayCalendar } from '@zhengling/rules-core/calendar';
import { describe, expect, test } from 'vitest';
import { computeDueDate } from './compute';

const cal = WorkingDayCalendar.default();

describe('a deadline computed from its rule', () => {
  test('10 working days from receipt on 2026-02-13 run across the Spring Festival to 2026-03-05, counting both make-up Saturdays', () => {
    const r = computeDueDate({ startDate: '2026-02-13', length: 10, unit: 'working_days' }, [], cal);
    expect(r.dueDate).toBe('2026-03-05');
    expect(r.explanation.counted).toContain('2026-02-14');
    expect(r.explanation.counted).toContain('2026-02-28');
    expect(r.explanation.skipped.filter((s) => s.reason === 'holiday').map((s) => s.date)).toContain(
      '2026-02-17',
    );
  });

  test('a lawful pause stops the clock: the working days paused are not counted', () => {
    // paused from Monday 2026-03-02 to Monday 2026-03-09: five working days not counted
    const r = computeDueDate(
      { startDate: '2026-02-13', length: 10, unit: 'working_days' },
      [
        { type: 'pause', effectiveOn: '2026-03-02' },
        { type: 'resume', effectiveOn: '2026-03-09' },
      ],
      cal,
    );
    expect(r.dueDate).toBe('2026-03-12');
    expect(r.explanation.pauses).toEqual([{ from: '2026-03-02', to: '2026-03-09', daysNotCounted: 5 }]);
  });

  test('an open pause marks the deadline paused', () => {
    expect(
      computeDueDate(
        { startDate: '2026-02-13', length: 10, unit: 'working_days' },
        [{ type: 'pause', effectiveOn: '2026-03-02' }],
        cal,
      ).paused,
    ).toBe(true);
  });

  test('an extension adds its length (20 + 20 working days, as the disclosure regulation allows once)', () => {
    const r = computeDueDate(
      { startDate: '2026-06-01', length: 20, unit: 'working_days' },
      [{ type: 'extension', length: 20 }],
      cal,
    );
    expect(r.explanation.totalLength).toBe(40);
    expect(r.dueDate).toBe(cal.addWorkingDays('2026-06-01', 40));
  });

  test('months end on the last day of a shorter month; calendar days ignore holidays', () => {
    expect(computeDueDate({ startDate: '2026-01-31', length: 1, unit: 'months' }, [], cal).dueDate).toBe(
      '2026-02-28',
    );
    expect(
      computeDueDate({ startDate: '2026-02-13', length: 15, unit: 'calendar_days' }, [], cal).dueDate,
    ).toBe('2026-02-28');
  });

  test('a deadline that reaches a year without calendar data is an error naming the year, never a guess', () => {
    expect(() =>
      computeDueDate({ startDate: '2026-12-20', length: 20, unit: 'working_days' }, [], cal),
    ).toThrow(/2027/);
  });
});

// Due dates checked against dates worked out by hand from the State Council's notices, not against the calendar
// function the computation is built on. 2025 (国务院办公厅关于2025年部分节假日安排的通知): Spring Festival off 01-28 to
// 02-04, make-up working days Sunday 01-26 and Saturday 02-08; National Day with Mid-Autumn off 10-01 to 10-08,
// make-up Sunday 09-28 and Saturday 10-11. 2026 (…关于2026年部分节假日安排的通知): Spring Festival off 02-15 to 02-23,
// make-up Saturdays 02-14 and 02-28; National Day off 10-01 to 10-07, make-up Sunday 09-20 and Saturday 10-10.
// "Within N working days of the start" counts from the day after the start.
import { WorkingDayCalendar } from '@zhengling/rules-core/calendar';
import { describe, expect, test } from 'vitest';
import { type Adjustment, computeDueDate, type DeadlineUnit } from './compute';

const cal = WorkingDayCalendar.default();
const due = (
  startDate: string,
  length: number,
  unit: DeadlineUnit = 'working_days',
  adj: Adjustment[] = [],
) => computeDueDate({ startDate, length, unit }, adj, cal);

describe('working days across the holidays, worked out by hand', () => {
  test.each([
    // Spring Festival 2026
    ['2026-02-12', 1, '2026-02-13', 'Thursday → the Friday'],
    ['2026-02-12', 2, '2026-02-14', 'the make-up Saturday counts'],
    ['2026-02-12', 3, '2026-02-24', 'the nine days off are passed over'],
    ['2026-02-13', 10, '2026-03-05', 'both make-up Saturdays count'],
    ['2026-02-24', 4, '2026-02-28', 'the second make-up Saturday is the fourth day'],
    ['2026-02-24', 5, '2026-03-02', 'then the Sunday is passed over'],
    // National Day 2026
    ['2026-09-18', 1, '2026-09-20', 'the make-up Sunday is the first working day'],
    ['2026-09-18', 2, '2026-09-21', 'Monday after it'],
    ['2026-09-30', 1, '2026-10-08', 'seven days off'],
    ['2026-09-30', 3, '2026-10-10', 'the make-up Saturday'],
    ['2026-09-30', 5, '2026-10-13', 'Sunday 10-11 passed over'],
    // Spring Festival 2025
    ['2025-01-24', 1, '2025-01-26', 'the make-up Sunday'],
    ['2025-01-24', 3, '2025-02-05', 'eight days off'],
    ['2025-01-24', 6, '2025-02-08', 'the make-up Saturday'],
    // National Day and Mid-Autumn 2025
    ['2025-09-26', 1, '2025-09-28', 'the make-up Sunday'],
    ['2025-09-26', 4, '2025-10-09', 'eight days off'],
    ['2025-09-26', 6, '2025-10-11', 'the make-up Saturday'],
    // an ordinary week
    ['2026-03-06', 5, '2026-03-13', 'Friday + 5 → the next Friday'],
  ])('%s + %i working days is %s (%s)', (start, n, expected) => {
    expect(due(start, n).dueDate).toBe(expected);
  });
});

describe('what the explanation says of the days passed over', () => {
  const r = due('2026-02-13', 10);
  const reason = (date: string) => r.explanation.skipped.find((s) => s.date === date);
  test('a weekday of the Spring Festival is a named holiday', () => {
    expect(reason('2026-02-16')).toEqual({
      date: '2026-02-16',
      reason: 'holiday',
      name: expect.stringContaining('春节'),
    });
  });
  test('a Sunday inside the break is the holiday too, not a weekend', () => {
    expect(reason('2026-02-15')).toMatchObject({ reason: 'holiday' });
  });
  test('an ordinary Sunday is a weekend, not a holiday', () => {
    expect(reason('2026-03-01')).toEqual({ date: '2026-03-01', reason: 'weekend' });
  });
  test('the make-up Saturdays are counted, not passed over', () => {
    expect(r.explanation.counted).toEqual([
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
  });
});

describe('pauses stop every kind of clock', () => {
  test('10 working days from Friday 2026-03-06, paused Tuesday 03-10 to Thursday 03-12: two days not counted', () => {
    const r = due('2026-03-06', 10, 'working_days', [
      { type: 'pause', effectiveOn: '2026-03-10' },
      { type: 'resume', effectiveOn: '2026-03-12' },
    ]);
    expect(r.dueDate).toBe('2026-03-24'); // 03-20 without the pause, then Monday 23 and Tuesday 24
  });
  test('10 calendar days from 2026-03-02 are 03-12; paused 03-05 to 03-08, three days later: 03-15', () => {
    expect(due('2026-03-02', 10, 'calendar_days').dueDate).toBe('2026-03-12');
    const r = due('2026-03-02', 10, 'calendar_days', [
      { type: 'pause', effectiveOn: '2026-03-05' },
      { type: 'resume', effectiveOn: '2026-03-08' },
    ]);
    expect(r.dueDate).toBe('2026-03-15');
    expect(r.explanation.pauses).toEqual([{ from: '2026-03-05', to: '2026-03-08', daysNotCounted: 3 }]);
  });
  test('one month from 2026-01-15 is 02-15; paused five days, 02-20', () => {
    expect(due('2026-01-15', 1, 'months').dueDate).toBe('2026-02-15');
    expect(
      due('2026-01-15', 1, 'months', [
        { type: 'pause', effectiveOn: '2026-01-20' },
        { type: 'resume', effectiveOn: '2026-01-25' },
      ]).dueDate,
    ).toBe('2026-02-20');
  });
  test('calendar days are not working days: 15 calendar days from 2026-02-13 end on 02-28 through the holiday', () => {
    expect(due('2026-02-13', 15, 'calendar_days').dueDate).toBe('2026-02-28');
  });
  test('an extension of 20 working days on 20, from Monday 2026-06-01 (Dragon Boat 06-19 off): 2026-07-28', () => {
    // June 2–30 has 21 weekdays; less the festival Friday 06-19, 20 working days: the 20th is Tuesday 06-30.
    // July 1–28 has 20 weekdays: the 40th is Tuesday 07-28.
    const r = due('2026-06-01', 20, 'working_days', [{ type: 'extension', length: 20 }]);
    expect(r.explanation.totalLength).toBe(40);
    expect(due('2026-06-01', 20).dueDate).toBe('2026-06-30');
    expect(r.dueDate).toBe('2026-07-28');
  });
});

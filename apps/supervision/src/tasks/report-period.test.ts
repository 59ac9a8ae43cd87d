import { describe, expect, test } from 'vitest';
import { nextPeriod, periodLabel, reportPeriodFrom } from './report-period';

describe('reporting periods', () => {
  test('a monthly task started on 2026-03-10 first reports for March, due on the 25th', () => {
    expect(reportPeriodFrom('2026-03-10', '2026-12-31', 'monthly', 25)).toEqual({
      period: '2026-03',
      due: '2026-03-25',
    });
  });
  test('started after the report day, the first report is next month’s', () => {
    expect(reportPeriodFrom('2026-03-26', '2026-12-31', 'monthly', 25)).toEqual({
      period: '2026-04',
      due: '2026-04-25',
    });
  });
  test('quarterly reports fall in the quarter’s last month', () => {
    expect(reportPeriodFrom('2026-02-01', '2026-12-31', 'quarterly', 25)).toEqual({
      period: '2026-Q1',
      due: '2026-03-25',
    });
  });
  test('no periodic report when the task is due before the report day, or has no cycle', () => {
    expect(reportPeriodFrom('2026-12-01', '2026-12-20', 'monthly', 25)).toBeNull();
    expect(reportPeriodFrom('2026-03-01', '2026-12-31', 'none', 25)).toBeNull();
  });
  test('periods roll over the year', () => {
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(nextPeriod('2026-Q4')).toBe('2027-Q1');
    expect(periodLabel('2026-03')).toBe('2026年3月');
    expect(periodLabel('2026-Q2')).toBe('2026年第2季度');
  });
});

test('a period starts on its first day', async () => {
  const { periodStart } = await import('./report-period');
  expect(periodStart('2026-03')).toBe('2026-03-01');
  expect(periodStart('2026-Q2')).toBe('2026-04-01');
});

import { describe, expect, test } from 'vitest';
import { expectedPercent, progressStatus } from './progress-status';

const th = { yellowPoints: 10, redPoints: 30, aheadPoints: 10 };
const task = (percent: number, extra: Partial<Parameters<typeof progressStatus>[0]> = {}) => ({
  state: 'open' as const,
  percent,
  reported: true,
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  ...extra,
});

describe('序时进度: where a task should be by now', () => {
  test.each([
    ['2026-01-01', 0],
    ['2026-07-02', 50],
    ['2026-12-31', 100],
    ['2027-03-01', 100],
    ['2025-12-01', 0],
  ])('on %s a task running through 2026 should be %i%% done', (asOf, pct) => {
    expect(expectedPercent('2026-01-01', '2026-12-31', asOf)).toBe(pct);
  });

  test.each([
    // expected 50 on 2026-07-02
    [50, 'in_progress', 'green'],
    [40, 'in_progress', 'green'], // exactly 10 points behind: still green (「落后10个百分点以上」 is yellow)
    [39, 'behind', 'yellow'],
    [20, 'behind', 'yellow'], // 30 points behind: yellow, not yet red
    [19, 'behind', 'red'],
    [60, 'in_progress', 'green'], // 10 ahead: on track
    [61, 'ahead', 'green'],
  ] as const)('at %i%% against 50%% expected the task is %s with a %s light', (percent, status, light) => {
    const r = progressStatus(task(percent), '2026-07-02', th);
    expect([r.status, r.light]).toEqual([status, light]);
  });

  test('a task not yet begun, or with nothing reported while little time has passed, is 未开始', () => {
    expect(progressStatus(task(0, { reported: false }), '2026-01-20', th).status).toBe('not_started');
    expect(progressStatus(task(0, { startDate: '2026-03-01' }), '2026-02-01', th).status).toBe('not_started');
  });

  test('nothing reported when much time has passed is 滞后, not 未开始', () => {
    expect(progressStatus(task(0, { reported: false }), '2026-07-02', th)).toMatchObject({
      status: 'behind',
      light: 'red',
    });
  });

  test('completed and returned tasks say so whatever the percentage', () => {
    expect(progressStatus(task(10, { state: 'completed' }), '2026-07-02', th).status).toBe('completed');
    expect(progressStatus(task(100, { state: 'returned' }), '2026-07-02', th).status).toBe('returned');
  });
});

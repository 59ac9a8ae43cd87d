import { describe, expect, test } from 'vitest';
import { proseDate, proseDayOf, tableDate, tableDateTime, workingDaysWords, yuan } from './format';

describe('dates and deadlines as staff read them', () => {
  test('prose dates are 2026年11月23日, table dates 2026-11-23', () => {
    expect(proseDate('2026-11-23')).toBe('2026年11月23日');
    expect(proseDate(new Date('2026-03-05T00:00:00Z'))).toBe('2026年3月5日');
    expect(tableDate('2026-11-23T00:00:00.000Z')).toBe('2026-11-23');
    expect(proseDate(null)).toBe('—');
  });
  test('an instant shows on China’s clock: 23:30 UTC is the next morning in Chongqing', () => {
    expect(tableDateTime('2026-11-23T23:30:00.000Z')).toBe('2026-11-24 07:30');
    expect(proseDayOf('2026-11-23T23:30:00.000Z')).toBe('2026年11月24日');
  });
  test.each([
    [3, '剩余 3 个工作日'],
    [0, '今日到期'],
    [-2, '已逾期 2 个工作日'],
  ])('%i working days left reads “%s”', (n, words) => {
    expect(workingDaysWords(n)).toBe(words);
  });
  test('amounts name their unit', () => {
    expect(yuan('3999999.99')).toBe('3,999,999.99 元');
    expect(yuan(5_000_000, '万元')).toBe('500 万元');
  });
});

import { expect, test } from 'vitest';
import { numberSortOf } from './number-sort';

test('task numbers sort as people count: 1.9 before 1.10, 4号 before 12号', () => {
  const numbers = ['1.10', '2', '1.9', '1', '开州督批〔2026〕12号', '开州督批〔2026〕4号'];
  expect([...numbers].sort((a, b) => (numberSortOf(a) < numberSortOf(b) ? -1 : 1))).toEqual([
    '1',
    '1.9',
    '1.10',
    '2',
    '开州督批〔2026〕4号',
    '开州督批〔2026〕12号',
  ]);
});

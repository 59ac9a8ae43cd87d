import { describe, expect, test } from 'vitest';
import { OUTCOME_GROUPS } from '../annual-report/layout';
import { CLOCKS, WITHHOLDING_REASONS } from './regulation';

describe('the disclosure regulation as configuration with its articles', () => {
  test('the 2019 clocks, not the repealed 2007 15 + 15', () => {
    expect([CLOCKS.answer.length, CLOCKS.extension.length, CLOCKS.proactive.length]).toEqual([20, 20, 20]);
    expect(CLOCKS.answer.source).toContain('第三十三条');
  });

  test('every reason to withhold names its article; the annual report’s 不予公开 rows 1–7 each have one', () => {
    for (const r of WITHHOLDING_REASONS) expect(r.article).toMatch(/^第.+条/);
    const notDisclosed = OUTCOME_GROUPS.find((g) => g.id === 'not-disclosed')!.rows.map((r) => r.id);
    const covered = new Set(WITHHOLDING_REASONS.map((r) => r.reportRow).filter(Boolean));
    // 8．属于行政查询事项 is an answer to an application (the matter goes through its own inquiry channel), not a
    // reason to mark a document withheld
    expect(notDisclosed.filter((r) => !covered.has(r))).toEqual(['inquiry-matters']);
  });
});

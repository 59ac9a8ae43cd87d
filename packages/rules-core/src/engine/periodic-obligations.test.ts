import { describe, expect, test } from 'vitest';
import { findRule } from '../rules';
import { PERIODIC_OBLIGATIONS, periodicObligationsOf } from './periodic-obligations';

describe('periodic obligations', () => {
  test.each(PERIODIC_OBLIGATIONS.map((o) => [`${o.district}/${o.id}`, o] as const))(
    '%s cites a rule of its own district',
    (_k, o) => {
      const rule = findRule(o.ruleId);
      expect(rule, o.ruleId).toBeDefined();
      expect(rule!.district).toBe(o.district);
    },
  );

  test('Shapingba holds its executive meeting in principle weekly and its plenary generally yearly', () => {
    const spb = periodicObligationsOf('shapingba');
    expect(spb.find((o) => o.id === 'executive-meeting')).toMatchObject({
      period: { kind: 'per-week', count: 1 },
      strength: 'in-principle',
    });
    expect(spb.find((o) => o.id === 'plenary-meeting')).toMatchObject({
      period: { kind: 'per-year', count: 1 },
      strength: 'generally',
    });
  });

  test('Kaizhou has no meeting frequencies (its 工作细则 are external) and no cleanup cycle', () => {
    const kz = periodicObligationsOf('kaizhou').map((o) => o.id);
    expect(kz).not.toContain('executive-meeting');
    expect(kz).not.toContain('normative-document-cleanup');
    expect(kz).toEqual(['department-assessment', 'work-report-tasks']);
  });

  test('no obligation invents a date the seeds do not give', () => {
    for (const o of PERIODIC_OBLIGATIONS) expect(JSON.stringify(o.period)).not.toMatch(/month|weekday|day":/);
  });
});

test('obligations follow the rules in force on asOf, and a district is never defaulted', () => {
  expect(periodicObligationsOf('shapingba', '2021-12-31')).toEqual([]);
  expect(periodicObligationsOf('shapingba', '2022-01-25').length).toBeGreaterThan(0);
  expect(() => periodicObligationsOf('chongqing' as never)).toThrow(/district/);
});

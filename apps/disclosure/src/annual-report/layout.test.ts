import { describe, expect, test } from 'vitest';
import {
  APPLICANT_COLUMNS,
  type AnnualReport,
  checkAnnualReport,
  emptyPerApplicant,
  OUTCOME_ROWS,
  outcomesTotal,
  rowTotal,
} from './layout';

const per = (natural: number, business = 0) => ({ ...emptyPerApplicant(), 'natural-person': natural, business });

function report(): AnnualReport {
  const outcomes = Object.fromEntries(OUTCOME_ROWS.map((r) => [r, emptyPerApplicant()])) as AnnualReport['applications']['outcomes'];
  outcomes.disclosed = per(20, 3);
  outcomes['partly-disclosed'] = per(4);
  outcomes['not-held'] = per(5, 1);
  outcomes.duplicate = per(1);
  const zero = { upheld: 0, corrected: 0, other: 0, pending: 0 };
  return {
    year: 2025,
    body: '重庆市开州区人民政府',
    overview: '',
    proactive: {
      rules: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 6, repealed: 2, inForce: 41 },
      licensing: { decisions: 1520 },
      penalties: { decisions: 377 },
      enforcement: { decisions: 12 },
      fees: { amountWanYuan: 135.27 },
    },
    applications: { received: per(31, 4), carriedOver: per(2), outcomes, carriedForward: per(3) },
    reviewAndLitigation: { review: { ...zero, upheld: 1 }, 'suit-without-review': zero, 'suit-after-review': zero },
    problems: '',
    otherMatters: '',
  };
}

describe('the annual report’s national layout (国办公开办函〔2021〕30号)', () => {
  test('has the six applicant columns and the 25 outcome rows of the layout', () => {
    expect(APPLICANT_COLUMNS.map((c) => c.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(OUTCOME_ROWS).toHaveLength(2 + 8 + 3 + 5 + 3);
  });

  test('a fee such as 0.29 万元 is accepted despite binary floating point', () => {
    const r = report();
    r.proactive.fees.amountWanYuan = 0.29;
    expect(checkAnnualReport(r)).toEqual([]);
  });

  test('a report whose outcomes and carry-forward equal what was received and carried over is consistent', () => {
    const r = report();
    expect(checkAnnualReport(r)).toEqual([]);
    expect(rowTotal(outcomesTotal(r.applications.outcomes))).toBe(34);
  });

  test('a column that does not add up is named with both sides of the sum', () => {
    const r = report();
    r.applications.outcomes.disclosed.business = 2;
    expect(checkAnnualReport(r)).toEqual([
      {
        part: '（三）',
        where: '商业企业',
        message: '商业企业：办理结果总计 3 + 结转下年度 0 = 3，应等于本年新收 4 + 上年结转 0 = 4',
      },
    ]);
  });

  test('counts are whole and not negative; the fee is 万元 with at most four decimals', () => {
    const r = report();
    r.proactive.penalties.decisions = -1;
    r.proactive.fees.amountWanYuan = 1.23456;
    expect(checkAnnualReport(r).map((p) => p.where)).toEqual([
      '行政处罚·本年处理决定数量',
      '行政事业性收费·本年收费金额（单位：万元）',
    ]);
  });
});

// The annual report on government information disclosure (政府信息公开工作年度报告, 《政府信息公开条例》art.49–50) in
// the national layout of 国办公开办函〔2021〕30号 (2021-09-26): six parts, three of them tables. This module is the
// layout and its arithmetic only — the figures come from the disclosure registry and the applications (issue 10) —
// so that a report is checked the same way whatever filled it: the outcomes' total plus what is carried to next year
// equals what was received this year plus what was carried over, in every applicant column (shared/DOMAIN.md).

export const LAYOUT_SOURCE = {
  title: '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知',
  documentNumber: '国办公开办函〔2021〕30号',
  date: '2021-09-26',
} as const;

/** (二) proactive disclosure: the kinds of documents and decisions counted. */
export const PROACTIVE_ROWS = {
  rules: { label: '规章', figures: ['issued', 'repealed', 'inForce'] },
  normativeDocuments: { label: '行政规范性文件', figures: ['issued', 'repealed', 'inForce'] },
  licensing: { label: '行政许可', figures: ['decisions'] },
  penalties: { label: '行政处罚', figures: ['decisions'] },
  enforcement: { label: '行政强制', figures: ['decisions'] },
  fees: { label: '行政事业性收费', figures: ['amountWanYuan'] },
} as const;
export const PROACTIVE_FIGURE_LABEL = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
  decisions: '本年处理决定数量',
  amountWanYuan: '本年收费金额（单位：万元）',
} as const;

/** (三) the applicant columns; 总计 is computed. */
export const APPLICANT_COLUMNS = [
  { id: 'natural-person', label: '自然人' },
  { id: 'business', label: '商业企业' },
  { id: 'research', label: '科研机构' },
  { id: 'public-interest', label: '社会公益组织' },
  { id: 'legal-service', label: '法律服务机构' },
  { id: 'other-organisation', label: '其他' },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['id'];

/** (三) 三、本年度办理结果: the outcome rows in the layout's order, grouped as it groups them. */
export const OUTCOME_GROUPS = [
  { id: 'disclosed', label: '（一）予以公开', rows: [{ id: 'disclosed', label: '予以公开' }] },
  {
    id: 'partly-disclosed',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    rows: [{ id: 'partly-disclosed', label: '部分公开' }],
  },
  {
    id: 'not-disclosed',
    label: '（三）不予公开',
    rows: [
      { id: 'state-secret', label: '1．属于国家秘密' },
      { id: 'forbidden-by-law', label: '2．其他法律行政法规禁止公开' },
      { id: 'three-securities', label: '3．危及“三安全一稳定”' },
      { id: 'third-party-rights', label: '4．保护第三方合法权益' },
      { id: 'internal-affairs', label: '5．属于三类内部事务信息' },
      { id: 'process-information', label: '6．属于四类过程性信息' },
      { id: 'enforcement-files', label: '7．属于行政执法案卷' },
      { id: 'inquiry-matters', label: '8．属于行政查询事项' },
    ],
  },
  {
    id: 'cannot-provide',
    label: '（四）无法提供',
    rows: [
      { id: 'not-held', label: '1．本机关不掌握相关政府信息' },
      { id: 'would-need-making', label: '2．没有现成信息需要另行制作' },
      { id: 'unclear-after-supplement', label: '3．补正后申请内容仍不明确' },
    ],
  },
  {
    id: 'not-processed',
    label: '（五）不予处理',
    rows: [
      { id: 'petition-type', label: '1．信访举报投诉类申请' },
      { id: 'duplicate', label: '2．重复申请' },
      { id: 'publication', label: '3．要求提供公开出版物' },
      { id: 'massive-repeated', label: '4．无正当理由大量反复申请' },
      { id: 'confirm-or-reissue', label: '5．要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    id: 'other',
    label: '（六）其他处理',
    rows: [
      { id: 'no-supplement', label: '1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { id: 'fee-not-paid', label: '2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { id: 'other', label: '3．其他' },
    ],
  },
] as const;
export type OutcomeRow = (typeof OUTCOME_GROUPS)[number]['rows'][number]['id'];
export const OUTCOME_ROWS: readonly OutcomeRow[] = OUTCOME_GROUPS.flatMap((g) => g.rows.map((r) => r.id));

/** (四) review and litigation: the result columns; 总计 is computed. */
export const REVIEW_RESULTS = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
] as const;
export const REVIEW_KINDS = [
  { id: 'review', label: '行政复议' },
  { id: 'suit-without-review', label: '行政诉讼（未经复议直接起诉）' },
  { id: 'suit-after-review', label: '行政诉讼（复议后起诉）' },
] as const;

type PerApplicant = Record<ApplicantColumn, number>;

export interface AnnualReport {
  year: number;
  /** the reporting body: a department, or the district government */
  body: string;
  overview: string;
  proactive: {
    [K in keyof typeof PROACTIVE_ROWS]: Record<(typeof PROACTIVE_ROWS)[K]['figures'][number], number>;
  };
  applications: {
    received: PerApplicant;
    carriedOver: PerApplicant;
    outcomes: Record<OutcomeRow, PerApplicant>;
    carriedForward: PerApplicant;
  };
  reviewAndLitigation: Record<(typeof REVIEW_KINDS)[number]['id'], Record<(typeof REVIEW_RESULTS)[number]['id'], number>>;
  problems: string;
  otherMatters: string;
}

export const emptyPerApplicant = (): PerApplicant =>
  Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.id, 0])) as PerApplicant;

/** 总计 of a row: the sum over the applicant columns. */
export const rowTotal = (row: PerApplicant): number => APPLICANT_COLUMNS.reduce((s, c) => s + row[c.id], 0);

/** （七）总计 per applicant column: the sum of every outcome row. */
export function outcomesTotal(outcomes: Record<OutcomeRow, PerApplicant>): PerApplicant {
  const total = emptyPerApplicant();
  for (const row of OUTCOME_ROWS) for (const c of APPLICANT_COLUMNS) total[c.id] += outcomes[row][c.id];
  return total;
}

export interface LayoutProblem {
  part: string;
  where: string;
  message: string;
}

/**
 * What does not add up or cannot be, in Chinese with its place in the layout. An empty list means the report is
 * consistent: every figure a whole number ≥ 0 (the fee amount: ≥ 0 with at most 4 decimals of 万元), and in every
 * applicant column 总计 + 结转下年度 = 新收 + 上年结转.
 */
export function checkAnnualReport(r: AnnualReport): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const count = (part: string, where: string, v: number) => {
    if (!Number.isInteger(v) || v < 0) problems.push({ part, where, message: `${where}应为非负整数，而不是 ${v}` });
  };
  for (const [key, def] of Object.entries(PROACTIVE_ROWS))
    for (const f of def.figures) {
      const v = (r.proactive as Record<string, Record<string, number>>)[key]![f]!;
      const where = `${def.label}·${PROACTIVE_FIGURE_LABEL[f]}`;
      if (f === 'amountWanYuan') {
        // (compared with a tolerance: 0.29 × 10,000 is 2900.0000000000005 in binary floating point)
        if (!(v >= 0) || Math.abs(Math.round(v * 10_000) - v * 10_000) > 1e-6)
          problems.push({ part: '（二）', where, message: `${where}应为不小于0、最多4位小数的万元数` });
      } else count('（二）', where, v);
    }
  const a = r.applications;
  const rows: [string, PerApplicant][] = [
    ['一、本年新收', a.received],
    ['二、上年结转', a.carriedOver],
    ...OUTCOME_GROUPS.flatMap((g) => g.rows.map((row) => [`${g.label}${row.label}`, a.outcomes[row.id]] as [string, PerApplicant])),
    ['四、结转下年度继续办理', a.carriedForward],
  ];
  for (const [label, row] of rows) for (const c of APPLICANT_COLUMNS) count('（三）', `${label}·${c.label}`, row[c.id]);
  const total = outcomesTotal(a.outcomes);
  for (const c of APPLICANT_COLUMNS) {
    const left = total[c.id] + a.carriedForward[c.id];
    const right = a.received[c.id] + a.carriedOver[c.id];
    if (left !== right)
      problems.push({
        part: '（三）',
        where: c.label,
        message: `${c.label}：办理结果总计 ${total[c.id]} + 结转下年度 ${a.carriedForward[c.id]} = ${left}，应等于本年新收 ${a.received[c.id]} + 上年结转 ${a.carriedOver[c.id]} = ${right}`,
      });
  }
  for (const k of REVIEW_KINDS)
    for (const res of REVIEW_RESULTS) count('（四）', `${k.label}·${res.label}`, r.reviewAndLitigation[k.id][res.id]);
  return problems;
}

// The annual report as a document: the six parts of the national layout as structured blocks (the tables as table
// blocks), so the same body is printed by staff, published through the workflow and shown on the portal.
import type { Body } from '../items/body';
import {
  type AnnualReport,
  APPLICANT_COLUMNS,
  LAYOUT_SOURCE,
  OUTCOME_GROUPS,
  outcomesTotal,
  PROACTIVE_FIGURE_LABEL,
  PROACTIVE_ROWS,
  REVIEW_KINDS,
  REVIEW_RESULTS,
  rowTotal,
} from './layout';

const paragraphs = (text: string, empty: string): Body =>
  (text.trim() ? text.trim().split(/\n+/) : [empty]).map((t) => ({ type: 'paragraph' as const, text: t.trim() }));

export function reportTitle(body: string, year: number) {
  return `${body}${year}年政府信息公开工作年度报告`;
}

export function reportDocument(r: AnnualReport): Body {
  const n = (v: number) => String(v);
  const proactiveRows: string[][] = [['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']];
  proactiveRows.push(['规章', n(r.proactive.rules.issued), n(r.proactive.rules.repealed), n(r.proactive.rules.inForce)]);
  proactiveRows.push([
    '行政规范性文件',
    n(r.proactive.normativeDocuments.issued),
    n(r.proactive.normativeDocuments.repealed),
    n(r.proactive.normativeDocuments.inForce),
  ]);
  const decisions: string[][] = [['信息内容', PROACTIVE_FIGURE_LABEL.decisions]];
  for (const k of ['licensing', 'penalties', 'enforcement'] as const) decisions.push([PROACTIVE_ROWS[k].label, n(r.proactive[k].decisions)]);
  const fees = [
    ['信息内容', PROACTIVE_FIGURE_LABEL.amountWanYuan],
    [PROACTIVE_ROWS.fees.label, String(r.proactive.fees.amountWanYuan)],
  ];
  const a = r.applications;
  const header = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ...APPLICANT_COLUMNS.map((c) => c.label), '总计'];
  const line = (label: string, row: Record<string, number>) => [label, ...APPLICANT_COLUMNS.map((c) => n(row[c.id]!)), n(rowTotal(row as never))];
  const appRows: string[][] = [header, line('一、本年新收政府信息公开申请数量', a.received), line('二、上年结转政府信息公开申请数量', a.carriedOver)];
  for (const g of OUTCOME_GROUPS)
    for (const row of g.rows) appRows.push(line(`三、本年度办理结果 ${g.label} ${g.rows.length > 1 ? row.label : ''}`.trim(), a.outcomes[row.id]));
  appRows.push(line('三、本年度办理结果 （七）总计', outcomesTotal(a.outcomes)));
  appRows.push(line('四、结转下年度继续办理', a.carriedForward));
  const reviewRows: string[][] = [['类别', ...REVIEW_RESULTS.map((x) => x.label), '总计']];
  for (const k of REVIEW_KINDS) {
    const row = r.reviewAndLitigation[k.id];
    reviewRows.push([k.label, ...REVIEW_RESULTS.map((x) => n(row[x.id])), n(REVIEW_RESULTS.reduce((s, x) => s + row[x.id], 0))]);
  }
  return [
    { type: 'paragraph', text: `本报告按照${LAYOUT_SOURCE.documentNumber}规定的格式编制，数据统计期限为${r.year}年1月1日至12月31日。` },
    { type: 'heading', level: 2, text: '一、总体情况' },
    ...paragraphs(r.overview, '（未填写）'),
    { type: 'heading', level: 2, text: '二、主动公开政府信息情况' },
    { type: 'table', rows: proactiveRows },
    { type: 'table', rows: decisions },
    { type: 'table', rows: fees },
    { type: 'heading', level: 2, text: '三、收到和处理政府信息公开申请情况' },
    { type: 'table', rows: appRows },
    { type: 'heading', level: 2, text: '四、政府信息公开行政复议、行政诉讼情况' },
    { type: 'table', rows: reviewRows },
    { type: 'heading', level: 2, text: '五、存在的主要问题及改进情况' },
    ...paragraphs(r.problems, '（未填写）'),
    { type: 'heading', level: 2, text: '六、其他需要报告的事项' },
    ...paragraphs(r.otherMatters, '本年度无其他需要报告的事项。'),
  ];
}

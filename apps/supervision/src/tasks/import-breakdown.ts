// Import a task breakdown from Excel. Every row is checked first; any bad row (reported with its row, column and
// reason in Chinese) refuses the whole workbook, so nothing is half-imported. A good workbook is written in one
// transaction: new task numbers are created, known ones updated (an exported workbook round-trips).
import { type Actor, AppError, isoDate, recordAudit } from '@zhengling/core';
import type { Db, Task, Tx } from '@zhengling/db';
import { leaderInChargeOf } from '@zhengling/directory';
import { createDeadlinesInTx, type NewDeadline } from '@zhengling/reminders';
import type { DistrictId } from '@zhengling/rules-core';
import ExcelJS from 'exceljs';
import { loadSettings } from '../settings/settings';
import { BREAKDOWN_COLUMNS, type BreakdownKey, CYCLE_WORDS, LIST_SEPARATOR, MILESTONE_ITEM } from './breakdown-layout';
import { createTaskInTx } from './create-task';
import { updateTaskInTx } from './update-task';
import type { NewTask } from './task-input';

export interface RowProblem {
  row: number;
  column: string;
  reason: string;
}

export interface ParsedRow {
  row: number;
  number: string;
  parentNumber?: string;
  task: Omit<Extract<NewTask, { kind: 'work_report' }>, 'workReportId' | 'parentId'>;
}

export const MAX_IMPORT_ROWS = 5_000;

/** A cell's text as a person typed it (dates as YYYY-MM-DD, rich text and formulas by their text). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('').trim();
    if ('text' in v) return String(v.text).trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v).trim();
}

/** Read and check every row; the departments are matched by name or short name as the directory spells them. */
export async function parseBreakdown(
  buffer: Uint8Array,
  departments: { id: string; name: string; shortName: string }[],
): Promise<{ rows: ParsedRow[]; problems: RowProblem[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('FILE_REJECTED', '（无法读取该文件，请上传 .xlsx 格式的任务分解表）');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError('FILE_REJECTED', '（工作簿中没有工作表）');
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
  const col = new Map<BreakdownKey, number>();
  const problems: RowProblem[] = [];
  for (const c of BREAKDOWN_COLUMNS) {
    const i = header.indexOf(c.header);
    if (i >= 0) col.set(c.key, i + 1);
    else if (c.key !== 'parentNumber' && c.key !== 'measures' && c.key !== 'milestones' && c.key !== 'co')
      problems.push({ row: 1, column: c.header, reason: `表头缺少“${c.header}”列` });
  }
  if (problems.length) return { rows: [], problems };
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS)
    throw new AppError('FILE_REJECTED', `（一次最多导入 ${MAX_IMPORT_ROWS} 行）`);

  const byName = new Map<string, string>();
  for (const d of departments) {
    byName.set(d.name, d.id);
    byName.set(d.shortName, d.id);
  }
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const get = (k: BreakdownKey) => (col.has(k) ? cellText(r.getCell(col.get(k)!).value) : '');
    const bad = (k: BreakdownKey, reason: string) =>
      problems.push({ row: rowNumber, column: BREAKDOWN_COLUMNS.find((c) => c.key === k)!.header, reason });
    if (BREAKDOWN_COLUMNS.every((c) => get(c.key) === '')) return;
    const number = get('number');
    if (!number) bad('number', '任务编号不能为空');
    else if (!/^[0-9A-Za-z.\-（）()]{1,30}$/.test(number)) bad('number', `任务编号“${number.slice(0, 30)}”格式不正确`);
    else if (seen.has(number)) bad('number', `任务编号 ${number} 与第 ${seen.get(number)} 行重复`);
    else seen.set(number, rowNumber);
    const title = get('title');
    if (!title) bad('title', '任务名称不能为空');
    else if (title.length > 300) bad('title', '任务名称超过300字');
    const measures = get('measures');
    if (measures.length > 4000) bad('measures', '具体措施超过4000字');
    const leadName = get('lead');
    const lead = byName.get(leadName);
    if (!leadName) bad('lead', '牵头单位不能为空');
    else if (!lead) bad('lead', `找不到单位“${leadName.slice(0, 30)}”（请按单位名录填写）`);
    const co: string[] = [];
    for (const name of get('co').split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean)) {
      const id = byName.get(name);
      if (!id) bad('co', `找不到单位“${name.slice(0, 30)}”（请按单位名录填写）`);
      else co.push(id);
    }
    const date = (k: 'startDate' | 'dueDate') => {
      const v = get(k);
      if (!v) return bad(k, '日期不能为空'), undefined;
      const ok = isoDate.safeParse(v.replaceAll('/', '-'));
      if (!ok.success) return bad(k, `“${v.slice(0, 20)}”不是有效日期（格式 2026-03-31）`), undefined;
      return ok.data;
    };
    const startDate = date('startDate');
    const dueDate = date('dueDate');
    if (startDate && dueDate && dueDate < startDate) bad('dueDate', '完成时限早于开始日期');
    const cycleWord = get('cycle') || '每月';
    const cycle = CYCLE_WORDS[cycleWord as keyof typeof CYCLE_WORDS];
    if (!cycle) bad('cycle', `报送周期应为“每月”“每季度”或“不报送”，而不是“${cycleWord.slice(0, 10)}”`);
    const milestones: { title: string; dueDate: string }[] = [];
    for (const item of get('milestones').split(/[；;\n]+/).map((s) => s.trim()).filter(Boolean)) {
      const m = MILESTONE_ITEM.exec(item);
      const d = m ? isoDate.safeParse(m[1]) : undefined;
      if (!m || !d?.success) bad('milestones', `节点“${item.slice(0, 30)}”应写作“2026-03-31 节点内容”`);
      else if (startDate && dueDate && (m[1]! < startDate || m[1]! > dueDate))
        bad('milestones', `节点日期 ${m[1]} 不在开始日期与完成时限之间`);
      else milestones.push({ dueDate: m[1]!, title: m[2]!.slice(0, 200) });
    }
    if (number && title && lead && startDate && dueDate && cycle)
      rows.push({
        row: rowNumber,
        number,
        parentNumber: get('parentNumber') || undefined,
        task: {
          kind: 'work_report',
          number,
          title,
          measures: measures || undefined,
          leadDepartmentId: lead,
          coDepartmentIds: co,
          startDate,
          dueDate,
          reportCycle: cycle,
          milestones,
        },
      });
  });
  for (const r of rows)
    if (r.parentNumber && !seen.has(r.parentNumber))
      problems.push({ row: r.row, column: '上级任务编号', reason: `上级任务 ${r.parentNumber} 不在本表中` });
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 2, column: '任务编号', reason: '表中没有任务' });
  return { rows, problems: problems.sort((a, b) => a.row - b.row) };
}

export interface ImportResult {
  created: number;
  updated: number;
  problems: RowProblem[];
}

export async function importBreakdown(
  db: Db,
  actor: Actor,
  input: { workReportId: string; file: Uint8Array },
  ctx: { district: DistrictId; asOf: string; onProgress?: (done: number, total: number) => void },
): Promise<ImportResult> {
  const report = await db.workReport.findUnique({ where: { id: input.workReportId } });
  if (!report) throw new AppError('NOT_FOUND', '（政府工作报告不存在）');
  const departments = await db.department.findMany({ where: { active: true } });
  const { rows, problems } = await parseBreakdown(input.file, departments);
  if (problems.length) return { created: 0, updated: 0, problems };
  // parents before children, whatever the row order
  const depth = (r: ParsedRow, n = 0): number => {
    const p = r.parentNumber ? rows.find((x) => x.number === r.parentNumber) : undefined;
    return p && n < 10 ? depth(p, n + 1) + 1 : 0;
  };
  const ordered = [...rows].sort((a, b) => depth(a) - depth(b) || a.row - b.row);
  let created = 0;
  let updated = 0;
  await db.$transaction(
    async (tx: Tx) => {
      const settings = await loadSettings(tx);
      const existing = new Map(
        (await tx.task.findMany({ where: { kind: 'work_report', workReportId: report.id } })).map((t) => [t.number, t]),
      );
      const ids = new Map<string, string>([...existing].map(([n, t]) => [n, t.id]));
      // every new row's deadlines are created together once the rows are in (a few statements, not thousands)
      const deferred: { task: Task; due: NewDeadline; report: { period: string; deadline: NewDeadline } | null }[] = [];
      const leaders = new Map<string, ReturnType<typeof leaderInChargeOf>>();
      const leaderLookup: typeof leaderInChargeOf = (db, target, date) => {
        const key = `${target.departmentId}|${target.domain}|${date}`;
        if (!leaders.has(key)) leaders.set(key, leaderInChargeOf(db, target, date));
        return leaders.get(key)!;
      };
      let done = 0;
      for (const r of ordered) {
        const parentId = r.parentNumber ? ids.get(r.parentNumber) : undefined;
        const known: Task | undefined = existing.get(r.number);
        if (known) {
          await updateTaskInTx(tx, actor, known, { ...r.task, parentId: parentId ?? null }, { settings, asOf: ctx.asOf, district: ctx.district });
          updated++;
        } else {
          const t = await createTaskInTx(
            tx,
            actor,
            { ...r.task, workReportId: report.id, parentId },
            { district: ctx.district, asOf: ctx.asOf, settings },
            {
              departmentsChecked: true,
              leaderLookup,
              deferDeadlines: (task, d) => deferred.push({ task, ...d }),
            },
          );
          ids.set(r.number, t.id);
          created++;
        }
        ctx.onProgress?.(++done, ordered.length + 1);
      }
      const dues = await createDeadlinesInTx(tx, actor, deferred.map((d) => d.due));
      const withReport = deferred.filter((d) => d.report);
      const reports = await createDeadlinesInTx(tx, actor, withReport.map((d) => d.report!.deadline));
      const reportOf = new Map(withReport.map((d, i) => [d.task.id, { id: reports[i]!.id, period: d.report!.period }]));
      const links = deferred.map((d, i) => ({
        id: d.task.id,
        due: dues[i]!.id,
        report: reportOf.get(d.task.id)?.id ?? null,
        period: reportOf.get(d.task.id)?.period ?? null,
      }));
      for (let i = 0; i < links.length; i += 1000) {
        const chunk = links.slice(i, i + 1000);
        await tx.$executeRaw`
          UPDATE supervision.task t
             SET due_deadline_id = v.due, report_deadline_id = v.report, report_period = v.period
            FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) AS v(id text, due text, report text, period text)
           WHERE t.id = v.id`;
      }
      ctx.onProgress?.(ordered.length + 1, ordered.length + 1);
      await recordAudit(tx, actor, {
        action: 'work-report.import',
        entityType: 'work-report',
        entityId: report.id,
        after: { rows: rows.length, created, updated },
      });
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
  return { created, updated, problems: [] };
}

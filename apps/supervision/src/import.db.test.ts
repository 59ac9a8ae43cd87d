// The task breakdown from Excel: a bad row refuses the whole workbook, a good one imports as a tree, and an exported
// workbook imports back onto the same tasks.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BREAKDOWN_COLUMNS } from './tasks/breakdown-layout';
import { exportBreakdown } from './tasks/export-breakdown';
import { importBreakdown } from './tasks/import-breakdown';
import { taskScopeOf } from './tasks/scope';
import { startTestServer, type TestServer } from './testing/server';

let env: TestServer;
let reportId = '';
let actor: { kind: 'user'; userId: string; label: string; app: 'supervision' };
let office: { id: string; departmentId: string; roles: ['supervision_office'] };
const ctx = { district: 'kaizhou' as const, asOf: '2026-02-01' };

async function workbook(rows: (string | Date)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解表');
  ws.addRow(BREAKDOWN_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const GOOD: string[][] = [
  ['1', '', '实施教育强区行动', '新建改扩建学校5所', '区教委', '区财政局、区住房城乡建委', '2026-01-01', '2026-12-31', '每月', '2026-06-30 开工建设；2026-11-30 完成主体'],
  ['1.1', '1', '新建汉丰第七小学', '', '区教委', '汉丰街道', '2026-01-01', '2026-09-30', '每季度', ''],
  ['2', '', '推进数字政府建设', '', '大数据发展局', '', '2026-02-01', '2026-12-31', '每月', ''],
];

beforeAll(async () => {
  env = await startTestServer();
  const user = await env.t.db.user.findUniqueOrThrow({ where: { username: 'duchaban' } });
  actor = { kind: 'user', userId: user.id, label: user.username, app: 'supervision' };
  office = { id: user.id, departmentId: user.departmentId, roles: ['supervision_office'] };
  reportId = (
    await env.t.db.workReport.create({
      data: { year: 2026, title: '2026年政府工作报告', adoptedOn: new Date('2026-01-20') },
    })
  ).id;
}, 60_000);
afterAll(async () => env?.close());

describe('importing a task breakdown', () => {
  test('one bad row refuses the whole workbook: each problem named by row, column and reason, nothing written', async () => {
    const rows = [...GOOD, ['3', '', '', '', '区不存在局', '', '2026-13-01', '2026-12-31', '每年', '明年 完成']];
    const res = await importBreakdown(env.t.db, actor, { workReportId: reportId, file: await workbook(rows) }, ctx);
    expect(res.created).toBe(0);
    expect(res.problems).toEqual(
      expect.arrayContaining([
        { row: 5, column: '任务名称', reason: '任务名称不能为空' },
        { row: 5, column: '牵头单位', reason: expect.stringContaining('找不到单位“区不存在局”') },
        { row: 5, column: '开始日期', reason: expect.stringContaining('不是有效日期') },
        { row: 5, column: '报送周期', reason: expect.stringContaining('每年') },
        { row: 5, column: '节点安排', reason: expect.stringContaining('2026-03-31 节点内容') },
      ]),
    );
    expect(await env.t.db.task.count()).toBe(0);
    expect(await env.t.db.deadline.count()).toBe(0);
  });

  test('a workbook that is not .xlsx is refused in Chinese', async () => {
    await expect(
      importBreakdown(env.t.db, actor, { workReportId: reportId, file: new TextEncoder().encode('not excel') }, ctx),
    ).rejects.toMatchObject({ appCode: 'FILE_REJECTED' });
  });

  test('a good workbook imports as a tree with departments as the directory spells them, reporting progress', async () => {
    const progress: number[] = [];
    const res = await importBreakdown(
      env.t.db,
      actor,
      { workReportId: reportId, file: await workbook(GOOD) },
      { ...ctx, onProgress: (done) => progress.push(done) },
    );
    expect(res).toEqual({ created: 3, updated: 0, problems: [] });
    // three rows, then their deadlines together
    expect(progress).toEqual([1, 2, 3, 4]);
    for (const t of await env.t.db.task.findMany()) {
      const due = await env.t.db.deadline.findUniqueOrThrow({ where: { id: t.dueDeadlineId! } });
      expect(due.dueDate.toISOString().slice(0, 10)).toBe(t.dueDate.toISOString().slice(0, 10));
      expect(t.reportPeriod).toBe(t.number === '1.1' ? '2026-Q1' : '2026-02');
      expect(await env.t.db.reminder.count({ where: { deadlineId: t.reportDeadlineId! } })).toBeGreaterThan(0);
    }
    const child = await env.t.db.task.findFirstOrThrow({ where: { number: '1.1' }, include: { parent: true } });
    expect(child.parent?.number).toBe('1');
    const one = await env.t.db.task.findFirstOrThrow({ where: { number: '1' }, include: { milestones: true } });
    expect(one.milestones.map((m) => m.title)).toEqual(['开工建设', '完成主体']);
    expect(one.coDepartmentIds).toHaveLength(2);
  });

  test('an exported workbook imports back onto the same tasks; a changed due date moves the deadline', async () => {
    const scope = await taskScopeOf(env.t.db, office);
    const file = await exportBreakdown(env.t.db, scope, { workReportId: reportId }, ctx.asOf);
    const again = await importBreakdown(env.t.db, actor, { workReportId: reportId, file }, ctx);
    expect(again).toEqual({ created: 0, updated: 3, problems: [] });
    expect(await env.t.db.auditEntry.count({ where: { action: 'task.update' } })).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const dueCol = BREAKDOWN_COLUMNS.findIndex((c) => c.key === 'dueDate') + 1;
    sheet.eachRow((r, n) => {
      if (n > 1 && r.getCell(1).value === '2') r.getCell(dueCol).value = '2026-11-30';
    });
    const changed = new Uint8Array(await wb.xlsx.writeBuffer());
    await importBreakdown(env.t.db, actor, { workReportId: reportId, file: changed }, ctx);
    const two = await env.t.db.task.findFirstOrThrow({ where: { number: '2' } });
    const due = await env.t.db.deadline.findUniqueOrThrow({ where: { id: two.dueDeadlineId! } });
    expect(due.dueDate.toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(await env.t.db.auditEntry.count({ where: { action: 'task.update' } })).toBe(1);
  });
});

// Export a work report's tasks in the import layout (台账), with the progress columns after it: 完成进度, 序时进度,
// 状态. Re-importing the file updates the same tasks (matched by task number); the extra columns are ignored.
import type { Db } from '@zhengling/db';
import ExcelJS from 'exceljs';
import { CYCLE_OF, BREAKDOWN_COLUMNS } from './breakdown-layout';
import { listTasks, type TaskFilter } from './list-tasks';
import { STATUS_LABEL } from './progress-status';
import type { TaskScope } from './scope';

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function exportBreakdown(db: Db, scope: TaskScope, filter: TaskFilter, asOf: string): Promise<Buffer> {
  const departments = new Map((await db.department.findMany()).map((d) => [d.id, d.name]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhengling 政令';
  const sheet = wb.addWorksheet('任务分解表');
  sheet.columns = [
    ...BREAKDOWN_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width })),
    { key: 'percent', header: '完成进度（%）', width: 12 },
    { key: 'expected', header: '序时进度（%）', width: 12 },
    { key: 'status', header: '状态', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  const ids: string[] = [];
  const status = new Map<string, { expected: number; status: keyof typeof STATUS_LABEL }>();
  for (let page = 1; ; page++) {
    const res = await listTasks(db, scope, { ...filter, page, pageSize: 200 }, asOf);
    for (const r of res.items) {
      ids.push(r.id);
      status.set(r.id, { expected: r.expected, status: r.status });
    }
    if (page * 200 >= res.total) break;
  }
  const full = new Map<string, Awaited<ReturnType<typeof loadTasks>>[number]>();
  for (let i = 0; i < ids.length; i += 1000)
    for (const t of await loadTasks(db, ids.slice(i, i + 1000))) full.set(t.id, t);
  const parentIds = [...full.values()].map((t) => t.parentId).filter((x): x is string => !!x);
  const numberOf = new Map(
    (await db.task.findMany({ where: { id: { in: parentIds } }, select: { id: true, number: true } })).map((t) => [
      t.id,
      t.number,
    ]),
  );
  for (const id of ids) {
    const t = full.get(id)!;
    sheet.addRow({
      number: t.number,
      parentNumber: t.parentId ? (numberOf.get(t.parentId) ?? '') : '',
      title: t.title,
      measures: t.measures ?? '',
      lead: departments.get(t.leadDepartmentId) ?? '',
      co: t.coDepartmentIds.map((d) => departments.get(d) ?? '').join('、'),
      startDate: iso(t.startDate),
      dueDate: iso(t.dueDate),
      cycle: CYCLE_OF[t.reportCycle],
      milestones: t.milestones.map((m) => `${iso(m.dueDate)} ${m.title}`).join('；'),
      percent: t.percent,
      expected: status.get(id)?.expected ?? '',
      status: STATUS_LABEL[status.get(id)?.status ?? 'not_started'],
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const loadTasks = (db: Db, ids: string[]) =>
  db.task.findMany({ where: { id: { in: ids } }, include: { milestones: { orderBy: { seq: 'asc' } } } });

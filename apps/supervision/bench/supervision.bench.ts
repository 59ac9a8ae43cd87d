// pnpm bench (supervision): on a private database with the demo district,
//   1. importing a 2,000-row task breakdown: time and peak memory, against reading and checking the same workbook
//      alone (the baseline, same run);
//   2. the task list and the dashboard with 20,000 tasks and 200,000 progress reports: p95 of each (target < 100 ms),
//      against the naive way (load every task in scope and compute 序时进度 in JavaScript), same run.
// Not part of the tests.
import { performance } from 'node:perf_hooks';
import { chinaDate } from '@zhengling/core';
import { createTestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import ExcelJS from 'exceljs';
import { getDashboard } from '../src/dashboard/get-dashboard';
import { loadSettings } from '../src/settings/settings';
import { BREAKDOWN_COLUMNS } from '../src/tasks/breakdown-layout';
import { importBreakdown, parseBreakdown } from '../src/tasks/import-breakdown';
import { listTasks } from '../src/tasks/list-tasks';
import { progressStatus, thresholdsOf } from '../src/tasks/progress-status';
import { taskScopeOf } from '../src/tasks/scope';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
async function timed(runs: number, f: () => Promise<unknown>) {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    out.push(performance.now() - t0);
  }
  return out;
}

const t = await createTestDatabase();
try {
  await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
  const asOf = chinaDate(new Date());
  const office = await t.db.user.findUniqueOrThrow({ where: { username: 'duchaban' } });
  const actor = { kind: 'user' as const, userId: office.id, label: office.username, app: 'supervision' as const };
  const departments = await t.db.department.findMany();

  // ── 1. a 2,000-row workbook: 200 key tasks of 9 sub-tasks each ──────────────────────────────────────────────
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解表');
  ws.addRow(BREAKDOWN_COLUMNS.map((c) => c.header));
  for (let k = 1; k <= 200; k++)
    for (let s = 0; s <= 9; s++) {
      if (ws.rowCount > 2000) break;
      const d = departments[(k * 7 + s) % departments.length]!;
      const co = departments[(k + s + 3) % departments.length]!;
      ws.addRow([
        s === 0 ? `${k}` : `${k}.${s}`,
        s === 0 ? '' : `${k}`,
        `第${k}项重点任务${s === 0 ? '' : `之${s}`}：推进重点领域改革和民生实事`,
        '细化措施，明确节点，压实责任。',
        d.name,
        co.id === d.id ? '' : co.name,
        '2026-01-01',
        '2026-12-31',
        s % 3 === 0 ? '每季度' : '每月',
        '2026-06-30 完成过半；2026-11-30 基本完成',
      ]);
    }
  const file = new Uint8Array(await wb.xlsx.writeBuffer());
  const rows = ws.rowCount - 1;
  const report = await t.db.workReport.create({
    data: { year: 2026, title: '基准测试工作报告', adoptedOn: new Date('2026-01-20') },
  });

  const parseStart = performance.now();
  const parsed = await parseBreakdown(file, departments);
  const parseMs = performance.now() - parseStart;
  if (parsed.problems.length) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const rssBefore = process.memoryUsage().rss;
  const importStart = performance.now();
  const result = await importBreakdown(t.db, actor, { workReportId: report.id, file }, { district: 'kaizhou', asOf });
  const importMs = performance.now() - importStart;
  clearInterval(sampler);
  console.log(`import of a ${rows}-row workbook (${(file.length / 1024).toFixed(0)} KB): ${(importMs / 1000).toFixed(1)} s ` +
    `(${result.created} tasks created, each with its deadlines and reminders, in one transaction); ` +
    `peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (+${((peak - rssBefore) / 2 ** 20).toFixed(0)} MB)`);
  console.log(`  baseline, reading and checking the same workbook only: ${ms(parseMs)} — import/read ratio ${(importMs / parseMs).toFixed(1)}×`);

  // ── 2. 20,000 tasks and 200,000 progress reports ───────────────────────────────────────────────────────────
  const deptIds = departments.map((d) => d.id);
  const leaders = (await t.db.leader.findMany()).map((l) => l.id);
  await t.db.$executeRawUnsafe(`
    INSERT INTO supervision.task (id, kind, work_report_id, number, number_sort, title, lead_department_id, co_department_ids,
      leader_id, start_date, due_date, report_cycle, state, percent, last_reported_at, created_by_id, updated_at)
    SELECT 'bench' || g, 'work_report', '${report.id}', 'B' || g, 'B' || lpad(g::text, 6, '0'), '基准任务 ' || g,
      (ARRAY[${deptIds.map((d) => `'${d}'`).join(',')}])[1 + g % ${deptIds.length}],
      ARRAY[(ARRAY[${deptIds.map((d) => `'${d}'`).join(',')}])[1 + (g * 7) % ${deptIds.length}]],
      (ARRAY[${leaders.map((d) => `'${d}'`).join(',')}])[1 + g % ${leaders.length}],
      DATE '2026-01-01' + (g % 90), DATE '2026-12-31' - (g % 60), 'monthly',
      (CASE WHEN g % 17 = 0 THEN 'completed' WHEN g % 23 = 0 THEN 'returned' ELSE 'open' END)::supervision."TaskState",
      (g * 37) % 101, now(), 'bench', now()
    FROM generate_series(1, ${20_000 - result.created}) g`);
  await t.db.$executeRawUnsafe(`
    INSERT INTO supervision.progress_report (id, task_id, department_id, period, percent, narrative, status,
      submitted_by_id, submitted_at)
    SELECT 'r' || g, t.id, t.lead_department_id, 'P' || g,
      (g * 13) % 101, '进度', 'signed_off', 'bench', now()
    FROM generate_series(1, 200000) g JOIN supervision.task t ON t.id = 'bench' || (1 + g % ${20_000 - result.created})`);
  await t.db.$executeRawUnsafe(`
    INSERT INTO platform.deadline (id, kind, app, entity_type, entity_id, title, department_id, start_event, start_date,
      length, unit, rule_source, due_date, computation, calendar_version, status, met_at, updated_at)
    SELECT 'd' || t.id, 'supervision.work_report', 'supervision', 'task', t.id, t.title, t.lead_department_id, 'bench',
      t.due_date, 0, 'calendar_days', 'bench', t.due_date, '{}'::jsonb, 'bench',
      (CASE WHEN t.state = 'completed' THEN 'met' ELSE 'open' END)::platform."DeadlineStatus",
      CASE WHEN t.state = 'completed' THEN now() END, now()
    FROM supervision.task t WHERE t.id LIKE 'bench%'`);
  await t.db.$executeRawUnsafe('ANALYZE');
  const counts = await t.db.$queryRawUnsafe<{ tasks: number; reports: number }[]>(
    'SELECT (SELECT count(*)::int FROM supervision.task) AS tasks, (SELECT count(*)::int FROM supervision.progress_report) AS reports',
  );
  console.log(`data: ${counts[0]!.tasks} tasks, ${counts[0]!.reports} progress reports`);

  const officeScope = await taskScopeOf(t.db, office);
  const staff = await t.db.user.findUniqueOrThrow({ where: { username: 'jiaowei-staff' } });
  const deptScope = await taskScopeOf(t.db, staff);
  const RUNS = 40;
  const cases: [string, () => Promise<unknown>][] = [
    ['task list, office, first page', () => listTasks(t.db, officeScope, {}, asOf)],
    ['task list, office, status 滞后, page 50', () => listTasks(t.db, officeScope, { status: 'behind', page: 50 }, asOf)],
    ['task list, office, search + sort by due date', () => listTasks(t.db, officeScope, { search: '基准任务 12', sort: 'dueDate', order: 'desc' }, asOf)],
    ['task list, one department (lead or co-handling)', () => listTasks(t.db, deptScope, { status: 'behind' }, asOf)],
    ['dashboard, office', () => getDashboard(t.db, officeScope, asOf)],
    ['dashboard, one department', () => getDashboard(t.db, deptScope, asOf)],
  ];
  // the naive way: every task in scope from the database, 序时进度 computed in JavaScript, filtered, sorted, paged
  const naive = async () => {
    const th = thresholdsOf(await loadSettings(t.db));
    const all = await t.db.task.findMany({ where: officeScope.where });
    const rows = all
      .map((x) => ({
        x,
        s: progressStatus(
          {
            state: x.state,
            percent: x.percent,
            reported: x.lastReportedAt !== null,
            startDate: x.startDate.toISOString().slice(0, 10),
            dueDate: x.dueDate.toISOString().slice(0, 10),
          },
          asOf,
          th,
        ),
      }))
      .filter((r) => r.s.status === 'behind')
      .sort((a, b) => a.x.number.localeCompare(b.x.number));
    return rows.slice(980, 1000);
  };
  for (const [, f] of cases) await f(); // warm up
  await naive();
  const naiveTimes = await timed(10, naive);
  console.log(`baseline, the naive status filter in JavaScript: p95 ${ms(p95(naiveTimes))}`);
  for (const [name, f] of cases) {
    const times = await timed(RUNS, f);
    const v = p95(times);
    console.log(`${name}: p95 ${ms(v)} ${v < 100 ? '(< 100 ms ✓)' : '(over 100 ms ✗)'} — ${(p95(naiveTimes) / v).toFixed(1)}× the naive way`);
  }
} finally {
  await t.drop();
}

// The demo the README's first command shows: tasks in every status, instructions, decisions, every rung of the ladder.
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { loadCalendar } from '@zhengling/reminders';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listTasks } from '../tasks/list-tasks';
import { taskScopeOf } from '../tasks/scope';
import { seedSupervisionDemo, supervisionDemoDay } from './seed-demo';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
}, 60_000);
afterAll(async () => t?.drop());

test('the demo has tasks in every status, instructions, decisions and notices at each rung; a second run adds nothing', async () => {
  const asOf = '2026-11-23';
  expect(await seedSupervisionDemo(t.db, { district: 'kaizhou', asOf })).toEqual({ created: true });
  const office = await t.db.user.findUniqueOrThrow({ where: { username: 'duchaban' } });
  const scope = await taskScopeOf(t.db, office);
  const all = await listTasks(t.db, scope, { kind: 'work_report', pageSize: 200 }, asOf);
  expect(new Set(all.items.map((i) => i.status))).toEqual(
    new Set(['not_started', 'in_progress', 'behind', 'ahead', 'completed', 'returned']),
  );
  expect(await t.db.task.count({ where: { kind: 'instruction' } })).toBe(3);
  expect(await t.db.task.count({ where: { kind: 'meeting_decision' } })).toBe(3);
  expect(await t.db.task.count({ where: { state: 'completion_requested' } })).toBe(1);
  expect(await t.db.progressReport.count({ where: { status: 'awaiting_sign_off' } })).toBe(1);
  expect(new Set((await t.db.notice.findMany()).map((n) => n.level))).toEqual(
    new Set(['reminder', 'urging', 'supervision']),
  );
  expect(await t.db.notice.count({ where: { level: 'supervision', acknowledgedAt: null } })).toBe(1);
  // normative documents at different steps, each taken there by the registry's own use-cases
  const normative = await t.db.normativeDocument.findMany({ include: { filings: true }, orderBy: { createdAt: 'asc' } });
  const byTitle = (part: string) => normative.find((d) => d.title.includes(part))!;
  expect(normative.map((d) => [d.state, d.validity])).toEqual([
    ['in-force', 'in_force'],
    // the interim training measures, repealed by the special cleanup: Kaizhou's rulebook has no cleanup states, so
    // its life stays where it was and its validity says 废止
    ['in-force', 'repealed'],
    ['in-force', 'in_force'],
    ['in-force', 'in_force'],
    ['published', null],
    ['legality-review', null],
    ['drafting', null],
  ]);
  expect(byTitle('行政规范性文件管理办法').filings.every((f) => f.filedOn)).toBe(true);
  expect(byTitle('老旧小区').filings.map((f) => f.filedOn)).toEqual([null, null]);
  // a cleanup finished (one document repealed at the meeting) and one under way, its units at different steps
  const cleanups = await t.db.normativeCleanup.findMany({ include: { items: true, units: true }, orderBy: { openedOn: 'asc' } });
  expect(cleanups.map((c) => c.state)).toEqual(['approved', 'open']);
  expect(cleanups[0]!.items.map((i) => i.outcome)).toEqual(['repeal']);
  expect(byTitle('校外培训机构管理暂行办法').validity).toBe('repealed');
  expect(new Set(cleanups[1]!.items.map((i) => i.state))).toEqual(new Set(['reviewed', 'proposed', 'assigned']));
  const unitDeadlines = await t.db.deadline.findMany({ where: { kind: 'supervision.normative-cleanup', entityId: cleanups[1]!.id } });
  expect(unitDeadlines.filter((d) => d.status === 'open' && d.dueDate.toISOString().slice(0, 10) < asOf)).toHaveLength(1);
  // one session's suggestions and proposals at every stage, their promised actions tracked as tasks
  const suggestions = await t.db.suggestion.findMany();
  expect(new Set(suggestions.map((x) => x.state))).toEqual(new Set(['registered', 'assigned', 'returned', 'answered', 'rehandling', 'closed']));
  expect(suggestions.filter((x) => x.round === 2).map((x) => x.state).sort()).toEqual(['closed', 'rehandling']);
  expect(new Set(suggestions.map((x) => x.sourceBody))).toEqual(new Set(['npc-district', 'cppcc-district']));
  expect(await t.db.task.count({ where: { kind: 'suggestion_commitment' } })).toBe(2);
  const overdueOpinions = await t.db.deadline.findMany({ where: { kind: 'supervision.suggestion-co-opinion', status: 'open' } });
  expect(overdueOpinions.filter((d) => d.dueDate.toISOString().slice(0, 10) < asOf)).toHaveLength(1);
  const count = await t.db.task.count();
  expect(await seedSupervisionDemo(t.db, { district: 'kaizhou', asOf })).toEqual({ created: false });
  expect(await t.db.task.count()).toBe(count);
});

test('is set today while its clocks fit the calendar, and otherwise on the last day they do, where every clock opens', async () => {
  const calendar = await loadCalendar(t.db);
  const last = calendar.coveredThrough!;
  expect(await supervisionDemoDay(t.db, '2026-06-01')).toBe('2026-06-01');
  const latest = await supervisionDemoDay(t.db, last);
  expect(latest < last).toBe(true);
  // a fresh district seeded that day: no clock runs into the year the calendar lacks
  const fresh = await createTestDatabase();
  try {
    await seedDemoDistrict(fresh.db, { district: 'kaizhou', asOf: `${latest.slice(0, 4)}-01-01` });
    expect(await seedSupervisionDemo(fresh.db, { district: 'kaizhou', asOf: latest })).toEqual({ created: true });
    expect(await fresh.db.deadline.count({ where: { kind: 'supervision.suggestion-contact' } })).toBeGreaterThan(0);
  } finally {
    await fresh.drop();
  }
}, 60_000);

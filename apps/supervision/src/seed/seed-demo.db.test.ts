// The demo the README's first command shows: tasks in every status, instructions, decisions, every rung of the ladder.
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listTasks } from '../tasks/list-tasks';
import { taskScopeOf } from '../tasks/scope';
import { seedSupervisionDemo } from './seed-demo';

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
  expect(normative.map((d) => [d.state, d.validity])).toEqual([
    ['in-force', 'in_force'],
    ['published', null],
    ['legality-review', null],
    ['drafting', null],
  ]);
  expect(normative[0]!.filings.every((f) => f.filedOn)).toBe(true);
  expect(normative[1]!.filings.map((f) => f.filedOn)).toEqual([null, null]);
  const count = await t.db.task.count();
  expect(await seedSupervisionDemo(t.db, { district: 'kaizhou', asOf })).toEqual({ created: false });
  expect(await t.db.task.count()).toBe(count);
});

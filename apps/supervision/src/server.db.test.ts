import { createDeadline } from '@zhengling/reminders';
import { systemActor } from '@zhengling/core';
import { startTestServer, type TestServer } from './testing/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

let env: TestServer;
let t: TestServer['t'];
let server: TestServer['server'];
let signIn: TestServer['signIn'];

beforeAll(async () => {
  env = await startTestServer();
  ({ t, server, signIn } = env);
});
afterAll(async () => {
  await env?.close();
});

const get = async (url: string, cookie?: string) => {
  const res = await server.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  return {
    status: res.statusCode,
    body: JSON.parse(res.body) as { result?: { data: unknown }; error?: { data: { appCode: string } } },
  };
};

describe('the supervision server', () => {
  test('a seeded account signs in and reads the district directory', async () => {
    const { cookie } = await signIn('duchaban');
    const res = await get('/trpc/directory.departments', cookie);
    expect((res.body.result!.data as { name: string }[]).map((d) => d.name)).toContain('区政府督查办');
    expect((await get('/trpc/info')).body.result!.data).toEqual({ app: 'supervision', district: 'kaizhou' });
  });

  test('a department sees its own deadline; another department is told it does not exist', async () => {
    const edu = await t.db.department.findUniqueOrThrow({ where: { code: 'education' } });
    const d = await createDeadline(t.db, systemActor('test'), {
      kind: 'test',
      app: 'supervision',
      entityType: 'task',
      entityId: 't1',
      title: '教育任务',
      departmentId: edu.id,
      startEvent: 'assigned',
      startDate: '2026-03-02',
      length: 10,
      unit: 'working_days',
      ruleSource: '测试',
    });
    const mine = await get(
      `/trpc/deadlines.get?input=${encodeURIComponent(JSON.stringify({ id: d.id }))}`,
      (await signIn('jiaowei-staff')).cookie,
    );
    expect(mine.body.result!.data).toMatchObject({ id: d.id, dueDate: '2026-03-16T00:00:00.000Z' });
    const other = await get(
      `/trpc/deadlines.get?input=${encodeURIComponent(JSON.stringify({ id: d.id }))}`,
      (await signIn('legal-reviewer')).cookie,
    );
    expect(other.body.error!.data.appCode).toBe('NOT_FOUND');
  });

  test('the queue dashboard is for administrators only', async () => {
    expect((await server.inject({ method: 'GET', url: '/admin/queues' })).statusCode).toBe(403);
    const staff = await signIn('jiaowei-head');
    expect(
      (await server.inject({ method: 'GET', url: '/admin/queues', headers: { cookie: staff.cookie } }))
        .statusCode,
    ).toBe(403);
    const admin = await signIn('admin');
    const res = await server.inject({
      method: 'GET',
      url: '/admin/queues',
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<html/i);
  });

  test('a dashboard action needs to come from the dashboard itself, and is audited', async () => {
    const admin = await signIn('admin');
    const pause = (headers: Record<string, string>) =>
      server.inject({
        method: 'PUT',
        url: '/admin/queues/api/queues/reminders/pause',
        headers: { cookie: admin.cookie, ...headers },
      });
    const forged = await pause({ 'sec-fetch-site': 'cross-site' });
    expect(forged.statusCode).toBe(403);
    expect(JSON.parse(forged.body)).toMatchObject({ error: { code: 'CSRF_REJECTED' } });
    expect(await t.db.auditEntry.count({ where: { action: 'queue-dashboard.action' } })).toBe(0);
    const own = await pause({ 'sec-fetch-site': 'same-origin' });
    expect(own.statusCode).toBeLessThan(500);
    expect(
      await t.db.auditEntry.findFirstOrThrow({ where: { action: 'queue-dashboard.action' } }),
    ).toMatchObject({
      actorLabel: 'admin',
      after: { method: 'PUT' },
    });
  });

  test('marking an inbox note read is attributed in the audit trail; another user’s note is not touched', async () => {
    const staff = await t.db.user.findUniqueOrThrow({ where: { username: 'jiaowei-staff' } });
    const note = await t.db.notification.create({
      data: { userId: staff.id, title: '提醒', body: '请按期报送进展', link: '/tasks/t1' },
    });
    const other = await signIn('legal-reviewer');
    const post = (who: { cookie: string; csrf: string }) =>
      server.inject({
        method: 'POST',
        url: '/trpc/inbox.markRead',
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrf },
        payload: { id: note.id },
      });
    expect(JSON.parse((await post(other)).body).result.data).toEqual({ updated: 0 });
    expect(await t.db.auditEntry.count({ where: { action: 'notification.read', entityId: note.id } })).toBe(
      0,
    );
    expect(JSON.parse((await post(await signIn('jiaowei-staff'))).body).result.data).toEqual({ updated: 1 });
    expect(
      await t.db.auditEntry.findFirstOrThrow({ where: { action: 'notification.read', entityId: note.id } }),
    ).toMatchObject({ actorUserId: staff.id, actorLabel: 'jiaowei-staff', app: 'supervision' });
  });

  test('is ready when PostgreSQL and Redis are', async () => {
    expect((await server.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });
});

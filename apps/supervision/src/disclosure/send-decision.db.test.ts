// A meeting decision reaches the disclosure app as a draft, over tRPC between two real server processes: the
// disclosure server runs as its own process on the same database, called with the service credential, never a session.
import { vi } from 'vitest';

const SECRET = vi.hoisted(() => {
  const secret = 'send-decision-test-secret-of-32-characters-or-more';
  process.env.SERVICE_SECRET = secret;
  return secret;
});

import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSupervisionDemo } from '../seed/seed-demo';
import { type Caller, refusalOf, startTestServer, type TestServer } from '../testing/server';

let s: TestServer;
let office: Caller;
let disclosure: ChildProcess;
let decisionId: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  s = await startTestServer();
  await seedSupervisionDemo(s.t.db, { district: 'kaizhou', asOf: '2026-06-01' });
  decisionId = (await s.t.db.task.findFirstOrThrow({ where: { kind: 'meeting_decision' }, orderBy: { number: 'asc' } })).id;
  office = await s.as('duchaban');
  const port = await freePort();
  disclosure = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', '..', 'disclosure', 'src', 'main.ts')], {
    env: { ...process.env, DATABASE_URL: s.t.url, REDIS_URL: s.redis.url, DISCLOSURE_PORT: String(port), SERVICE_SECRET: SECRET, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      if (Date.now() > end) throw new Error('the disclosure server did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  process.env.DISCLOSURE_URL = url;
}, 120_000);
afterAll(async () => {
  disclosure?.kill('SIGTERM');
  await s?.close();
});

describe('a meeting decision sent for publication', () => {
  it('arrives in the disclosure app as a draft signed as the meeting’s minutes, once, audited on both sides', async () => {
    const first = await office.mutate<{ id: string; created: boolean; state: string }>('tasks.sendToDisclosure', { taskId: decisionId });
    expect(first).toMatchObject({ created: true, state: 'draft' });
    const again = await office.mutate<{ id: string; created: boolean }>('tasks.sendToDisclosure', { taskId: decisionId });
    expect(again).toMatchObject({ id: first.id, created: false });
    // as the disclosure office sees it there (one sign-in serves both apps)
    const { cookie } = await s.signIn('disclosure-editor');
    const input = encodeURIComponent(JSON.stringify({ id: first.id }));
    const res = await fetch(`${process.env.DISCLOSURE_URL}/trpc/items.get?input=${input}`, { headers: { cookie } });
    const item = ((await res.json()) as { result: { data: Record<string, string> } }).result.data;
    expect(item).toMatchObject({ kind: 'meeting_decision', source: 'supervision', sourceRef: `task:${decisionId}`, state: 'draft' });
    expect(item.signoffKind).toMatch(/-minutes$/);
    const [sent, received] = await Promise.all([
      s.t.db.auditEntry.findFirstOrThrow({ where: { action: 'supervision.task.send-to-disclosure', entityId: decisionId } }),
      s.t.db.auditEntry.findFirstOrThrow({ where: { action: 'disclosure.item.create', entityId: first.id } }),
    ]);
    expect(sent.actorLabel).toBe('duchaban');
    expect(received).toMatchObject({ actorLabel: 'app:supervision', actorUserId: null, app: 'disclosure' });
  });

  it('is for the supervision office only, and says so when the disclosure app cannot be reached', async () => {
    expect((await refusalOf((await s.as('jiaowei-staff')).mutate('tasks.sendToDisclosure', { taskId: decisionId }))).appCode).toBe('FORBIDDEN');
    const url = process.env.DISCLOSURE_URL;
    process.env.DISCLOSURE_URL = `http://127.0.0.1:${await freePort()}`;
    try {
      expect((await refusalOf(office.mutate('tasks.sendToDisclosure', { taskId: decisionId }))).appCode).toBe('SERVICE_UNAVAILABLE');
    } finally {
      process.env.DISCLOSURE_URL = url;
    }
  });
});

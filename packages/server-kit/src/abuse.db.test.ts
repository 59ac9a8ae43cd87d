// What an attacker and an operator tried, and what the server now answers: password bursts (batched and concurrent)
// get no more checks than the throttle allows, a stranger's guesses do not lock the real user out, every refusal says
// when to come back, and the framework's own errors speak the error shape in Chinese.
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditRouter } from './audit/audit-router';
import { authRouter } from './auth/auth-router';
import { LoginLimiter } from './auth/login-limiter';
import { buildServer, createRedis } from './server';
import { seedAccessFixture, TEST_PASSWORD } from './testing/fixtures';
import { router } from './trpc';

const appRouter = router({ auth: authRouter, audit: auditRouter });

let t: TestDatabase;
let redis: PrivateRedis;
let server: FastifyInstance;

beforeAll(async () => {
  t = await createTestDatabase();
  redis = await startPrivateRedis();
  await seedAccessFixture(t.db);
  const client = createRedis(redis.url);
  server = await buildServer({
    app: 'platform',
    router: appRouter,
    db: t.db,
    redis: client,
    district: 'kaizhou',
    logger: pino({ level: 'silent' }),
    limiter: new LoginLimiter(client), // the production limits: 5 per account and address, 50 per address
  });
});
afterAll(async () => {
  await server?.close();
  await redis?.dispose();
  await t?.drop();
});

const signIn = (username: string, password: string, remoteAddress = '10.1.0.1') =>
  server.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    payload: { username, password },
    headers: { 'x-csrf-token': '1' },
    remoteAddress,
  });
const appCode = (res: { body: string }) =>
  (JSON.parse(res.body) as { error?: { data: { appCode: string } } }).error?.data.appCode ?? 'OK';
const checks = (username: string) =>
  t.db.auditEntry.count({ where: { action: 'sign-in.failed', entityId: username } });

describe('a password burst', () => {
  test('one POST batching 40 sign-ins is refused whole: no password is checked', async () => {
    const batch = Array.from({ length: 40 }, () => 'auth.signIn').join(',');
    const input = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [i, { username: 'finance-staff', password: `guess ${i}` }]),
    );
    const res = await server.inject({
      method: 'POST',
      url: `/trpc/${batch}?batch=1`,
      payload: input,
      headers: { 'x-csrf-token': '1' },
      remoteAddress: '10.2.0.1',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('批量') },
    });
    expect(await checks('finance-staff')).toBe(0);
    // even a batch of one sign-in is refused
    const one = await server.inject({
      method: 'POST',
      url: '/trpc/auth.signIn?batch=1',
      payload: { 0: { username: 'finance-staff', password: 'x' } },
      headers: { 'x-csrf-token': '1' },
    });
    expect(one.statusCode).toBe(400);
  });

  test('25 concurrent guesses at one account from one address check at most 5 passwords; the rest wait, told when', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => signIn('justice-staff', `guess number ${i}`, '10.3.0.1')),
    );
    const codes = results.map(appCode);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20);
    expect(await checks('justice-staff')).toBe(5);
    const refused = results.find((r) => appCode(r) === 'RATE_LIMITED')!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(
      await t.db.auditEntry.count({ where: { action: 'sign-in.throttled', entityId: 'justice-staff' } }),
    ).toBe(20);
  });

  test('while a burst is refused, another user signs in at once', async () => {
    const burst = Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn('finance-head', `wrong ${i}`, '10.4.0.1')),
    );
    const started = Date.now();
    const other = await signIn('supervisor', TEST_PASSWORD, '10.4.0.2');
    expect(other.statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    await burst;
  });
});

describe('throttle, not lock-out', () => {
  test('five wrong passwords from one address do not lock the real user out from another', async () => {
    for (let i = 0; i < 6; i++) await signIn('finance-staff', `stranger ${i}`, '10.5.0.66');
    expect(appCode(await signIn('finance-staff', TEST_PASSWORD, '10.5.0.66'))).toBe('RATE_LIMITED');
    expect((await signIn('finance-staff', TEST_PASSWORD, '10.5.0.7')).statusCode).toBe(200);
  });

  test('a password change is throttled like a sign-in and refuses the current password as the new one', async () => {
    const res = await signIn('admin', TEST_PASSWORD, '10.6.0.1');
    const cookie = `zl_session=${res.cookies.find((c) => c.name === 'zl_session')!.value}`;
    const csrf = (JSON.parse(res.body) as { result: { data: { csrfToken: string } } }).result.data.csrfToken;
    const change = (currentPassword: string, newPassword: string) =>
      server.inject({
        method: 'POST',
        url: '/trpc/auth.changePassword',
        payload: { currentPassword, newPassword },
        headers: { cookie, 'x-csrf-token': csrf },
        remoteAddress: '10.6.0.1',
      });
    expect(appCode(await change(TEST_PASSWORD, TEST_PASSWORD))).toBe('PASSWORD_TOO_WEAK');
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(appCode(await change(`not it ${i}`, 'a brand new long password')));
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'RATE_LIMITED',
    ]);
  });
});

describe('the framework’s own answers', () => {
  test.each([
    ['an unknown address', { method: 'GET' as const, url: '/no/such/page' }, 404],
    [
      'a body too large',
      {
        method: 'POST' as const,
        url: '/trpc/auth.signIn',
        payload: 'x'.repeat(2 * 1024 * 1024),
        headers: { 'content-type': 'application/json', 'x-csrf-token': '1' },
      },
      413,
    ],
    [
      'a content type it does not take',
      {
        method: 'POST' as const,
        url: '/trpc/auth.signIn',
        payload: 'a=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': '1' },
      },
      415,
    ],
    ['a path parameter too long', { method: 'GET' as const, url: `/trpc/${'a'.repeat(3_000)}` }, 414],
  ])('%s gets the error shape with a Chinese message', async (_what, request, status) => {
    const res = await server.inject(request);
    expect(res.statusCode).toBe(status);
    const body = JSON.parse(res.body) as {
      error: { code?: string; message?: string; data?: { messageZh: string } };
    };
    const message = body.error.message ?? '';
    const zh = body.error.data?.messageZh ?? message;
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  test('headers too large over a real socket: 431 in the error shape, in Chinese', async () => {
    const address = await server.listen({ host: '127.0.0.1', port: 0 });
    const res = await fetch(`${address}/healthz`, { headers: { 'x-big': 'y'.repeat(40_000) } });
    expect(res.status).toBe(431);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/请求头过大/);
  });

  test('security headers are set; a caller’s long or strange request id is replaced', async () => {
    const res = await server.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': '<b>'.repeat(2_000) },
    });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    // on plain HTTP (no secure cookies), nothing sends the browser to an https:// that is not there
    expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(String(res.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await server.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(kept.headers['x-request-id']).toBe('abc-123');
  });
});

describe('when Redis is away', () => {
  test('sign-in answers SERVICE_UNAVAILABLE in Chinese, not INTERNAL', async () => {
    const r = await startPrivateRedis();
    const client = createRedis(r.url);
    const s = await buildServer({
      app: 'platform',
      router: appRouter,
      db: t.db,
      redis: client,
      district: 'kaizhou',
      logger: pino({ level: 'silent' }),
    });
    try {
      await r.stop();
      const res = await s.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        payload: { username: 'supervisor', password: TEST_PASSWORD },
        headers: { 'x-csrf-token': '1' },
      });
      const body = JSON.parse(res.body) as { error: { data: { appCode: string; messageZh: string } } };
      expect(res.statusCode).toBe(503);
      expect(body.error.data.appCode).toBe('SERVICE_UNAVAILABLE');
      expect(body.error.data.messageZh).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await s.close();
      await r.dispose();
    }
  });
});

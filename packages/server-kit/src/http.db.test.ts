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
    limiter: new LoginLimiter(client, {
      perAccountAddress: { points: 3, durationSeconds: 60 },
      perAddress: { points: 100, durationSeconds: 60 },
    }),
    extra: (s) => {
      s.get('/slow', async () => {
        await new Promise((r) => setTimeout(r, 300));
        return { done: true };
      });
    },
  });
});
afterAll(async () => {
  await server?.close();
  await redis?.dispose();
  await t?.drop();
});

const signIn = (
  username: string,
  password: string,
  headers: Record<string, string> = { 'x-csrf-token': '1' },
) => server.inject({ method: 'POST', url: '/trpc/auth.signIn', payload: { username, password }, headers });
const cookieOf = (res: { cookies: { name: string; value: string }[] }) => {
  const c = res.cookies.find((x) => x.name === 'zl_session');
  return c ? `zl_session=${c.value}` : '';
};
const body = (res: { body: string }) =>
  JSON.parse(res.body) as {
    result?: { data: Record<string, unknown> };
    error?: { data: Record<string, unknown> };
  };

describe('sign-in', () => {
  test('a wrong password and an unknown user get the same INVALID_CREDENTIALS answer in Chinese', async () => {
    const wrong = body(await signIn('justice-staff', 'not the password'));
    const unknown = body(await signIn('nobody-at-all', 'not the password'));
    expect(wrong.error?.data).toMatchObject({
      appCode: 'INVALID_CREDENTIALS',
      messageZh: '用户名或密码错误。',
    });
    expect(unknown.error?.data).toMatchObject({
      appCode: 'INVALID_CREDENTIALS',
      messageZh: '用户名或密码错误。',
    });
  });

  test('a successful sign-in sets an httpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const res = await signIn('finance-staff', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'zl_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(body(res).result?.data).toMatchObject({
      user: { username: 'finance-staff', roles: ['department_staff'] },
      csrfToken: expect.any(String),
    });
    const me = body(
      await server.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie: cookieOf(res) } }),
    );
    expect(me.result?.data).toMatchObject({ user: { username: 'finance-staff' } });
  });

  test('passwords are stored as argon2id hashes', async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { username: 'finance-staff' } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  test('after three failures the account is rate-limited, even for the right password', async () => {
    for (let i = 0; i < 3; i++) await signIn('finance-head', 'wrong password!');
    const blocked = body(await signIn('finance-head', TEST_PASSWORD));
    expect(blocked.error?.data).toMatchObject({ appCode: 'RATE_LIMITED' });
    expect(String(blocked.error?.data.messageZh)).toMatch(/秒后再试/);
  });

  test('a sign-in without the anti-forgery header is rejected', async () => {
    const res = body(await signIn('supervisor', TEST_PASSWORD, {}));
    expect(res.error?.data).toMatchObject({ appCode: 'CSRF_REJECTED' });
  });
});

describe('signed-in mutations', () => {
  test('a mutation without the session’s CSRF token is rejected; with it, sign-out ends the session', async () => {
    const res = await signIn('supervisor', TEST_PASSWORD);
    const cookie = cookieOf(res);
    const csrf = String(body(res).result!.data.csrfToken);
    const forged = body(
      await server.inject({
        method: 'POST',
        url: '/trpc/auth.signOut',
        headers: { cookie, 'x-csrf-token': 'guess' },
        payload: {},
      }),
    );
    expect(forged.error?.data).toMatchObject({ appCode: 'CSRF_REJECTED' });
    const out = await server.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    const me = body(await server.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie } }));
    expect(me.result?.data).toMatchObject({ user: null });
  });

  test('changing the password revokes the other sessions and enforces the policy', async () => {
    const a = await signIn('admin', TEST_PASSWORD);
    const b = await signIn('admin', TEST_PASSWORD);
    const change = (newPassword: string) =>
      server.inject({
        method: 'POST',
        url: '/trpc/auth.changePassword',
        headers: { cookie: cookieOf(a), 'x-csrf-token': String(body(a).result!.data.csrfToken) },
        payload: { currentPassword: TEST_PASSWORD, newPassword },
      });
    expect(body(await change('admin')).error?.data).toMatchObject({ appCode: 'PASSWORD_TOO_WEAK' });
    expect((await change('a much longer new passphrase')).statusCode).toBe(200);
    const meA = body(
      await server.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie: cookieOf(a) } }),
    );
    const meB = body(
      await server.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie: cookieOf(b) } }),
    );
    expect(meA.result?.data).toMatchObject({ user: { username: 'admin' } });
    expect(meB.result?.data).toMatchObject({ user: null });
    expect(await t.db.auditEntry.count({ where: { action: 'user.change-password' } })).toBe(1);
  });

  test('bad input gets INVALID_INPUT with a Chinese message naming the field', async () => {
    const res = body(
      await server.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        headers: { 'x-csrf-token': '1' },
        payload: { username: '' },
      }),
    );
    expect(res.error?.data).toMatchObject({
      appCode: 'INVALID_INPUT',
      messageZh: expect.stringContaining('输入有误'),
    });
  });
});

describe('health and readiness', () => {
  test('every response carries a request id, the caller’s when given', async () => {
    const given = await server.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await server.inject({ method: 'GET', url: '/healthz' });
    expect(String(made.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('readiness goes red when Redis stops, naming it, and green when it returns', async () => {
    expect((await server.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    await redis.stop();
    const down = await server.inject({ method: 'GET', url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({ postgres: 'ok', redis: expect.stringMatching(/^down/) });
    expect((await server.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await redis.start();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await server.inject({ method: 'GET', url: '/readyz' })).statusCode;
    }
    expect(status).toBe(200);
  });
});

describe('graceful shutdown', () => {
  test('a request in flight completes while the server closes', async () => {
    const db2 = await createTestDatabase();
    const r2 = await startPrivateRedis();
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    const s = await buildServer({
      app: 'platform',
      router: appRouter,
      db: db2.db,
      redis: createRedis(r2.url),
      district: 'kaizhou',
      logger: pino({ level: 'silent' }),
      extra: (f) =>
        void f.get('/slow', async () => {
          started();
          await new Promise((r) => setTimeout(r, 300));
          return { done: true };
        }),
    });
    const address = await s.listen({ host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${address}/slow`).then((r) => r.json());
    await handlerStarted; // the request is in the handler: now close (not after a guessed sleep)
    await s.close();
    expect(await inFlight).toEqual({ done: true });
    await r2.dispose();
    await db2.drop();
  });
});

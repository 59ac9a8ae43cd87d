import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { buildServer, createRedis } from '@zhengling/server-kit';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appRouter } from './router';

let t: TestDatabase;
let redis: PrivateRedis;
let server: FastifyInstance;
let password: string;

beforeAll(async () => {
  t = await createTestDatabase();
  redis = await startPrivateRedis();
  password = (await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' })).accounts.find(
    (a) => a.username === 'disclosure-editor',
  )!.password!;
  server = await buildServer({
    app: 'disclosure',
    router: appRouter,
    db: t.db,
    redis: createRedis(redis.url),
    district: 'kaizhou',
    logger: pino({ level: 'silent' }),
  });
});
afterAll(async () => {
  await server?.close();
  await redis?.dispose();
  await t?.drop();
});

test('the disclosure server signs in the disclosure editor, who may not browse the audit trail', async () => {
  const res = await server.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    headers: { 'x-csrf-token': '1' },
    payload: { username: 'disclosure-editor', password },
  });
  const cookie = `zl_session=${res.cookies.find((c) => c.name === 'zl_session')!.value}`;
  const me = JSON.parse(
    (await server.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie } })).body,
  );
  expect(me.result.data.user).toMatchObject({ username: 'disclosure-editor', roles: ['disclosure_editor'] });
  const audit = JSON.parse(
    (await server.inject({ method: 'GET', url: '/trpc/audit.list?input=%7B%7D', headers: { cookie } })).body,
  );
  expect(audit.error.data.appCode).toBe('FORBIDDEN');
  expect(JSON.parse((await server.inject({ method: 'GET', url: '/trpc/info' })).body).result.data).toEqual({
    app: 'disclosure',
    district: 'kaizhou',
  });
});

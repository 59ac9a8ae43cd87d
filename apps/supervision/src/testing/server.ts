// A supervision server for tests: a private PostgreSQL database and redis-server, the seeded demo district, and
// sign-in as any seeded account.
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { createRedis } from '@zhengling/server-kit';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildSupervisionServer } from '../server';

export interface TestServer {
  t: TestDatabase;
  redis: PrivateRedis;
  server: FastifyInstance;
  signIn(username: string): Promise<{ cookie: string; csrf: string }>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const t = await createTestDatabase();
  const redis = await startPrivateRedis();
  const seeded = await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
  const passwords = Object.fromEntries(seeded.accounts.map((a) => [a.username, a.password!]));
  const server = await buildSupervisionServer({
    db: t.db,
    redis: createRedis(redis.url),
    redisUrl: redis.url,
    district: 'kaizhou',
    logger: pino({ level: 'silent' }),
  });
  return {
    t,
    redis,
    server,
    async signIn(username) {
      const res = await server.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        headers: { 'x-csrf-token': '1' },
        payload: { username, password: passwords[username] },
      });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'zl_session')!;
      return {
        cookie: `zl_session=${cookie.value}`,
        csrf: (JSON.parse(res.body) as { result: { data: { csrfToken: string } } }).result.data.csrfToken,
      };
    },
    async close() {
      await server.close();
      await redis.dispose();
      await t.drop();
    },
  };
}

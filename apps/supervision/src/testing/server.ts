// A supervision server for tests: the platform's harness with the seeded demo district (Kaizhou) and this app's server.
import { seedDemoDistrict } from '@zhengling/directory';
import { createRedis } from '@zhengling/server-kit';
import { startAppTestServer, type TestServer } from '@zhengling/server-kit/testing';
import { pino } from 'pino';
import { buildSupervisionServer } from '../server';

export { CallError, type Caller, refusalOf, type TestServer } from '@zhengling/server-kit/testing';

export async function startTestServer(opts: { now?: () => Date } = {}): Promise<TestServer> {
  return startAppTestServer({
    seed: async (db) => {
      const seeded = await seedDemoDistrict(db, { district: 'kaizhou', asOf: '2026-01-01' });
      return Object.fromEntries(seeded.accounts.map((a) => [a.username, a.password!]));
    },
    build: ({ db, redisUrl }) =>
      buildSupervisionServer({
        db,
        redis: createRedis(redisUrl),
        redisUrl,
        district: 'kaizhou',
        logger: pino({ level: 'silent' }),
        now: opts.now,
      }),
  });
}

// A supervision server for tests: the platform's harness with a seeded demo district (Kaizhou unless told) and this app's
// server.
import { seedDemoDistrict } from '@zhengling/directory';
import { createRedis } from '@zhengling/server-kit';
import { startAppTestServer, type TestServer } from '@zhengling/server-kit/testing';
import type { DistrictId } from '@zhengling/rules-core';
import { pino } from 'pino';
import { buildSupervisionServer } from '../server';

export { CallError, type Caller, refusalOf, type TestServer } from '@zhengling/server-kit/testing';

export async function startTestServer(opts: { now?: () => Date; district?: DistrictId } = {}): Promise<TestServer> {
  const district = opts.district ?? 'kaizhou';
  return startAppTestServer({
    seed: async (db) => {
      const seeded = await seedDemoDistrict(db, { district, asOf: '2026-01-01' });
      return Object.fromEntries(seeded.accounts.map((a) => [a.username, a.password!]));
    },
    build: ({ db, redisUrl }) =>
      buildSupervisionServer({
        db,
        redis: createRedis(redisUrl),
        redisUrl,
        district,
        logger: pino({ level: 'silent' }),
        now: opts.now,
      }),
  });
}

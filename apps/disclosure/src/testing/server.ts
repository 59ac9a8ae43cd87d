// A disclosure server for tests: the platform's harness with the seeded demo district (Kaizhou) and this app's server.
import { seedDemoDistrict } from '@zhengling/directory';
import type { DistrictId } from '@zhengling/rules-core';
import { createRedis } from '@zhengling/server-kit';
import { startAppTestServer, type TestServer } from '@zhengling/server-kit/testing';
import { pino } from 'pino';
import { seedDisclosureDemo } from '../seed/seed-demo';
import { buildDisclosureServer } from '../server';

export { CallError, type Caller, refusalOf, type TestServer } from '@zhengling/server-kit/testing';

/** `demo`: also seed the disclosure demo as of that day (the portal's tests read what it publishes). */
export async function startTestServer(opts: { now?: () => Date; district?: DistrictId; demo?: string } = {}): Promise<TestServer> {
  const district = opts.district ?? 'kaizhou';
  return startAppTestServer({
    seed: async (db) => {
      const seeded = await seedDemoDistrict(db, { district, asOf: '2026-01-01' });
      if (opts.demo) await seedDisclosureDemo(db, { district, asOf: opts.demo });
      return Object.fromEntries(seeded.accounts.map((a) => [a.username, a.password!]));
    },
    build: ({ db, redisUrl, databaseUrl }) =>
      buildDisclosureServer({ db, redis: createRedis(redisUrl), district, logger: pino({ level: 'silent' }), now: opts.now, databaseUrl }),
  });
}

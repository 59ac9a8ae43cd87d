// A browser journey's world: a private database with the seeded demo district and supervision demo, a private
// redis-server, the supervision server on a free port serving the built web app, and Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chinaDate } from '@zhengling/core';
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { createRedis } from '@zhengling/server-kit';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { launchChromium, signInThroughForm } from '@zhengling/testing/browser';
import type { Browser, Page } from 'playwright-core';
import { seedSupervisionDemo } from '../src/seed/seed-demo';
import { buildSupervisionServer } from '../src/server';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

export interface World {
  url: string;
  t: TestDatabase;
  redis: PrivateRedis;
  server: FastifyInstance;
  browser: Browser;
  /** a new browser page signed in through the sign-in form as this demo account */
  signedIn(username: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const t = await createTestDatabase();
  const redis = await startPrivateRedis();
  const today = chinaDate(new Date());
  const seeded = await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: `${today.slice(0, 4)}-01-01` });
  await seedSupervisionDemo(t.db, { district: 'kaizhou', asOf: today });
  const passwords = Object.fromEntries(seeded.accounts.map((a) => [a.username, a.password!]));
  const server = await buildSupervisionServer({
    db: t.db,
    redis: createRedis(redis.url),
    redisUrl: redis.url,
    district: 'kaizhou',
    logger: pino({ level: 'silent' }),
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url,
    t,
    redis,
    server,
    browser,
    signedIn: (username) => signInThroughForm(browser, url, username, passwords[username]!),
    async screenshot(page, name) {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
      await redis.dispose();
      await t.drop();
    },
  };
}

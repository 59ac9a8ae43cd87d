// A browser journey's world: a private database with the seeded demo district and disclosure demo, a private
// redis-server, the disclosure server on a free port serving the built staff pages at /staff/, and Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chinaDate } from '@zhengling/core';
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { storeWeekendOnlyYearsForTests } from '@zhengling/reminders/testing';
import { createRedis } from '@zhengling/server-kit';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import { launchChromium, signInThroughForm } from '@zhengling/testing/browser';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { seedDisclosureDemo } from '../src/seed/seed-demo';
import { buildDisclosureServer } from '../src/server';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

export interface World {
  /** the staff pages' address (…/staff) */
  staff: string;
  t: TestDatabase;
  browser: Browser;
  signedIn(username: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const t = await createTestDatabase();
  const redis: PrivateRedis = await startPrivateRedis();
  const today = chinaDate(new Date());
  // a clock started today may end next year, whose holiday notice may not be stored yet: the world holds next year as
  // weekends only, labelled as test data (a district's administrator enters the real State Council notice)
  await storeWeekendOnlyYearsForTests(t.db, Number(today.slice(0, 4)) + 1);
  const seeded = await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: `${today.slice(0, 4)}-01-01` });
  await seedDisclosureDemo(t.db, { district: 'kaizhou', asOf: today });
  const passwords = Object.fromEntries(seeded.accounts.map((a) => [a.username, a.password!]));
  const server: FastifyInstance = await buildDisclosureServer({
    db: t.db,
    redis: createRedis(redis.url),
    district: 'kaizhou',
    logger: pino({ level: process.env.E2E_LOG ?? 'silent' }),
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  const staff = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/staff`;
  const browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    staff,
    t,
    browser,
    async signedIn(username) {
      const page = await signInThroughForm(browser, `${staff}/`, username, passwords[username]!);
      // a step that does not happen fails naming what it waited for: within 30 s (Playwright's default, as the
      // supervision journeys have it) — 10 s proved too short for a page under the whole suite's load on two cores
      page.setDefaultTimeout(30_000);
      return page;
    },
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

/** Choose an option of the antd Select labelled `label`. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Type a date into the antd DatePicker labelled `label`. */
export async function pickDate(page: Page, label: string, iso: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(iso);
  await input.press('Enter');
}

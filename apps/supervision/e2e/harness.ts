// A browser journey's world: a private database with the seeded demo district and supervision demo, a private
// redis-server, the supervision server on a free port serving the built web app, and Debian's Chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chinaDate } from '@zhengling/core';
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { createRedis } from '@zhengling/server-kit';
import { storeWeekendOnlyYearsForTests } from '@zhengling/reminders/testing';
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
  /** the disclosure server (its own process on the same database), when the world was asked for one */
  disclosureUrl?: string;
  /** a tRPC call to the disclosure server as this demo account (one sign-in serves both apps) */
  disclosure(username: string, path: string, input: unknown, kind?: 'query' | 'mutation'): Promise<unknown>;
  /** a tRPC call to the supervision server as this demo account (a journey's set-up that is not what it shows) */
  supervision(username: string, path: string, input: unknown, kind?: 'query' | 'mutation'): Promise<unknown>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

/** The disclosure server as its own process, ready; the supervision server finds it through DISCLOSURE_URL. */
async function startDisclosure(
  databaseUrl: string,
  redisUrl: string,
  secret: string,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // run from its own folder, so that its own tsconfig (its JSX for the portal's pages) applies
  const child = spawn(process.execPath, ['--import', 'tsx', join('src', 'main.ts')], {
    cwd: join(import.meta.dirname, '..', '..', 'disclosure'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      DISCLOSURE_PORT: String(port),
      SERVICE_SECRET: secret,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // what it says when something fails reaches the test's output
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (c: Buffer) => process.stderr.write(`[disclosure] ${c.toString()}`));
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
  return { url, child };
}

/** A world; `withDisclosure`: the disclosure app beside it, on the same database (import `./service-secret` first). */
export async function startWorld(opts: { withDisclosure?: boolean } = {}): Promise<World> {
  const t = await createTestDatabase();
  const redis = await startPrivateRedis();
  const today = chinaDate(new Date());
  // a clock started today may end next year, whose holiday notice may not be stored yet: the world holds next year as
  // weekends only, labelled as test data (a district's administrator enters the real State Council notice)
  await storeWeekendOnlyYearsForTests(t.db, Number(today.slice(0, 4)) + 1);
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
  const secret = process.env.SERVICE_SECRET;
  if (opts.withDisclosure && !secret) throw new Error('a journey with the disclosure app imports ./service-secret first');
  const disclosure = opts.withDisclosure ? await startDisclosure(t.url, redis.url, secret!) : undefined;
  const sessions = new Map<string, { cookie: string; csrf: string }>();
  const session = async (username: string) => {
    if (!sessions.has(username)) {
      const res = await fetch(`${url}/trpc/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': '1' },
        body: JSON.stringify({ username, password: passwords[username] }),
      });
      if (!res.ok) throw new Error(`sign-in of ${username} failed: ${await res.text()}`);
      const cookie = /zl_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
      const csrf = ((await res.json()) as { result: { data: { csrfToken: string } } }).result.data.csrfToken;
      sessions.set(username, { cookie, csrf });
    }
    return sessions.get(username)!;
  };
  const call = async (
    base: string,
    username: string,
    path: string,
    input: unknown,
    kind: 'query' | 'mutation',
  ) => {
    const { cookie, csrf } = await session(username);
    const res =
      kind === 'query'
        ? await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
            headers: { cookie },
          })
        : await fetch(`${base}/trpc/${path}`, {
            method: 'POST',
            headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
            body: JSON.stringify(input),
          });
    const body = (await res.json()) as { result?: { data: unknown }; error?: unknown };
    if (!res.ok) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
    return body.result!.data;
  };
  const browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url,
    t,
    redis,
    server,
    browser,
    signedIn: (username) => signInThroughForm(browser, url, username, passwords[username]!),
    disclosureUrl: disclosure?.url,
    async disclosure(username, path, input, kind = 'mutation') {
      if (!disclosure) throw new Error('this world has no disclosure server');
      return call(disclosure.url, username, path, input, kind);
    },
    supervision: (username, path, input, kind = 'mutation') => call(url, username, path, input, kind),
    async screenshot(page, name) {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      disclosure?.child.kill('SIGTERM');
      await server.close();
      await redis.dispose();
      await t.drop();
    },
  };
}

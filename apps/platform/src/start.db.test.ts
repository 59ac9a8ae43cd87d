import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';

const START = join(import.meta.dirname, 'start.ts');
const server = 'postgresql://postgres@127.0.0.1:5432';
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const dbExists = async (name: string) => {
  const c = new pg.Client({ connectionString: `${server}/postgres` });
  await c.connect();
  const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  await c.end();
  return rowCount === 1;
};
const dropDb = async (name: string) => {
  const c = new pg.Client({ connectionString: `${server}/postgres` });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
};

let redis: PrivateRedis;
const dbName = `zl_start_${process.pid}`;
beforeAll(async () => {
  redis = await startPrivateRedis();
});
afterAll(async () => {
  await redis?.dispose();
  await dropDb(dbName);
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', START], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/**
 * Wait until `pnpm start` has said the words (or has exited). A first start migrates, seeds both apps' demos, builds
 * both apps' pages and links the demos: alone that takes under a minute, but under the whole suite's load on two cores
 * each step can take several times as long (one CI run passed 170 s). So the wait is measured against progress: it
 * gives up when nothing new has been printed for STALL_MS, and in any case after TOTAL_MS.
 */
const STALL_MS = 150_000;
const TOTAL_MS = 330_000;
async function untilSaid(r: ReturnType<typeof run>, what: RegExp | string) {
  const seen = () => (typeof what === 'string' ? r.output().includes(what) : what.test(r.output()));
  const end = Date.now() + TOTAL_MS;
  let [length, lastProgress] = [r.output().length, Date.now()];
  while (!seen() && r.child.exitCode === null && Date.now() < end && Date.now() - lastProgress < STALL_MS) {
    await new Promise((x) => setTimeout(x, 250));
    if (r.output().length !== length) [length, lastProgress] = [r.output().length, Date.now()];
  }
  expect(seen(), `waiting for ${what}`).toBe(true);
}

/** `pnpm start` on the test database and a private Redis, on free ports; by default until it says it is running. */
async function startDemo(opts: { waitUntilRunning?: boolean } = {}) {
  const [sp, dp] = [await freePort(), await freePort()];
  const r = run({
    DATABASE_URL: `${server}/${dbName}`,
    REDIS_URL: redis.url,
    SUPERVISION_PORT: String(sp),
    DISCLOSURE_PORT: String(dp),
    REMINDER_QUEUE_PREFIX: 'startTest',
  });
  if (opts.waitUntilRunning ?? true) await untilSaid(r, '平台已启动');
  return { r, sp, dp };
}

test('pnpm start migrates, seeds, starts both servers and the worker, and stops them all cleanly on Ctrl-C', async () => {
  const { r, sp, dp } = await startDemo();
  expect(r.output()).toContain('平台已启动');
  expect(r.output()).toMatch(/admin\s+administrator\s+密码 password: \S{20}/);
  expect((await fetch(`http://127.0.0.1:${sp}/readyz`)).status).toBe(200);
  expect((await fetch(`http://127.0.0.1:${dp}/readyz`)).status).toBe(200);
  // both apps' demos are seeded and both serve their staff pages
  expect(r.output()).toContain('政务公开演示数据已就绪');
  const staff = await fetch(`http://127.0.0.1:${dp}/staff/items`, { headers: { accept: 'text/html' } });
  expect(staff.status).toBe(200);
  expect(await staff.text()).toContain('<title>政令 · 政务公开</title>');
  // the document the demo's cleanup repealed reached the portal over the intake API, marked 废止 on its own page
  expect(r.output()).toMatch(/督查系统报送的\d+件规范性文件、清理结果及建议提案答复已经政务公开发布/);
  const found = (await (await fetch(`http://127.0.0.1:${dp}/api/open/documents?q=${encodeURIComponent('校外培训机构管理暂行办法')}`)).json()) as {
    items: { title: string; validity: string; url: string }[];
  };
  const repealed = found.items.find((i) => i.title.endsWith('校外培训机构管理暂行办法'))!;
  expect(repealed.validity).toBe('repealed');
  expect(await (await fetch(repealed.url)).text()).toContain('依清理结果：关于公布');
  // the servers and the worker connect as the application role, never as the administrator
  const c = new pg.Client({ connectionString: `${server}/postgres` });
  await c.connect();
  const { rows } = await c.query<{ usename: string }>(
    'SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1',
    [dbName],
  );
  await c.end();
  expect(rows.map((x) => x.usename)).toEqual(['zhengling_app']);

  r.child.kill('SIGINT');
  expect(await r.exited).toBe(0);
  await expect(fetch(`http://127.0.0.1:${sp}/healthz`)).rejects.toThrow();
  await expect(fetch(`http://127.0.0.1:${dp}/healthz`)).rejects.toThrow();
  expect(r.output()).toContain('已停止');
}, TOTAL_MS + 30_000);

test('a worker killed under pnpm start is restarted with backoff, and the servers keep serving', async () => {
  const { r, sp, dp } = await startDemo({ waitUntilRunning: false });
  const waitFor = (what: RegExp | string) => untilSaid(r, what);
  await waitFor('平台已启动');
  const pid = Number(/\[worker\] pid (\d+)/.exec(r.output())![1]);
  process.kill(pid, 'SIGKILL');
  await waitFor(/restarting in 1 s \(attempt 1\)/);
  expect((await fetch(`http://127.0.0.1:${sp}/readyz`)).status).toBe(200);
  expect((await fetch(`http://127.0.0.1:${dp}/readyz`)).status).toBe(200);
  await waitFor('提醒进程已重启');
  const pids = [...r.output().matchAll(/\[worker\] pid (\d+)/g)].map((m) => Number(m[1]));
  expect(pids).toHaveLength(2);
  expect(pids[1]).not.toBe(pid);
  r.child.kill('SIGINT');
  expect(await r.exited).toBe(0);
}, TOTAL_MS + 60_000);

test('a second start keeps the accounts and prints no password again', async () => {
  const { r } = await startDemo();
  expect(r.output()).toContain('演示区已存在');
  expect(r.output()).not.toMatch(/密码 password: \S{20}/);
  // an up-to-date database does not start the migration engine (about 11 s on its own); the wall-clock time of the
  // whole start is not asserted here, as the test shares two cores with the rest of the suite
  expect(r.output()).toContain('数据库已是最新');
  r.child.kill('SIGTERM');
  expect(await r.exited).toBe(0);
});

test('with Redis unreachable it says which, where it looked and how to start it, and starts nothing', async () => {
  const [sp, dp] = [await freePort(), await freePort()];
  const name = `zl_start_none_${process.pid}`;
  const r = run({
    DATABASE_URL: `${server}/${name}`,
    REDIS_URL: 'redis://127.0.0.1:1',
    SUPERVISION_PORT: String(sp),
    DISCLOSURE_PORT: String(dp),
  });
  expect(await r.exited).not.toBe(0);
  expect(r.output()).toMatch(/Redis 不可达 \/ unreachable: redis:\/\/127\.0\.0\.1:1/);
  expect(r.output()).toContain('redis-server --daemonize yes');
  expect(r.output()).toContain('nothing was started');
  expect(await dbExists(name)).toBe(false);
  await expect(fetch(`http://127.0.0.1:${sp}/healthz`)).rejects.toThrow();
});

test('with PostgreSQL unreachable it names PostgreSQL and the command that starts it', async () => {
  const r = run({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/zhengling', REDIS_URL: redis.url });
  expect(await r.exited).not.toBe(0);
  expect(r.output()).toMatch(
    /PostgreSQL 不可达 \/ unreachable: postgresql:\/\/postgres@127\.0\.0\.1:1\/zhengling/,
  );
  expect(r.output()).toContain('pg_ctlcluster');
});

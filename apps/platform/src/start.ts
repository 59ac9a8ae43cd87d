// `pnpm start`: the whole platform with a seeded demo district. Checks PostgreSQL and Redis first and starts nothing
// if either is unreachable; migrates; seeds (idempotent); starts the supervision server, the disclosure server and the
// reminder worker as child processes; waits until they are ready; prints the URLs and the demo accounts; stops
// everything cleanly on Ctrl-C. If any process dies, the others are stopped and it exits non-zero.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, preparePlatformDatabase, ROLES } from '@zhengling/db';
import { seedDemoDistrict } from '@zhengling/directory';
import { Redis } from 'ioredis';
import pg from 'pg';
import { runnerEnv as env } from './env';

/** A fresh secret per run for service-to-service calls: nothing to configure, nothing left behind. */
const serviceSecret = randomBytes(32).toString('hex');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (lines: string[]): never => {
  for (const l of lines) process.stderr.write(`${l}\n`);
  process.exit(1);
};
const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

async function checkPostgres(): Promise<void> {
  const u = new URL(env.DATABASE_URL);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    fail([
      `✗ PostgreSQL 不可达 / unreachable: ${redact(env.DATABASE_URL)} (${(error as Error).message})`,
      '  启动方法 / start it:  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
      '  或 / or:              bash tooling/scripts/ensure-services.sh',
      '  其他地址请设置 DATABASE_URL / elsewhere: set DATABASE_URL',
      '未启动任何服务 / nothing was started.',
    ]);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(): Promise<void> {
  const redis = new Redis(env.REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    fail([
      `✗ Redis 不可达 / unreachable: ${redact(env.REDIS_URL)} (${(error as Error).message})`,
      '  启动方法 / start it:  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
      '  或 / or:              bash tooling/scripts/ensure-services.sh',
      '  其他地址请设置 REDIS_URL / elsewhere: set REDIS_URL',
      '未启动任何服务 / nothing was started.',
    ]);
  } finally {
    redis.disconnect();
  }
}

async function checkPort(port: number): Promise<void> {
  await new Promise<void>((resolve) => {
    const srv = createServer();
    srv.once('error', () =>
      fail([
        `✗ 端口 ${env.HOST}:${port} 已被占用 / port in use. 设置 SUPERVISION_PORT / DISCLOSURE_PORT 换用其他端口。`,
        '未启动任何服务 / nothing was started.',
      ]),
    );
    srv.listen(port, env.HOST, () => srv.close(() => resolve()));
  });
}

const children: { name: string; child: ChildProcess }[] = [];
/** Where the servers and the worker connect: the application role (set once the database is prepared). */
let appUrl = '';
const restartTimers = new Set<NodeJS.Timeout>();
let stopping = false;

/**
 * A process that may be restarted when it dies (the worker): after 1 s, then twice as long each time up to 30 s; a run
 * of a minute or more starts the count again. The servers are not restarted: if one dies, everything stops.
 */
interface Restart {
  onRestart: (child: ChildProcess) => void;
  attempts: number;
  startedAt: number;
}
const RESTART_FIRST_MS = 1_000;
const RESTART_MAX_MS = 30_000;
const RESTART_RESET_AFTER_MS = 60_000;

/** Run a process to its end (a seed, a build): its output when it succeeds; when it fails, an error that shows it. */
function runToEnd(name: string, cwd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    // eslint-disable-next-line no-restricted-properties -- the child inherits the environment (PATH, proxies)
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${name} 失败 / failed (exit ${code}):\n${out.slice(-4000)}`)),
    );
  });
}

/** Wait for every step, then fail with the first failure: no step is left running unseen behind an early failure. */
async function allOrFirstError<T extends readonly unknown[]>(steps: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(steps);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** The newest modification time of the files under the given paths. */
function newest(paths: string[]): number {
  let latest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && e !== 'dist') walk(join(p, e));
    } else latest = Math.max(latest, st.mtimeMs);
  };
  paths.forEach(walk);
  return latest;
}

/** Build an app's staff pages when their built assets are missing or older than their sources (and the shared shell's). */
async function buildWebIfStale(name: 'supervision' | 'disclosure'): Promise<void> {
  const app = join(ROOT, 'apps', name);
  const built = join(app, 'web', 'dist', 'index.html');
  const sources = newest([join(app, 'web'), join(ROOT, 'packages', 'web-shell', 'src')]);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) {
    say(`✓ ${name} 页面已是最新 / the ${name} pages are up to date`);
    return;
  }
  say(`… 正在构建 ${name} 页面 / building the ${name} pages`);
  await runToEnd('vite build', app, [join(app, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'warn']);
  say(`✓ ${name} 页面已构建 / ${name} pages built`);
}

/** The disclosure server's V8 options (apps/disclosure/bench/portal.bench.ts starts it the same way): a heap budget
 * (V8 otherwise lets the old space grow past 400 MB under load) and a young generation of 8 MB semi-spaces (16 MB let
 * the server reach 314 MB under the list benchmark, 4 MB halved its throughput with scavenges). */
export const DISCLOSURE_NODE_OPTIONS = '--max-old-space-size=256 --max-semi-space-size=8';

function launch(
  name: string,
  app: string,
  script: string,
  extraEnv: Record<string, string>,
  restart?: Restart,
): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join('src', script)], {
    cwd: join(ROOT, 'apps', app),
    env: {
      // the children inherit the environment (PATH, SMTP_URL, …) and get the validated settings explicitly
      // eslint-disable-next-line no-restricted-properties
      ...process.env,
      ...extraEnv,
      // the application role: it owns nothing and may only append to the audit trail
      DATABASE_URL: appUrl,
      // the apps prove themselves to each other with this run's secret (supervision → disclosure intake)
      SERVICE_SECRET: serviceSecret,
      REDIS_URL: env.REDIS_URL,
      HOST: env.HOST,
      LOG_LEVEL: env.LOG_LEVEL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => `[${name}] ${l}\n`)
      .join('');
  child.stdout!.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
  child.stderr!.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
  say(`[${name}] pid ${child.pid}`);
  child.once('exit', (code, signal) => {
    if (stopping) return;
    const entry = children.findIndex((c) => c.child === child);
    if (entry >= 0) children.splice(entry, 1);
    if (restart) {
      if (Date.now() - restart.startedAt >= RESTART_RESET_AFTER_MS) restart.attempts = 0;
      const delay = Math.min(RESTART_FIRST_MS * 2 ** restart.attempts, RESTART_MAX_MS);
      restart.attempts++;
      process.stderr.write(
        `✗ ${name} 意外退出 / exited unexpectedly (code ${code}, signal ${signal}); ` +
          `${delay / 1000} 秒后重启（第 ${restart.attempts} 次）/ restarting in ${delay / 1000} s (attempt ${restart.attempts}); 服务器照常运行 / the servers keep serving.\n`,
      );
      const timer = setTimeout(() => {
        restartTimers.delete(timer);
        if (stopping) return;
        restart.startedAt = Date.now();
        restart.onRestart(launch(name, app, script, extraEnv, restart));
      }, delay);
      restartTimers.add(timer);
      return;
    }
    process.stderr.write(
      `✗ ${name} 意外退出 / exited unexpectedly (code ${code}, signal ${signal}); 正在停止其余进程 / stopping the rest.\n`,
    );
    void stopAll(1);
  });
  children.push({ name, child });
  return child;
}

async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const timer of restartTimers) clearTimeout(timer);
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  say(code === 0 ? '已停止 / stopped.' : '已停止（出错）/ stopped after an error.');
  process.exit(code);
}

async function waitReady(name: string, url: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (stopping) return;
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  process.stderr.write(`✗ ${name} 未在 ${timeoutMs / 1000}s 内就绪 / not ready: ${url}\n`);
  await stopAll(1);
}

/**
 * A demo seeded just now: what the supervision demo publishes through the disclosure app (its normative documents, its
 * approved cleanup result list and the closed suggestions' answers) goes there over the intake API, as the office's
 * buttons send it, and the disclosure demo takes exactly those drafts through its workflow — so the portal shows the
 * document the cleanup repealed as 废止, and the answers.
 */
async function linkDemos(disclosureUrl: string): Promise<void> {
  const sent = await runToEnd('supervision → disclosure', join(ROOT, 'apps', 'supervision'), ['--import', 'tsx', join('src', 'seed', 'send-demo.ts')], {
    DATABASE_URL: appUrl,
    DISCLOSURE_URL: disclosureUrl,
    SERVICE_SECRET: serviceSecret,
  });
  const refs = [...sent.matchAll(/^sent (\S+)$/gm)].map((m) => m[1]!);
  await runToEnd('disclosure publishes', join(ROOT, 'apps', 'disclosure'), ['--import', 'tsx', join('src', 'seed', 'publish-received.ts'), ...refs], {
    DATABASE_URL: appUrl,
  });
  say(`✓ 演示：督查系统报送的${refs.length}件规范性文件、清理结果及建议提案答复已经政务公开发布 / ${refs.length} demo documents, cleanup results and answers published`);
}

async function main() {
  say('政令 Zhengling — 启动平台 / starting the platform');
  await checkPostgres();
  await checkRedis();
  await checkPort(env.SUPERVISION_PORT);
  await checkPort(env.DISCLOSURE_PORT);
  say(`✓ PostgreSQL ${redact(env.DATABASE_URL)}   ✓ Redis ${redact(env.REDIS_URL)}`);

  // As the administrator given in DATABASE_URL: the roles, the database, migrations as the migration role, grants.
  const { created, applied, appUrl: preparedAppUrl } = await preparePlatformDatabase(env.DATABASE_URL);
  appUrl = preparedAppUrl;
  if (created) say('✓ 已创建数据库 / database created');
  say(
    applied.length > 0
      ? `✓ 数据库迁移完成（${applied.length} 项）/ ${applied.length} migration(s) applied`
      : '✓ 数据库已是最新 / the database is up to date',
  );
  say(
    `✓ 服务进程以数据库角色 ${ROLES.app} 连接（审计记录只能追加）/ the processes connect as ${ROLES.app} (audit: append only)`,
  );
  const db = createDb(appUrl);
  let seed;
  try {
    seed = await seedDemoDistrict(db, {
      ...(env.ZHENGLING_DISTRICT ? { district: env.ZHENGLING_DISTRICT } : {}),
      // the demo's division of work took effect at the start of this year (its work report's tasks start then)
      asOf: `${new Date().getUTCFullYear()}-01-01`,
    });
  } finally {
    await db.$disconnect();
  }
  say(
    seed.created
      ? `✓ 已初始化演示区（${seed.district}）/ demo district seeded`
      : `✓ 演示区已存在（${seed.district}）/ demo district already there`,
  );

  // Each app seeds its own demo (its own tables, through its own use-cases) in a process of its own; the two seeds and
  // the two page builds are independent of one another and run side by side.
  const seedApp = (name: 'supervision' | 'disclosure') =>
    runToEnd(`${name} seed`, join(ROOT, 'apps', name), ['--import', 'tsx', join('src', 'seed', 'main.ts')], { DATABASE_URL: appUrl });
  // a seed's "提示：" lines (a demo set before today, for one) are passed on
  const ready = (done: string) => (out: string) => {
    say(done);
    for (const [line] of out.matchAll(/^提示：.*$/gm)) say(`  ${line}`);
    return out;
  };
  const [supervisionSeed] = await allOrFirstError([
    seedApp('supervision').then(ready('✓ 督查演示数据已就绪 / supervision demo ready')),
    seedApp('disclosure').then(ready('✓ 政务公开演示数据已就绪 / disclosure demo ready')),
    buildWebIfStale('supervision'),
    buildWebIfStale('disclosure'),
  ] as const);

  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  launch('supervision', 'supervision', 'main.ts', {
    SUPERVISION_PORT: String(env.SUPERVISION_PORT),
    // where the supervision app sends meeting decisions for publication
    DISCLOSURE_URL: `http://${env.HOST}:${env.DISCLOSURE_PORT}`,
  });
  launch('disclosure', 'disclosure', 'main.ts', {
    DISCLOSURE_PORT: String(env.DISCLOSURE_PORT),
    // the public server's memory budget: V8 would otherwise let its heap grow under load long before it needs to
    // collect (measured by apps/disclosure/bench: 443 MB at peak without it, under 300 MB with it)
    // eslint-disable-next-line no-restricted-properties -- options the operator set for every process are kept
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${DISCLOSURE_NODE_OPTIONS}`.trim(),
  });
  const worker = launch(
    'worker',
    'worker',
    'main.ts',
    {},
    {
      attempts: 0,
      startedAt: Date.now(),
      onRestart: (next) =>
        next.stdout!.on('data', (c: Buffer) => {
          if (c.toString().includes('reminder worker ready'))
            say('✓ 提醒进程已重启 / the reminder worker is back');
        }),
    },
  );
  const supervisionUrl = `http://${env.HOST}:${env.SUPERVISION_PORT}`;
  const disclosureUrl = `http://${env.HOST}:${env.DISCLOSURE_PORT}`;
  const workerReady = new Promise<void>((resolve) => {
    const onData = (c: Buffer) => c.toString().includes('reminder worker ready') && resolve();
    worker.stdout!.on('data', onData);
  });
  // the worker logs at info; make sure its readiness line is seen even with LOG_LEVEL=warn
  await Promise.all([
    waitReady('supervision', `${supervisionUrl}/readyz`),
    waitReady('disclosure', `${disclosureUrl}/readyz`),
    Promise.race([workerReady, new Promise((r) => setTimeout(r, 15_000))]),
  ]);
  if (stopping) return;
  if (supervisionSeed.includes('supervision demo seeded')) await linkDemos(disclosureUrl);
  if (stopping) return;

  say('');
  say('✓ 平台已启动 / the platform is running');
  say(
    `  督查（supervision）  ${supervisionUrl}   tRPC ${supervisionUrl}/trpc   队列面板 ${supervisionUrl}/admin/queues（管理员）`,
  );
  say(`  政务公开（disclosure）${disclosureUrl}/staff/   门户 portal ${disclosureUrl}/   开放数据 ${disclosureUrl}/api/open/documents`);
  say(`  健康检查 / health    ${supervisionUrl}/healthz   ${supervisionUrl}/readyz`);
  say('  演示账号 / demo accounts:');
  for (const a of seed.accounts) {
    say(
      `    ${a.username.padEnd(18)} ${a.roles.join(',').padEnd(20)} ${a.password ? `密码 password: ${a.password}   （仅显示这一次 / shown once）` : '（密码已在首次初始化时显示 / shown at first seed）'}`,
    );
  }
  say('  按 Ctrl-C 停止 / press Ctrl-C to stop.');
}

void main().catch((error: unknown) => {
  process.stderr.write(`✗ 启动失败 / start failed: ${(error as Error)?.stack ?? String(error)}\n`);
  void stopAll(1);
});

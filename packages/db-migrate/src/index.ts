// Offline Prisma migrations (shared/STACK-NOTES.md §3.3): the Prisma 7 CLI cannot run `migrate` without downloading
// a native engine, so migrations are written with `migrate diff` and applied with `migrate deploy` by Prisma 6.19.3's
// JS/wasm schema engine through the PostgreSQL driver adapter. The migration folders stay Prisma's own format.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const PRISMA6_CLI = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
const SNAPSHOT = 'schema.snapshot.prisma';

export interface MigrationTarget {
  /** folder of .prisma files (multi-file schema) */
  schemaDir: string;
  /** folder of committed migrations */
  migrationsDir: string;
}

/** Prisma 6 needs a `url` in the datasource and `engineType = "client"` to stay offline. */
function prisma6Schema(schemaDir: string): string {
  const parts = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.prisma'))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'));
  return parts
    .join('\n')
    .replace(
      /generator client \{[\s\S]*?\n\}/,
      'generator client {\n  provider   = "prisma-client-js"\n  engineType = "client"\n}',
    )
    .replace(/(datasource db \{\s*\n\s*provider\s*=\s*"postgresql")/, '$1\n  url = env("DATABASE_URL")');
}

function workspace(
  target: MigrationTarget,
  databaseUrl: string | undefined,
): { dir: string; config: string } {
  mkdirSync(join(PACKAGE_DIR, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(PACKAGE_DIR, '.tmp', 'run-'));
  writeFileSync(join(dir, 'schema.prisma'), prisma6Schema(target.schemaDir));
  const migrations = join(dir, 'migrations');
  if (existsSync(target.migrationsDir)) cpSync(target.migrationsDir, migrations, { recursive: true });
  else mkdirSync(migrations);
  const config = join(dir, 'prisma.config.ts');
  writeFileSync(
    config,
    `import { defineConfig } from 'prisma/config';
import { PrismaPg } from 'adapter-pg7';
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: ${JSON.stringify(join(dir, 'schema.prisma'))},
  migrations: { path: ${JSON.stringify(migrations)} },
  adapter: async () => {
    // Discrete fields, not connectionString: pg lets connectionString override the shadow database name.
    const u = new URL(${JSON.stringify(databaseUrl ?? 'postgresql://localhost/unused')});
    return new PrismaPg({ host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password), database: u.pathname.slice(1) });
  },
});
`,
  );
  return { dir, config };
}

function runPrisma6(args: string[], cwd: string, databaseUrl: string | undefined): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [PRISMA6_CLI, ...args], {
      cwd,
      // The child inherits the environment (PATH, proxies) and gets the target database explicitly.
      env: {
        // eslint-disable-next-line no-restricted-properties
        ...process.env,
        DATABASE_URL: databaseUrl ?? 'postgresql://localhost/unused',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(out)
        : reject(new Error(`prisma ${args[0]} ${args[1] ?? ''} failed (${code}):\n${err}\n${out}`)),
    );
  });
}

/** The committed migrations (folder names, in order). */
export const committedMigrations = (migrationsDir: string): string[] =>
  existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(migrationsDir, d.name, 'migration.sql')))
        .map((d) => d.name)
        .sort()
    : [];

/** The committed migrations the database has not finished applying (all of them before the first deploy). */
export async function pendingMigrations(target: MigrationTarget, databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    if (!table.rows[0]?.t) return committedMigrations(target.migrationsDir);
    const { rows } = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return committedMigrations(target.migrationsDir).filter((m) => !applied.has(m));
  } finally {
    await client.end();
  }
}

/**
 * Apply every committed migration not yet applied to the database (idempotent). When none is pending the migration
 * engine is not started at all: it takes about 11 s even with nothing to do (STACK-NOTES §3.3), and a second
 * `pnpm start` should be ready in a few seconds. Returns the migrations applied.
 */
export async function deployMigrations(target: MigrationTarget, databaseUrl: string): Promise<string[]> {
  const pending = await pendingMigrations(target, databaseUrl);
  if (pending.length === 0) return [];
  const ws = workspace(target, databaseUrl);
  try {
    await runPrisma6(['migrate', 'deploy', '--config', ws.config], ws.dir, databaseUrl);
  } finally {
    rmSync(ws.dir, { recursive: true, force: true });
  }
  return pending;
}

const lastSnapshot = (migrationsDir: string): string | undefined => {
  if (!existsSync(migrationsDir)) return undefined;
  const dirs = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .reverse();
  for (const d of dirs) {
    const p = join(migrationsDir, d, SNAPSHOT);
    if (existsSync(p)) return p;
  }
  return undefined;
};

/**
 * Write a new migration: the SQL that takes the schema of the last migration (its snapshot) to the current schema.
 * Needs no database. Returns the folder, or undefined when the schema has not changed.
 */
export async function createMigration(
  target: MigrationTarget,
  name: string,
  now: Date,
  /** Prisma 6's JS engine opens its adapter even for a schema-to-schema diff; nothing is written there. */
  databaseUrl = 'postgresql://postgres@127.0.0.1:5432/postgres',
): Promise<string | undefined> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('migration name: lowercase letters, digits and _ only');
  const ws = workspace(target, databaseUrl);
  try {
    const previous = lastSnapshot(target.migrationsDir);
    const from = previous ? ['--from-schema-datamodel', previous] : ['--from-empty'];
    const sql = await runPrisma6(
      ['migrate', 'diff', ...from, '--to-schema-datamodel', join(ws.dir, 'schema.prisma'), '--script'],
      ws.dir,
      databaseUrl,
    );
    if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) return undefined;
    const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
    const folder = join(target.migrationsDir, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'migration.sql'), sql);
    writeFileSync(join(folder, SNAPSHOT), readFileSync(join(ws.dir, 'schema.prisma'), 'utf8'));
    return folder;
  } finally {
    rmSync(ws.dir, { recursive: true, force: true });
  }
}

// Server-level administration: make sure a database exists and carries every committed migration.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployMigrations } from '@zhengling/db-migrate';
import pg from 'pg';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PLATFORM_MIGRATIONS = {
  schemaDir: join(PACKAGE_DIR, 'prisma', 'schema'),
  migrationsDir: join(PACKAGE_DIR, 'prisma', 'migrations'),
};

/** The same server, another database (the maintenance database `postgres` by default). */
export function withDatabase(databaseUrl: string, database = 'postgres'): string {
  const u = new URL(databaseUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export const databaseName = (databaseUrl: string): string =>
  decodeURIComponent(new URL(databaseUrl).pathname.slice(1));

/** Run `fn` with a client on the server's maintenance database. */
export async function withAdminClient<T>(
  databaseUrl: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({
    connectionString: withDatabase(databaseUrl),
    connectionTimeoutMillis: 5_000,
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Create the database if it does not exist. Returns true when it was created. */
export async function ensureDatabase(databaseUrl: string, template?: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  return withAdminClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(
      `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`,
    );
    return true;
  });
}

/** Apply the platform's committed migrations (idempotent; nothing runs when none is pending). Returns those applied. */
export async function migratePlatform(databaseUrl: string): Promise<string[]> {
  return deployMigrations(PLATFORM_MIGRATIONS, databaseUrl);
}

export { quoteIdent };

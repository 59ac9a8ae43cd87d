// Test databases: the committed migrations are applied once to a template database named by their hash; each test
// file gets its own copy (CREATE DATABASE … TEMPLATE, a fraction of a second), so files run in parallel, runs repeat,
// and nothing is shared. Migrations still run exactly as in production, just once per change.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  databaseName,
  migratePlatform,
  PLATFORM_MIGRATIONS,
  quoteIdent,
  withAdminClient,
  withDatabase,
} from '../admin';
import { createDb, type Db } from '../client';
import { dbEnv } from '../env';

function migrationsHash(): string {
  const h = createHash('sha256');
  for (const d of readdirSync(PLATFORM_MIGRATIONS.migrationsDir).sort()) {
    h.update(d);
    h.update(readFileSync(join(PLATFORM_MIGRATIONS.migrationsDir, d, 'migration.sql')));
  }
  return h.digest('hex').slice(0, 12);
}

const TEMPLATE_LOCK = 727_001; // pg advisory lock id: one template build at a time on this server

/** The template database for the current migrations, built if missing (safe across concurrent processes). */
export async function ensureTemplate(serverUrl: string = dbEnv.DATABASE_URL): Promise<string> {
  const template = `zl_tpl_${migrationsHash()}`;
  await withAdminClient(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      // Test databases left behind by a killed run (their names carry their creation time) are dropped after two
      // hours, so a machine does not fill up with them.
      const stale = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'zl\\_test\\_%'",
      );
      for (const { datname } of stale.rows) {
        const born = parseInt(datname.split('_')[2] ?? '', 36);
        if (Number.isFinite(born) && Date.now() - born > 2 * 3_600_000) {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
        }
      }
      const { rowCount } = await client.query(
        'SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate',
        [template],
      );
      if (rowCount) return;
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)}`);
      await client.query(`CREATE DATABASE ${quoteIdent(template)}`);
      await migratePlatform(withDatabase(serverUrl, template));
      await client.query(`ALTER DATABASE ${quoteIdent(template)} WITH is_template true`);
      // Older templates (other migration sets) are no longer needed.
      const old = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'zl\\_tpl\\_%' AND datname <> $1",
        [template],
      );
      for (const { datname } of old.rows) {
        await client.query(`ALTER DATABASE ${quoteIdent(datname)} WITH is_template false`);
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)}`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return template;
}

export interface TestDatabase {
  url: string;
  name: string;
  db: Db;
  /** disconnect and drop the database */
  drop(): Promise<void>;
}

/** A fresh, fully migrated database of its own for one test file. */
export async function createTestDatabase(serverUrl: string = dbEnv.DATABASE_URL): Promise<TestDatabase> {
  const template = await ensureTemplate(serverUrl);
  const name = `zl_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
        return;
      } catch (error) {
        // another copy of the same template starting at the same instant: wait and retry
        if (attempt < 20 && /being accessed by other users/.test(String(error))) {
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
          continue;
        }
        throw error;
      }
    }
  });
  const url = withDatabase(serverUrl, name);
  const db = createDb(url, { poolSize: 5 });
  return {
    url,
    name,
    db,
    async drop() {
      await db.$disconnect();
      await withAdminClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      );
    },
  };
}

export { databaseName };

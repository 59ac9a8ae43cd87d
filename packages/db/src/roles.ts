// Who connects as whom. The servers and the worker connect as the application role, which owns nothing, may read
// and change the platform's tables but may only INSERT into and SELECT from the audit trail — so neither
// `ALTER TABLE … DISABLE TRIGGER` (owners only) nor `SET session_replication_role` (superusers only) nor a plain
// UPDATE can rewrite it. Migrations run as the migration role, which owns the schema. The start command (as the
// administrator it is given) creates both.
import pg from 'pg';
import { databaseName, ensureDatabase, migratePlatform, quoteIdent, withAdminClient } from './admin';

export const ROLES = { app: 'zhengling_app', migrator: 'zhengling_migrator' } as const;

/** The same server and database, connecting as another role (its password, if any, stays in the URL given). */
export function urlAs(databaseUrl: string, role: string, password?: string): string {
  const u = new URL(databaseUrl);
  u.username = role;
  u.password = password ?? '';
  return u.toString();
}

/** Create the two roles if they are missing (safe when two processes do it at once). */
export async function ensureRoles(adminUrl: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    for (const role of Object.values(ROLES)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (rowCount) continue;
      try {
        await client.query(`CREATE ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      } catch (error) {
        if ((error as { code?: string }).code !== '42710' && (error as { code?: string }).code !== '23505')
          throw error;
      }
    }
  });
}

/**
 * Make the migration role the owner of the database and of everything in the platform schema (a database first
 * migrated by the administrator keeps working), as the administrator.
 */
export async function handOverToMigrator(adminUrl: string): Promise<void> {
  const name = databaseName(adminUrl);
  await withAdminClient(adminUrl, (client) =>
    client.query(`ALTER DATABASE ${quoteIdent(name)} OWNER TO ${quoteIdent(ROLES.migrator)}`),
  );
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const owned = await client.query<{ sql: string }>(
      `SELECT format('ALTER %s %I.%I OWNER TO %I', kind, nspname, relname, $1::text) AS sql FROM (
         SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END AS kind,
                n.nspname, c.relname
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname IN ('platform', 'supervision', 'disclosure', 'public') AND c.relkind IN ('r', 'p', 'S', 'v')
            AND pg_get_userbyid(c.relowner) <> $1::text
            AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'a'))
       ) objects`,
      [ROLES.migrator],
    );
    for (const { sql } of owned.rows) await client.query(sql);
    await client.query(
      `DO $zl$ BEGIN
         IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'platform') THEN
           EXECUTE format('ALTER SCHEMA platform OWNER TO %I', '${ROLES.migrator}');
         END IF;
         IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'supervision') THEN
           EXECUTE format('ALTER SCHEMA supervision OWNER TO %I', '${ROLES.migrator}');
         END IF;
         IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'disclosure') THEN
           EXECUTE format('ALTER SCHEMA disclosure OWNER TO %I', '${ROLES.migrator}');
         END IF;
       END $zl$`,
    );
    const functions = await client.query<{ sql: string }>(
      `SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, $1::text) AS sql
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('platform', 'supervision', 'disclosure') AND pg_get_userbyid(p.proowner) <> $1::text`,
      [ROLES.migrator],
    );
    for (const { sql } of functions.rows) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The apps' own schemas (each touched only by its app; see prisma/schema/base.prisma). */
const APP_SCHEMAS = ['supervision', 'disclosure'] as const;

/**
 * What the application role may do, granted by the owner after each migration: use the schemas; read and change every
 * table but the audit trail, which it may only read and append to; use the sequences. Nothing in `public` (the
 * migration history).
 */
export async function grantApplication(migratorUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: migratorUrl });
  await client.connect();
  const app = quoteIdent(ROLES.app);
  try {
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(databaseName(migratorUrl))} TO ${app}`);
    await client.query(`GRANT USAGE ON SCHEMA platform TO ${app}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA platform TO ${app}`);
    await client.query(
      `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON platform.audit_entry FROM ${app}`,
    );
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA platform TO ${app}`);
    for (const schema of APP_SCHEMAS) {
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${app}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app}`);
    }
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
  } finally {
    await client.end();
  }
}

/**
 * Make a database ready for the platform, as the administrator: the roles, the database, ownership by the migration
 * role, the committed migrations applied as that role, and the application role's grants. Returns the URL the
 * servers and the worker connect with (the application role) and the migrations applied.
 */
export async function preparePlatformDatabase(
  adminUrl: string,
): Promise<{ created: boolean; applied: string[]; appUrl: string }> {
  await ensureRoles(adminUrl);
  const created = await ensureDatabase(adminUrl);
  await handOverToMigrator(adminUrl);
  const migratorUrl = urlAs(adminUrl, ROLES.migrator);
  const applied = await migratePlatform(migratorUrl);
  await grantApplication(migratorUrl);
  return { created, applied, appUrl: urlAs(adminUrl, ROLES.app) };
}

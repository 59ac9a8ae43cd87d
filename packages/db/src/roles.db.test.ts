// The application's own database role cannot rewrite the audit trail: not by UPDATE or DELETE, not by disabling the
// triggers, not by replication mode, not by TRUNCATE. It can append to it and read it, and work every other table.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { quoteIdent, withAdminClient, withDatabase } from './admin';
import { dbEnv } from './env';
import { preparePlatformDatabase, ROLES } from './roles';

const name = `zl_roles_${process.pid}_${Date.now().toString(36)}`;
const adminUrl = withDatabase(dbEnv.DATABASE_URL, name);
let app: pg.Client;
let prepared: Awaited<ReturnType<typeof preparePlatformDatabase>>;

beforeAll(async () => {
  prepared = await preparePlatformDatabase(adminUrl);
  app = new pg.Client({ connectionString: prepared.appUrl });
  await app.connect();
}, 120_000);
afterAll(async () => {
  await app?.end();
  await withAdminClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
});

const refused = (sql: string) =>
  app.query(sql).then(
    () => 'allowed',
    (e: { message: string }) => e.message,
  );

describe('the application role', () => {
  test('connects as itself, a role that is not a superuser and owns nothing', async () => {
    expect(prepared.created).toBe(true);
    expect(prepared.applied.length).toBeGreaterThan(0);
    const { rows } = await app.query<{ u: string; su: boolean }>(
      'SELECT current_user AS u, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su',
    );
    expect(rows[0]).toEqual({ u: ROLES.app, su: false });
    const owned = await app.query(
      "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'platform' AND pg_get_userbyid(c.relowner) = current_user",
    );
    expect(owned.rowCount).toBe(0);
  });

  test('appends to the audit trail and reads it', async () => {
    await app.query(
      "INSERT INTO platform.audit_entry (actor_label, app, action, entity_type, entity_id) VALUES ('t', 'platform', 'test.append', 'thing', '1')",
    );
    expect(
      (await app.query("SELECT 1 FROM platform.audit_entry WHERE action = 'test.append'")).rowCount,
    ).toBe(1);
  });

  test.each([
    ["UPDATE platform.audit_entry SET action = 'tampered'", /permission denied/],
    ['DELETE FROM platform.audit_entry', /permission denied/],
    ['TRUNCATE platform.audit_entry', /permission denied/],
    ['ALTER TABLE platform.audit_entry DISABLE TRIGGER ALL', /must be owner/],
    ["SET session_replication_role = 'replica'", /permission denied/],
    ['DROP TABLE platform.audit_entry', /must be owner/],
    ['SELECT * FROM public._prisma_migrations', /permission denied/],
  ])('cannot: %s', async (sql, why) => {
    expect(await refused(sql)).toMatch(why);
    expect(
      (await app.query("SELECT 1 FROM platform.audit_entry WHERE action = 'test.append'")).rowCount,
    ).toBe(1);
  });

  test('reads and changes the other tables', async () => {
    await app.query(
      "INSERT INTO platform.department (id, code, name, short_name, kind, updated_at) VALUES ('d-roles', 'roles', '测试部门', '测试', 'work_department', now())",
    );
    await app.query("UPDATE platform.department SET short_name = '改' WHERE id = 'd-roles'");
    await app.query("DELETE FROM platform.department WHERE id = 'd-roles'");
  });

  test('a second preparation applies nothing and keeps the grants', async () => {
    const again = await preparePlatformDatabase(adminUrl);
    expect(again).toMatchObject({ created: false, applied: [] });
    expect(await refused("UPDATE platform.audit_entry SET action = 'x'")).toMatch(/permission denied/);
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { verifyPassword } from './auth/passwords';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.department.create({
    data: { code: 'gov-office', name: '区政府办公室', shortName: '区政府办', kind: 'office' },
  });
});
afterAll(async () => {
  await t?.drop();
});

const cli = (args: string[], input?: string) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'scripts', 'create-admin.ts'), ...args],
    {
      env: { ...process.env, DATABASE_URL: t.url },
      input,
      encoding: 'utf8',
    },
  );

test(
  'the first administrator is created by the CLI with a generated password printed once, and audited',
  { timeout: 120_000 },
  async () => {
    const r = cli(['--username', 'root-admin', '--display-name', '管理员', '--department', 'gov-office']);
    expect(r.status).toBe(0);
    const password = /password \(shown once\): (\S+)/.exec(r.stdout)![1]!;
    const user = await t.db.user.findUniqueOrThrow({ where: { username: 'root-admin' } });
    expect(user.roles).toEqual(['administrator']);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    expect(
      await t.db.auditEntry.findFirst({
        where: { action: 'user.create', entityId: user.id, actorLabel: 'cli' },
      }),
    ).not.toBeNull();
  },
);

test('a password given on stdin must meet the policy and is never printed', async () => {
  const weak = cli(
    ['--username', 'second', '--display-name', 'x', '--department', 'gov-office', '--password-stdin'],
    'short\n',
  );
  expect(weak.status).toBe(1);
  expect(weak.stderr).toContain('至少12位');
  const ok = cli(
    ['--username', 'second', '--display-name', 'x', '--department', 'gov-office', '--password-stdin'],
    'a sufficiently long secret\n',
  );
  expect(ok.status).toBe(0);
  expect(ok.stdout).not.toContain('a sufficiently long secret');
}, 120_000); // two CLI processes, each compiling TypeScript at start, on two cores shared with the whole suite

// The lint holds every arrow ARCHITECTURE.md draws: for each rule, a bad file in the package it applies to fails,
// and the allowed neighbour passes.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { zhenglingConfig } from '../index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LAYERS: Record<string, { dir: string; layer: 'rules-core' | 'package' | `app:${string}` }> = {
  '@zhengling/rules-core': { dir: 'packages/rules-core', layer: 'rules-core' },
  '@zhengling/core': { dir: 'packages/core', layer: 'package' },
  '@zhengling/directory': { dir: 'packages/directory', layer: 'package' },
  '@zhengling/reminders': { dir: 'packages/reminders', layer: 'package' },
  '@zhengling/server-kit': { dir: 'packages/server-kit', layer: 'package' },
  '@zhengling/supervision': { dir: 'apps/supervision', layer: 'app:supervision' },
  '@zhengling/disclosure': { dir: 'apps/disclosure', layer: 'app:disclosure' },
  '@zhengling/worker': { dir: 'apps/worker', layer: 'app:worker' },
  '@zhengling/web-shell': { dir: 'packages/web-shell', layer: 'package' },
};

/** The rule ids that report on `code`, written as `file` inside the package `name`. */
async function violations(name: string, file: string, code: string): Promise<string[]> {
  const { dir, layer } = LAYERS[name]!;
  const cwd = join(ROOT, dir);
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: zhenglingConfig({ layer, name }),
  });
  const [result] = await eslint.lintText(code, { filePath: join(cwd, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}
const RESTRICTED = '@typescript-eslint/no-restricted-imports';

describe('rules-core imports nothing of ours and does no I/O', () => {
  test.each([
    ["import { createDb } from '@zhengling/db';\ncreateDb('x');", RESTRICTED],
    ["import { readFileSync } from 'node:fs';\nreadFileSync('x');", RESTRICTED],
    ["import { spawn } from 'node:child_process';\nspawn('x');", RESTRICTED],
    ["import pg from 'pg';\nexport const c = pg;", RESTRICTED],
    ['export const now = new Date();', 'no-restricted-syntax'],
    ['export const now = Date.now();', 'no-restricted-syntax'],
    ['export const t = performance.now();', 'no-restricted-properties'],
    ["export const r = fetch('http://127.0.0.1/');", 'no-restricted-globals'],
    [
      "import { x } from '../../../db/src/index';\nexport const y = x;",
      'zhengling/no-relative-import-outside-package',
    ],
  ])('the engine may not: %s', async (code, rule) => {
    expect(await violations('@zhengling/rules-core', 'src/engine/bad.ts', code)).toContain(rule);
  });
  test('a relative import inside the package and a date passed in are fine', async () => {
    const code =
      "import { toOrdinal } from '../calendar/dates';\nexport const f = (asOf: string) => toOrdinal(asOf);";
    expect(await violations('@zhengling/rules-core', 'src/engine/good.ts', code)).toEqual([]);
  });
});

describe('every package imports only along its arrows', () => {
  test.each([
    [
      '@zhengling/reminders',
      "import { buildServer } from '@zhengling/server-kit';\nexport const b = buildServer;",
    ],
    ['@zhengling/directory', "import { sweep } from '@zhengling/reminders';\nexport const s = sweep;"],
    [
      '@zhengling/directory',
      "import { authRouter } from '@zhengling/server-kit';\nexport const a = authRouter;",
    ],
    [
      '@zhengling/core',
      "import { buildServer } from '@zhengling/server-kit';\nexport const b = buildServer;",
    ],
    [
      '@zhengling/server-kit',
      "import { seedDemoDistrict } from '@zhengling/directory';\nexport const s = seedDemoDistrict;",
    ],
    [
      '@zhengling/worker',
      "import { createLogger } from '@zhengling/server-kit';\nexport const l = createLogger;",
    ],
  ])('%s may not import: %s', async (name, code) => {
    expect(await violations(name, 'src/bad.ts', code)).toContain(RESTRICTED);
  });
  test('the directory may use the identity subpath of the server kit, which loads no web framework', async () => {
    const code = "import { createUser } from '@zhengling/server-kit/identity';\nexport const c = createUser;";
    expect(await violations('@zhengling/directory', 'src/good.ts', code)).toEqual([]);
  });
  test('a package never imports an app', async () => {
    const code = "import { appRouter } from '@zhengling/supervision/router';\nexport const r = appRouter;";
    expect(await violations('@zhengling/server-kit', 'src/bad.ts', code)).toContain(RESTRICTED);
  });
  test('a relative import may not reach into another package', async () => {
    const code = "import { sweep } from '../../reminders/src/sweep';\nexport const s = sweep;";
    expect(await violations('@zhengling/directory', 'src/bad.ts', code)).toContain(
      'zhengling/no-relative-import-outside-package',
    );
  });
  test('tests may use the test utilities', async () => {
    const code = "import { startRedisServer } from '@zhengling/testing';\nexport const s = startRedisServer;";
    expect(await violations('@zhengling/reminders', 'src/x.test.ts', code)).toEqual([]);
    expect(await violations('@zhengling/reminders', 'src/x.ts', code)).toContain(RESTRICTED);
  });
});

describe('domain code knows no HTTP', () => {
  test.each(['@zhengling/core', '@zhengling/directory', '@zhengling/reminders'])(
    '%s may not import tRPC or Fastify',
    async (name) => {
      expect(
        await violations(
          name,
          'src/bad.ts',
          "import { TRPCError } from '@trpc/server';\nexport const e = TRPCError;",
        ),
      ).toContain(RESTRICTED);
      expect(
        await violations(name, 'src/bad.ts', "import Fastify from 'fastify';\nexport const f = Fastify;"),
      ).toContain(RESTRICTED);
    },
  );
});

describe('apps talk over tRPC only', () => {
  test('an app may import another app’s router type, never its code', async () => {
    const type = "import type { AppRouter } from '@zhengling/disclosure/router';\nexport type R = AppRouter;";
    const code = "import { appRouter } from '@zhengling/disclosure/router';\nexport const r = appRouter;";
    expect(await violations('@zhengling/supervision', 'src/x.ts', type)).toEqual([]);
    expect(await violations('@zhengling/supervision', 'src/x.ts', code)).toContain(RESTRICTED);
  });
});

describe('web pages run in the browser', () => {
  test('a page imports the staff shell, and the server only as its router type', async () => {
    const file = 'web/src/pages/x.tsx';
    const ok = [
      "import { StaffShell } from '@zhengling/web-shell';\nexport const s = StaffShell;",
      "import type { AppRouter } from '../../src/router';\nexport type R = AppRouter;",
    ];
    const bad = [
      "import { appRouter } from '../../src/router';\nexport const r = appRouter;",
      "import { createDb } from '@zhengling/db';\nexport const c = createDb;",
    ];
    for (const code of ok) expect(await violations('@zhengling/supervision', file, code)).toEqual([]);
    for (const code of bad) expect(await violations('@zhengling/supervision', file, code)).toContain(RESTRICTED);
  });
  test('the staff shell imports the server kit as a type only', async () => {
    const type = "import type { ShellRouter } from '@zhengling/server-kit/shell-router';\nexport type R = ShellRouter;";
    const code = "import { shellRouter } from '@zhengling/server-kit/shell-router';\nexport const r = shellRouter;";
    expect(await violations('@zhengling/web-shell', 'src/x.ts', type)).toEqual([]);
    expect(await violations('@zhengling/web-shell', 'src/x.ts', code)).toContain(RESTRICTED);
  });
});

describe('each app owns its tables', () => {
  test('the disclosure app may not read or write the supervision app’s tables; the supervision app may', async () => {
    for (const code of [
      'export const f = (db: any) => db.task.findMany();',
      'export const f = (tx: any) => tx.notice.update({});',
      'export const f = (ctx: any) => ctx.db.progressReport.count();',
    ]) {
      expect(await violations('@zhengling/disclosure', 'src/x.ts', code)).toContain('no-restricted-syntax');
      expect(await violations('@zhengling/supervision', 'src/x.ts', code)).not.toContain('no-restricted-syntax');
    }
    // a property of the same name on something else is fine
    expect(
      await violations('@zhengling/disclosure', 'src/x.ts', 'export const f = (r: { task: { title: string } }) => r.task.title;'),
    ).toEqual([]);
  });
});

describe('configuration is read once', () => {
  test('process.env is read only in env.ts', async () => {
    const code = 'export const port = process.env.PORT;';
    expect(await violations('@zhengling/supervision', 'src/server.ts', code)).toContain(
      'no-restricted-properties',
    );
    expect(await violations('@zhengling/supervision', 'src/env.ts', code)).toEqual([]);
  });
});

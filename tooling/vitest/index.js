import { defineConfig } from 'vitest/config';

/**
 * Shared Vitest preset. `*.test.ts` are pure and parallel; `*.db.test.ts` talk to the real PostgreSQL/Redis
 * of the machine (STYLE.md). Both run in the test command. Each run also writes a JSON report that
 * tooling/scripts/test-summary.ts adds up into the suite's closing line.
 * @param {{ testTimeout?: number, setupFiles?: string[], globalSetup?: string[], fileParallelism?: boolean, include?: string[] }} [overrides]
 */
export function zhenglingVitest(overrides = {}) {
  return defineConfig({
    test: {
      include: overrides.include ?? ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: overrides.testTimeout ?? 20_000,
      hookTimeout: 60_000,
      setupFiles: overrides.setupFiles ?? [],
      globalSetup: overrides.globalSetup ?? [],
      fileParallelism: overrides.fileParallelism ?? true,
      reporters: ['default', ['json', { outputFile: 'node_modules/.cache/vitest-report.json' }]],
    },
  });
}

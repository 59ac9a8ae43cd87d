// The rule cases are data (cases/<command>/*.json); this one table-driven test runs them all through the same
// handlers as the CLI, so every case also checks the CLI's response shape.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMMANDS, type CommandName } from './cli/commands';
import { respond } from './cli/respond';

interface CaseFile {
  command: CommandName;
  description: string;
  cases: { name: string; request: unknown; expect: Record<string, unknown> }[];
}

const CASES_DIR = join(import.meta.dirname, '..', 'cases');

function loadCaseFiles(): { file: string; data: CaseFile }[] {
  const out: { file: string; data: CaseFile }[] = [];
  for (const dir of readdirSync(CASES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(CASES_DIR, dir.name))
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const data = JSON.parse(readFileSync(join(CASES_DIR, dir.name, f), 'utf8')) as CaseFile;
      out.push({ file: `${dir.name}/${f}`, data });
    }
  }
  return out;
}

const files = loadCaseFiles();

test('the case files exist and name known commands', () => {
  expect(files.length).toBeGreaterThan(0);
  for (const { file, data } of files) expect(Object.keys(COMMANDS), file).toContain(data.command);
});

describe.each(files)('$file', ({ data }) => {
  test.each(data.cases)('$name', ({ request, expect: expected }) => {
    expect(respond(COMMANDS[data.command], request)).toMatchObject(expected);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SIGNOFF_RULES } from '../rules/signoff';

test('every sign-off row of both rulebooks is reached by at least one case', () => {
  const dir = join(import.meta.dirname, '..', '..', 'cases', 'signoff');
  const text = readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const silentRows = new Set(['SPB-S0', 'SPB-S13', 'KZ-S0']); // answered RULEBOOK_SILENT with their pointer
  for (const rule of SIGNOFF_RULES) {
    if (silentRows.has(rule.id)) continue;
    expect(text, `${rule.id} has no case`).toContain(`"${rule.id}"`);
  }
});

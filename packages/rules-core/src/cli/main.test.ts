// The CLI as a caller runs it: JSON Lines in, exactly one JSON line out per line — a blank one included — in order.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'rules.mjs');
const run = (args: string[], input: string) => spawnSync('node', [BIN, ...args], { input, encoding: 'utf8' });

test('every input line gets one answer line, blank and malformed ones included, so the two zip', () => {
  const input = [
    '{"district":"kaizhou","matter":"soe-investment","amountYuan":"3999999.99"}',
    '',
    'not json',
    '{"district":"kaizhou","matter":"soe-investment","amountYuan":4999999.9999999999}',
    '{"district":"kaizhou","matter":"soe-investment","amountYuan":"1","formalExternalAgreemnt":true}',
  ].join('\n');
  const r = run(['route'], `${input}\n`);
  expect(r.status).toBe(0);
  const answers = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { ok: boolean; error?: { code: string } });
  expect(answers.map((a) => a.ok || a.error!.code)).toEqual([
    true,
    'INVALID_REQUEST',
    'INVALID_REQUEST',
    'INVALID_AMOUNT',
    'INVALID_REQUEST',
  ]);
}, 60_000);

test('explain answers a reading id in any letter case', () => {
  const r = run(['explain', 'i-a-19'], '');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, interpretation: { id: 'I-A-19' } });
}, 60_000);

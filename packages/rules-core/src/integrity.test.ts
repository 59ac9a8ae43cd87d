// The integrity check of the rule data: the stored texts are the seeds, every quote is verbatim, every rule is cited
// and unique, every interpretation points at real rules. (Band tiling is checked beside the routing tables.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { INSTRUMENTS } from './instruments';
import { ALL_INTERPRETATIONS } from './interpretations';
import { ALL_RULES } from './rules';

const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const TEXT_DIR = join(import.meta.dirname, 'instruments', 'text');

describe('the stored instruments', () => {
  test.each(Object.values(INSTRUMENTS))(
    '$documentNumber is stored verbatim, with its number and title in the text',
    (inst) => {
      expect(inst.text).toBe(readFileSync(join(TEXT_DIR, `${inst.id}.txt`), 'utf8'));
      expect(inst.text.startsWith(inst.documentNumber)).toBe(true);
      expect(inst.text).toContain(inst.title);
      expect(inst.text).toContain('此件公开发布');
    },
  );

  const seedFiles = {
    'spb-2022-3': '000_02ea456b04a5dfb8.txt',
    'kz-2021-7': '001_bc5c9d4e9e2d6665.txt',
  } as const;
  // Outside CI a checkout without shared/ beside it skips this; under CI a missing shared/ fails it.
  test.runIf(existsSync(SEEDS) || Boolean(process.env.CI)).each(Object.entries(seedFiles))(
    '%s is byte-identical to the shared seed',
    (id, seed) => {
      expect(readFileSync(join(TEXT_DIR, `${id}.txt`), 'utf8')).toBe(readFileSync(join(SEEDS, seed), 'utf8'));
    },
  );
});

describe('every rule', () => {
  test('has a unique id', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each(ALL_RULES.map((r) => [r.id, r] as const))(
    '%s quotes its instrument verbatim and is cited',
    (_id, rule) => {
      const instrument = INSTRUMENTS[rule.instrumentId];
      expect(instrument.district).toBe(rule.district);
      expect(rule.location.trim()).not.toBe('');
      expect(rule.quote.trim().length).toBeGreaterThan(3);
      expect(
        instrument.text.includes(rule.quote),
        `quote not verbatim in ${instrument.documentNumber}: ${rule.quote}`,
      ).toBe(true);
      expect(rule.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.validFrom >= instrument.inForceFrom).toBe(true);
    },
  );
});

describe('every interpretation', () => {
  const ruleIds = new Set(ALL_RULES.map((r) => r.id));
  test('has a unique id', () => {
    const ids = ALL_INTERPRETATIONS.map((i) => i.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  test.each(ALL_INTERPRETATIONS.map((i) => [i.id, i] as const))(
    '%s names existing rules, a reading and a rationale',
    (_id, interp) => {
      expect(interp.ruleIds.length).toBeGreaterThan(0);
      for (const id of interp.ruleIds) expect(ruleIds.has(id), `unknown rule ${id}`).toBe(true);
      expect(interp.reading.trim()).not.toBe('');
      expect(interp.rationale.trim()).not.toBe('');
    },
  );
});

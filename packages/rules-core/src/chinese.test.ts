// Everything a user reads is in Chinese, and nothing in Chinese quotation marks is a paraphrase: a “…” is the
// rulebook's own words. Rule ids are a typed union generated from the data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { renderRuleIds } from '../scripts/generate-rule-ids';
import { COMMANDS, type CommandName } from './cli/commands';
import { respond } from './cli/respond';
import { INSTRUMENTS } from './instruments';
import { ALL_INTERPRETATIONS } from './interpretations';
import { ALL_RULES, ruleById, type RuleId } from './rules';

const CJK = /[\u4e00-\u9fff]/;
const TEXTS = Object.values(INSTRUMENTS).map((i) => i.text);
/** Segments in Chinese quotation marks. */
const quoted = (s: string) => [...s.matchAll(/“([^”]*)”/g)].map((m) => m[1]!);
const verbatim = (q: string) => TEXTS.some((t) => t.includes(q));

describe('what people read is Chinese', () => {
  test.each(ALL_RULES.map((r) => [r.id, r] as const))('%s has a Chinese summary', (_id, rule) => {
    expect(rule.summary).toMatch(CJK);
    expect(rule.summaryEn.trim()).not.toBe('');
  });
  test.each(ALL_INTERPRETATIONS.map((i) => [i.id, i] as const))(
    '%s gives its reading and rationale in Chinese',
    (_id, i) => {
      expect(i.reading).toMatch(CJK);
      expect(i.rationale).toMatch(CJK);
    },
  );

  // Sample answers of every command; every human-readable string in them is Chinese.
  const SAMPLES: [CommandName, Record<string, unknown>][] = [
    [
      'route',
      {
        district: 'kaizhou',
        matter: 'special-fund-allocation',
        amountYuan: '100',
        urgent: true,
        formalExternalAgreement: true,
      },
    ],
    ['route', { district: 'shapingba', matter: 'three-important-one-large' }],
    [
      'signoff',
      {
        district: 'shapingba',
        kind: 'government-document',
        portfolios: ['a'],
        involvesFunds: true,
        proposal: { signer: 'district-head' },
      },
    ],
    ['meeting', { district: 'shapingba', meeting: 'executive-meeting', ask: 'profile' }],
    [
      'meeting',
      { district: 'shapingba', meeting: 'topic-meeting', ask: 'chair-check', chair: 'office-director' },
    ],
    [
      'ab-role',
      {
        district: 'shapingba',
        ask: 'acting',
        leader: 'd1',
        date: '2026-05-06',
        leaves: [{ leader: 'd1', from: '2026-05-06', to: '2026-05-06', reason: 'vacation' }],
      },
    ],
    [
      'lifecycle',
      {
        district: 'kaizhou',
        ask: 'transition',
        subtype: 'government-normative-document',
        from: 'completeness-review',
        to: 'meeting-deliberation',
        facts: {},
      },
    ],
    ['major-decision', { district: 'shapingba', decision: { urgent: true, handledByStandIn: true } }],
    [
      'disclosure',
      { district: 'kaizhou', ask: 'duty', item: { kind: 'executive-decision', confidentialByLaw: true } },
    ],
    ['explain', { ruleId: 'i-a-19' }],
    ['route', { district: 'shapingba', matter: 'soe-investment', amountYuan: '1' }],
  ];
  const READABLE = new Set(['message', 'summary', 'reading', 'rationale', 'notes', 'ground', 'label']);
  const readable = (value: unknown, key = ''): string[] => {
    if (typeof value === 'string') return READABLE.has(key) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((v) => readable(v, key));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => readable(v, k));
    return [];
  };
  test.each(SAMPLES)('%s %j answers in Chinese', (command, request) => {
    const answer = respond(COMMANDS[command], request);
    const strings = readable(answer);
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) {
      expect(s, s).toMatch(CJK);
      // no English sentence: three English words in a row
      expect(s, s).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}/);
    }
  });
});

describe('a Chinese quotation is a quotation', () => {
  test.each(ALL_RULES.map((r) => [r.id, r] as const))(
    '%s quotes only the rulebooks in its summary',
    (_id, rule) => {
      for (const q of quoted(rule.summary))
        expect(verbatim(q), `“${q}” is not in either rulebook`).toBe(true);
    },
  );
  test.each(ALL_INTERPRETATIONS.map((i) => [i.id, i] as const))('%s quotes only the rulebooks', (_id, i) => {
    for (const q of quoted(`${i.reading}${i.rationale}`)) {
      expect(verbatim(q), `“${q}” is not in either rulebook`).toBe(true);
    }
  });
  const SOURCES = ['engine', 'cli/commands', 'rules'].flatMap((dir) =>
    readdirSync(join(import.meta.dirname, dir))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(dir, f)),
  );
  test.each(SOURCES)('%s puts nothing but the rulebooks’ words in Chinese quotation marks', (file) => {
    const source = readFileSync(join(import.meta.dirname, file), 'utf8');
    for (const q of quoted(source)) {
      expect(verbatim(q), `“${q}” in ${file} is not in either rulebook`).toBe(true);
    }
  });
});

describe('rule ids are typed from the data', () => {
  test('the generated union lists exactly the rules in the data, in order', () => {
    const file = readFileSync(join(import.meta.dirname, 'rules', 'rule-ids.ts'), 'utf8');
    expect(file, 'run pnpm -F @zhengling/rules-core generate:rule-ids').toBe(
      renderRuleIds(ALL_RULES.map((r) => r.id)),
    );
  });
  test('a misspelt rule id does not compile', () => {
    expectTypeOf<'R-MNY-2'>().toExtend<RuleId>();
    expectTypeOf<'R-MNY-22'>().not.toExtend<RuleId>();
    // @ts-expect-error — the compiler refuses an id that is not in the data
    expect(() => ruleById('R-MNY-22').quote).toThrow();
    expect(ruleById('R-MNY-2').location).toBe('二十二第一段');
  });
});

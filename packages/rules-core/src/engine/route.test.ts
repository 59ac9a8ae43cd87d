import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { routeCommand } from '../cli/commands/route';
import { respond } from '../cli/respond';
import { INSTRUMENTS } from '../instruments';
import type { AuthorityId } from '../model/ids';
import { formatYuan } from '../model/money';
import { KZ_22_TABLES } from '../rules/kz-22-tables';
import { bandFor, route } from './route';

describe('the KZ §22 tables tile [0, ∞) with no gap and no overlap', () => {
  test.each(KZ_22_TABLES.map((t) => [t.id, t] as const))(
    '%s starts at 0, ends open, each max is the next min',
    (_id, table) => {
      expect(table.bands[0]!.minFen).toBe(0n);
      expect(table.bands.at(-1)!.maxFen).toBeNull();
      for (let i = 0; i + 1 < table.bands.length; i++) {
        expect(table.bands[i]!.maxFen, `${table.id} band ${i + 1}`).toBe(table.bands[i + 1]!.minFen);
        expect(table.bands[i]!.minFen < table.bands[i]!.maxFen!).toBe(true);
      }
    },
  );

  test.each(KZ_22_TABLES.map((t) => [t.id, t] as const))(
    '%s: every band quotes its own clause of 开州府发〔2021〕7号',
    (_id, table) => {
      const text = INSTRUMENTS['kz-2021-7'].text;
      expect(text).toContain(table.heading);
      for (const band of table.bands) expect(text).toContain(band.quote);
    },
  );
});

/** Higher rank = higher authority. Used only to check that a larger amount never goes lower. */
const RANK: Partial<Record<AuthorityId, number>> = {
  enterprise: 0,
  'competent-department': 0,
  'finance-bureau': 0,
  sasac: 0,
  'deputy-head-in-charge': 1,
  'executive-deputy-head': 2,
  'topic-meeting': 3,
  'head-office-meeting': 4,
  'executive-meeting': 5,
  'district-party-standing-committee': 6,
};

const fen = fc.bigInt({ min: 0n, max: 100n * 1_000_000_000_00n }); // up to 10 billion yuan

describe('routing is total and monotonic on valid input', () => {
  test('every non-negative amount with at most two decimals routes, for every Kaizhou matter', () => {
    const matters = [...new Set(KZ_22_TABLES.map((t) => t.id.split('/')[0]!))];
    fc.assert(
      fc.property(fc.constantFrom(...matters), fen, fen, (matter, amount, contract) => {
        const res = respond(routeCommand, {
          district: 'kaizhou',
          matter,
          amountYuan: formatYuan(amount),
          contractAmountYuan: formatYuan(contract),
        });
        expect(res.ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test.each(KZ_22_TABLES.map((t) => [t.id, t] as const))(
    '%s never moves to a lower authority as the amount grows',
    (_id, table) => {
      fc.assert(
        fc.property(fen, fen, (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const decider = (x: bigint) =>
            bandFor(table, x).steps.find((s) => !['review', 'consent', 'receive-filing'].includes(s.action))!
              .authority;
          expect(RANK[decider(hi)]!).toBeGreaterThanOrEqual(RANK[decider(lo)]!);
        }),
        { numRuns: 1000 },
      );
    },
  );

  test('Shapingba never borrows a Kaizhou figure: every money matter at every amount is RULEBOOK_SILENT', () => {
    const matters = [...new Set(KZ_22_TABLES.map((t) => t.id.split('/')[0]!))];
    fc.assert(
      fc.property(fc.constantFrom(...matters), fen, (matter, amount) => {
        const res = respond(routeCommand, {
          district: 'shapingba',
          matter,
          amountYuan: formatYuan(amount),
          contractAmountYuan: '1',
        });
        expect(res).toMatchObject({ ok: false, error: { code: 'RULEBOOK_SILENT' } });
      }),
      { numRuns: 300 },
    );
  });

  test('a success always cites at least one verbatim clause of its own district’s instrument', () => {
    const r = route({ district: 'kaizhou', matter: 'soe-investment', amountFen: 123_456_78n });
    expect(r.citations.length).toBeGreaterThan(0);
    for (const c of r.citations) expect(INSTRUMENTS['kz-2021-7'].text).toContain(c.quote);
  });
});

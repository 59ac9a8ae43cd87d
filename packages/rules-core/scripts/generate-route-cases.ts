// Writes cases/route/kz-band-edges.json: for every band of every KZ §22 table, a case at the lower bound, 0.01 yuan
// below it and 0.01 yuan above it. The expected answers come from scripts/spec-4-3-2-tables.json — a copy of
// rules-spec §4.3.2 typed independently of the engine's data — so the cases check the engine, not themselves.
// Run: pnpm -F @zhengling/rules-core exec tsx scripts/generate-route-cases.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type SpecBand = { min: number; max: number | null; steps: [string, string][] };
const SPEC = JSON.parse(readFileSync(join(import.meta.dirname, 'spec-4-3-2-tables.json'), 'utf8')) as Record<
  string,
  { cite: string; bands: SpecBand[] }
>;

const yuan = (fen: bigint): string => `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
const decider = (steps: [string, string][]): string =>
  steps.find(([, action]) => !['review', 'consent', 'receive-filing'].includes(action))![0];

const cases: unknown[] = [];
for (const [table, { cite, bands }] of Object.entries(SPEC)) {
  const [matter, sub] = table.split('/');
  const contract =
    sub === 'small-contract' ? '3999999.99' : sub === 'large-contract' ? '4000000.00' : undefined;
  const bandAt = (fen: bigint): SpecBand =>
    bands.find((b) => BigInt(b.min) * 100n <= fen && (b.max === null || fen < BigInt(b.max) * 100n))!;
  const points = new Set<bigint>();
  for (const b of bands) {
    const min = BigInt(b.min) * 100n;
    points.add(min);
    if (min > 0n) points.add(min - 1n);
    points.add(min + 1n);
  }
  for (const fen of [...points].sort((a, b) => (a < b ? -1 : 1))) {
    const band = bandAt(fen);
    cases.push({
      name: `${cite} ${table}: ${yuan(fen)} yuan is decided by ${decider(band.steps)}`,
      request: {
        district: 'kaizhou',
        matter,
        amountYuan: yuan(fen),
        ...(contract ? { contractAmountYuan: contract } : {}),
      },
      expect: {
        ok: true,
        decidedBy: decider(band.steps),
        steps: band.steps.map(([authority, action]) => ({ authority, action })),
        band: {
          table,
          minYuan: yuan(BigInt(band.min) * 100n),
          maxYuan: band.max === null ? null : yuan(BigInt(band.max) * 100n),
        },
      },
    });
  }
}

writeFileSync(
  join(import.meta.dirname, '..', 'cases', 'route', 'kz-band-edges.json'),
  `${JSON.stringify(
    {
      command: 'route',
      description:
        'Every band of every KZ §22 table, at its lower bound, 0.01 yuan below and 0.01 yuan above (generated from rules-spec §4.3.2 by scripts/generate-route-cases.ts)',
      cases,
    },
    null,
    1,
  )}\n`,
);
console.log(`${cases.length} cases`);

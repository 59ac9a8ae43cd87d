// pnpm bench: rules-core's `route` against the strongest json-rules-engine encoding of the same KZ §22 tables — one
// engine per matter, so each request is run only against its own table's rules — on one request mix (every matter,
// the whole amount range, urgent requests and contract amounts), with the same rounds and repetitions for both
// sides, reporting the median. Three measurements, each a ratio in the same run:
//   1. the engine:               route()                           vs  engine.run()             (target ≥ 100×)
//   2. the real path:            JSON line in → JSON line out      vs  the same around the engine (target ≥ 25×)
//   3. the CLI from a cold start: one line through `pnpm -s rules route`                       (target < 0.5 s)
// Not part of the tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Engine } from 'json-rules-engine';
import { routeCommand } from '../src/cli/commands/route';
import { answerLine } from '../src/cli/respond';
import { route, type RouteRequest } from '../src/engine/route';
import { formatYuan } from '../src/model/money';
import {
  INVESTMENT_CHANGE_CONTRACT_THRESHOLD,
  KZ_22_TABLES,
  type KzTableId,
} from '../src/rules/kz-22-tables';

const N = 20_000;
const ROUNDS = 7; // the same for both sides; the median is reported

// A deterministic mix: every matter, amounts log-uniform from 1 yuan to 10亿 (every band is hit), a contract
// amount on every investment change, and one request in five urgent.
let seed = 20260122;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const matters = [...new Set(KZ_22_TABLES.map((t) => t.id.split('/')[0]!))];
const amount = () => BigInt(Math.floor(10 ** (2 + rand() * 9)));
const requests: RouteRequest[] = Array.from({ length: N }, () => {
  const matter = matters[Math.floor(rand() * matters.length)]! as RouteRequest['matter'];
  const r: RouteRequest = { district: 'kaizhou', matter, amountFen: amount() };
  if (matter === 'investment-change') r.contractAmountFen = amount();
  if (rand() < 0.2) r.urgent = true;
  return r;
});
const lines = requests.map((r) =>
  JSON.stringify({
    district: r.district,
    matter: r.matter,
    amountYuan: formatYuan(r.amountFen!),
    ...(r.contractAmountFen !== undefined ? { contractAmountYuan: formatYuan(r.contractAmountFen) } : {}),
    ...(r.urgent ? { urgent: true } : {}),
  }),
);

// json-rules-engine: one engine per table; one rule per band, and for the three upward-funding matters a second rule
// per government-meeting band for the urgent path (KZ 二十二（一）). Facts are numbers of fen.
const UPWARD: ReadonlySet<string> = new Set([
  'matching-fund-project-application',
  'local-government-bond',
  'special-fund-allocation',
]);
const GOVERNMENT_MEETINGS = new Set(['topic-meeting', 'head-office-meeting', 'executive-meeting']);
const engines = new Map<KzTableId, Engine>();
for (const table of KZ_22_TABLES) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const band of table.bands) {
    const range = [
      { fact: 'amount', operator: 'greaterThanInclusive', value: Number(band.minFen) },
      ...(band.maxFen !== null ? [{ fact: 'amount', operator: 'lessThan', value: Number(band.maxFen) }] : []),
    ];
    const decider = band.steps.find(
      (s) => !['review', 'consent', 'receive-filing'].includes(s.action),
    )!.authority;
    const params = { steps: band.steps, rule: band.ruleId, quote: band.quote };
    if (UPWARD.has(table.id) && GOVERNMENT_MEETINGS.has(decider)) {
      engine.addRule({
        conditions: { all: [...range, { fact: 'urgent', operator: 'notEqual', value: true }] },
        event: { type: decider, params },
      });
      engine.addRule({
        conditions: { all: [...range, { fact: 'urgent', operator: 'equal', value: true }] },
        event: { type: 'district-government-leader', params },
      });
    } else engine.addRule({ conditions: { all: range }, event: { type: decider, params } });
  }
  engines.set(table.id, engine);
}
const tableOf = (matter: string, contractFen: number | undefined): KzTableId =>
  matter === 'investment-change'
    ? contractFen! < Number(INVESTMENT_CHANGE_CONTRACT_THRESHOLD)
      ? 'investment-change/small-contract'
      : 'investment-change/large-contract'
    : (matter as KzTableId);
const runBaseline = (r: { matter: string; amount: number; contract?: number; urgent?: boolean }) =>
  engines.get(tableOf(r.matter, r.contract))!.run({ amount: r.amount, urgent: r.urgent === true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Times two sides over the whole mix, round by round in turn (ours, theirs, ours, …), after a warm-up of each, so
 * both see the same machine; returns the median rate per second of each.
 */
async function pair(
  labels: [string, string],
  ours: () => unknown,
  theirs: () => unknown | Promise<unknown>,
): Promise<[number, number]> {
  await ours();
  await theirs();
  const runs: [number[], number[]] = [[], []];
  for (let i = 0; i < ROUNDS; i++) {
    for (const [side, fn] of [ours, theirs].entries()) {
      const t0 = process.hrtime.bigint();
      await fn();
      runs[side]!.push(N / (Number(process.hrtime.bigint() - t0) / 1e9));
    }
  }
  const rates: [number, number] = [median(runs[0]), median(runs[1])];
  rates.forEach((r, i) =>
    console.log(
      `${labels[i]!.padEnd(58)} ${Math.round(r).toLocaleString('en').padStart(12)} /s (median of ${ROUNDS})`,
    ),
  );
  return rates;
}

async function main() {
  // The two must agree on every request before they are timed.
  for (const r of requests) {
    const ours = route(r).decidedBy;
    const { events } = await runBaseline({
      matter: r.matter,
      amount: Number(r.amountFen),
      contract: r.contractAmountFen === undefined ? undefined : Number(r.contractAmountFen),
      urgent: r.urgent,
    });
    if (events.length !== 1 || events[0]!.type !== ours)
      throw new Error(`disagree on ${JSON.stringify(r, (_, v) => (typeof v === 'bigint' ? String(v) : v))}`);
  }
  console.log(
    `both agree on all ${N.toLocaleString('en')} requests (${requests.filter((r) => r.urgent).length} urgent)`,
  );

  const [ours, theirs] = await pair(
    ['rules-core route() (engine)', 'json-rules-engine, one engine per matter'],
    () => {
      for (const r of requests) route(r);
    },
    async () => {
      for (const r of requests)
        await runBaseline({
          matter: r.matter,
          amount: Number(r.amountFen),
          contract: r.contractAmountFen === undefined ? undefined : Number(r.contractAmountFen),
          urgent: r.urgent,
        });
    },
  );
  const [oursLine, theirsLine] = await pair(
    ['rules-core: JSON line → route → JSON line', 'json-rules-engine: JSON line → run → JSON line'],
    () => {
      for (const line of lines) answerLine(routeCommand, line);
    },
    async () => {
      for (const line of lines) {
        const r = JSON.parse(line) as {
          matter: string;
          amountYuan: string;
          contractAmountYuan?: string;
          urgent?: boolean;
        };
        const { events } = await runBaseline({
          matter: r.matter,
          amount: Math.round(Number(r.amountYuan) * 100),
          contract:
            r.contractAmountYuan === undefined ? undefined : Math.round(Number(r.contractAmountYuan) * 100),
          urgent: r.urgent,
        });
        JSON.stringify({ ok: true, decidedBy: events[0]!.type, ...events[0]!.params });
      }
    },
  );

  // The CLI from a cold start: one line through pnpm, and the bundled CLI itself; pnpm's own start-up beside them.
  const root = join(import.meta.dirname, '..', '..', '..');
  const line = `${lines[0]}\n`;
  execFileSync('node', [join(root, 'packages/rules-core/bin/rules.mjs'), 'route'], { input: line }); // builds if stale
  const seconds = (cmd: string, args: string[], input?: string) =>
    median(
      Array.from({ length: 5 }, () => {
        const t0 = process.hrtime.bigint();
        const r = spawnSync(cmd, args, { cwd: root, input, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
        return Number(process.hrtime.bigint() - t0) / 1e9;
      }),
    );
  const viaPnpm = seconds('pnpm', ['-s', 'rules', 'route'], line);
  const bundled = seconds('node', ['packages/rules-core/bin/rules.mjs', 'route'], line);
  const pnpmAlone = seconds('pnpm', ['--version']);

  const table = [
    ['route() vs one engine per matter', `${(ours / theirs).toFixed(1)}×`, '≥ 100×'],
    ['JSON line → JSON line, both sides', `${(oursLine / theirsLine).toFixed(1)}×`, '≥ 25×'],
    ['`pnpm -s rules route`, one line, cold start', `${viaPnpm.toFixed(2)} s`, '< 0.5 s'],
    ['  of which the bundled CLI (node bin/rules.mjs)', `${bundled.toFixed(2)} s`, ''],
    ['  and pnpm starting up (`pnpm --version`)', `${pnpmAlone.toFixed(2)} s`, ''],
  ];
  console.log('\n| measurement | measured | target |\n|---|---|---|');
  for (const [what, measured, target] of table) console.log(`| ${what} | ${measured} | ${target} |`);
}

void main();

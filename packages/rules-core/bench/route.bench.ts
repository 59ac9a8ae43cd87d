// pnpm bench: routes per second for rules-core's `route` and for json-rules-engine encoding the same KZ §22 tables,
// measured in the same process on the same requests, and their ratio (target ≥ 20×). Not part of the tests.
import { Engine } from 'json-rules-engine';
import { routeCommand } from '../src/cli/commands/route';
import { respond } from '../src/cli/respond';
import { route, type RouteRequest } from '../src/engine/route';
import { formatYuan } from '../src/model/money';
import { INVESTMENT_CHANGE_CONTRACT_THRESHOLD, KZ_22_TABLES } from '../src/rules/kz-22-tables';

const N = 20_000;

// A deterministic request mix over every matter and the whole amount range (log-uniform, to hit every band).
let seed = 20260122;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const matters = [...new Set(KZ_22_TABLES.map((t) => t.id.split('/')[0]!))];
const amount = () => BigInt(Math.floor(10 ** (2 + rand() * 9))); // 1 yuan … 10亿 in fen
const requests: RouteRequest[] = Array.from({ length: N }, () => {
  const matter = matters[Math.floor(rand() * matters.length)]! as RouteRequest['matter'];
  return { district: 'kaizhou', matter, amountFen: amount(), contractAmountFen: amount() };
});

// json-rules-engine: one rule per band; facts are numbers of fen.
const engine = new Engine([], { allowUndefinedFacts: true });
for (const table of KZ_22_TABLES) {
  const [matter, sub] = table.id.split('/');
  for (const band of table.bands) {
    const all: { fact: string; operator: string; value: unknown }[] = [
      { fact: 'matter', operator: 'equal', value: matter },
    ];
    if (sub === 'small-contract')
      all.push({
        fact: 'contract',
        operator: 'lessThan',
        value: Number(INVESTMENT_CHANGE_CONTRACT_THRESHOLD),
      });
    if (sub === 'large-contract')
      all.push({
        fact: 'contract',
        operator: 'greaterThanInclusive',
        value: Number(INVESTMENT_CHANGE_CONTRACT_THRESHOLD),
      });
    all.push({ fact: 'amount', operator: 'greaterThanInclusive', value: Number(band.minFen) });
    if (band.maxFen !== null) all.push({ fact: 'amount', operator: 'lessThan', value: Number(band.maxFen) });
    const decider = band.steps.find(
      (s) => !['review', 'consent', 'receive-filing'].includes(s.action),
    )!.authority;
    engine.addRule({
      conditions: { all },
      event: { type: decider, params: { steps: band.steps, rule: band.ruleId } },
    });
  }
}

async function main() {
  // The two must agree before they are timed.
  for (const r of requests.slice(0, 2000)) {
    const ours = route(r).decidedBy;
    const { events } = await engine.run({
      matter: r.matter,
      amount: Number(r.amountFen),
      contract: Number(r.contractAmountFen),
    });
    if (events.length !== 1 || events[0]!.type !== ours)
      throw new Error(`disagree on ${JSON.stringify(r, (_, v) => String(v))}`);
  }

  const time = async (label: string, fn: () => unknown | Promise<unknown>, repeats = 5) => {
    for (let i = 0; i < Math.min(3, repeats); i++) await fn(); // warm-up
    const runs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = process.hrtime.bigint();
      await fn();
      runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
    const best = Math.min(...runs);
    const rate = N / best;
    console.log(`${label.padEnd(42)} ${Math.round(rate).toLocaleString('en').padStart(12)} routes/s`);
    return rate;
  };

  const ours = await time('rules-core route (engine)', () => {
    for (const r of requests) route(r);
  });
  const jsonRequests = requests.map((r) => ({
    district: r.district,
    matter: r.matter,
    amountYuan: formatYuan(r.amountFen!),
    contractAmountYuan: formatYuan(r.contractAmountFen!),
  }));
  await time('rules-core route (CLI handler: parse + route)', () => {
    for (const r of jsonRequests) respond(routeCommand, r);
  });
  const theirs = await time(
    'json-rules-engine (same tables)',
    async () => {
      for (const r of requests)
        await engine.run({
          matter: r.matter,
          amount: Number(r.amountFen),
          contract: Number(r.contractAmountFen),
        });
    },
    2,
  ); // the baseline is slow: fewer repeats, best of 2
  console.log(`ratio route/json-rules-engine: ${(ours / theirs).toFixed(1)}x (target ≥ 20x)`);
}

void main();

// pnpm bench (disclosure): the public portal at scale (issue 11 §5), on a private database with 100,000 public
// documents of about 1,500 characters (bench/load-documents.ts), each figure beside its baseline measured in the same
// run:
//   1. search, two- and four-character queries through the portal's own listPublic (count + first page, title hits
//      first): p50/p95, by how many documents match — against an ILIKE '%q%' scan of the same table answering the
//      same question (how many, and the newest 20);
//   2. the open-data list (GET /api/open/documents) served by the disclosure server in its own process, 64 concurrent
//      connections (autocannon): requests/s and p99 — against the raw `pg` driver running the same SQL from Node with
//      the same pool size and concurrency; the server's peak RSS during the run;
//   3. first-load JavaScript of the portal's pages (gzip).
// BENCH_DOCS sets the number of documents (default 100,000). Not part of the tests.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createTestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import autocannon from 'autocannon';
import pg from 'pg';
import { listPublic } from '../src/portal/public-items';
import { normalise } from '../src/portal/search-index';
import { loadDocuments } from './load-documents';

const DOCS = Number(process.env.BENCH_DOCS ?? 100_000);
const POOL = 10; // the server's pool (createDb's default), used by the raw-driver baseline too
const CONNECTIONS = 64;
const SECONDS = 10;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const t = await createTestDatabase();
const client = new pg.Client({ connectionString: t.url });
await client.connect();
const summary: string[] = [];
try {
  // ── the corpus ──────────────────────────────────────────────────────────────────────────────────────────────
  await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
  const department = (await t.db.department.findFirstOrThrow()).id;
  const loadStart = performance.now();
  await loadDocuments(client, DOCS, department, (n) => n % 20_000 === 0 && console.log(`  loaded ${n} documents`));
  const sizes = (
    await client.query<{ docs: number; chars: number; table: string; gin: string }>(
      `SELECT count(*)::int AS docs, avg(char_length(body_text))::int AS chars,
              pg_size_pretty(pg_total_relation_size('disclosure.item')) AS table, pg_size_pretty(pg_relation_size('disclosure.item_search_grams_idx')) AS gin
         FROM disclosure.item`,
    )
  ).rows[0]!;
  console.log(`corpus: ${sizes.docs} public documents, ${sizes.chars} characters each on average; table ${sizes.table}, n-gram index ${sizes.gin}; loaded and indexed in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);

  // ── 1. search ───────────────────────────────────────────────────────────────────────────────────────────────
  // queries: the issue's examples, and two- and four-character strings cut from random documents' text (what a reader
  // types is mostly a word of the documents: common and rare ones alike)
  const bodies = (await client.query<{ t: string }>(`SELECT body_text AS t FROM disclosure.item ORDER BY md5(id) LIMIT 40`)).rows.map((r) => [...r.t]);
  const cut = (chars: string[], n: number, seed: number) => {
    for (let i = seed % (chars.length - n); i < chars.length - n; i++) {
      const s = chars.slice(i, i + n).join('');
      if (/^[\p{Script=Han}]+$/u.test(s)) return s;
    }
    return chars.slice(0, n).join('');
  };
  const two = [...new Set(['印发', '开州', '解读', ...bodies.slice(0, 17).map((b, i) => cut(b, 2, i * 131))])];
  const four = [...new Set(['规范性文', '常务会议', '政务公开', ...bodies.slice(20, 37).map((b, i) => cut(b, 4, i * 173))])];
  const RUNS = 8;
  const measured: { q: string; n: number; total: number; p50: number; times: number[] }[] = [];
  for (const q of [...two, ...four]) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i <= RUNS; i++) {
      const t0 = performance.now();
      total = (await listPublic(t.db, { q, page: 1, pageSize: 20 })).total;
      if (i > 0) times.push(performance.now() - t0); // the first run warms the plan cache
    }
    measured.push({ q, n: [...q].length, total, p50: pct(times, 0.5), times });
  }
  const ilike = async (q: string) => {
    const t0 = performance.now();
    await client.query(
      `SELECT (SELECT count(*) FROM disclosure.item i WHERE i.state = 'published' AND i.attribute = 'proactive' AND i.search_text ILIKE $1) AS total,
              (SELECT array_agg(id) FROM (SELECT id FROM disclosure.item i WHERE i.state = 'published' AND i.attribute = 'proactive' AND i.search_text ILIKE $1
                 ORDER BY i.published_at DESC, i.id LIMIT 20) page) AS ids`,
      [`%${normalise(q)}%`],
    );
    return performance.now() - t0;
  };
  console.log('\nsearch (listPublic: how many, and the first page, title hits first), ms over 8 runs each:');
  console.log('  query        chars  matches     p50     p95');
  for (const m of measured) console.log(`  ${m.q.padEnd(10, '　').slice(0, 10)}  ${m.n}   ${String(m.total).padStart(7)}  ${m.p50.toFixed(1).padStart(6)}  ${pct(m.times, 0.95).toFixed(1).padStart(6)}`);
  const report = (label: string, rows: typeof measured) => {
    const all = rows.flatMap((m) => m.times);
    console.log(`  ${label}: p50 ${ms(pct(all, 0.5))}, p95 ${ms(pct(all, 0.95))} (${rows.length} queries)`);
    return pct(all, 0.95);
  };
  console.log('by query length and by how many documents match:');
  const p95two = report('two characters ', measured.filter((m) => m.n === 2));
  const p95four = report('four characters', measured.filter((m) => m.n === 4));
  for (const [label, lo, hi] of [['matching ≤ 1%   ', 0, 0.01], ['matching 1–10%  ', 0.01, 0.1], ['matching 10–30% ', 0.1, 0.3], ['matching > 30%  ', 0.3, 1.01]] as const) {
    const rows = measured.filter((m) => m.total / DOCS > lo && m.total / DOCS <= hi || (lo === 0 && m.total === 0));
    if (rows.length) report(label, rows);
  }
  // the baseline on a sample of the same queries (each scan reads every document's text: seconds)
  const sample = [...measured].sort((a, b) => a.total - b.total).filter((_, i, xs) => i % Math.ceil(xs.length / 8) === 0);
  const ratios: number[] = [];
  console.log('against an ILIKE scan of the same table (how many, and the newest 20), 2 runs each:');
  for (const m of sample) {
    const base = Math.min(await ilike(m.q), await ilike(m.q));
    ratios.push(base / m.p50);
    console.log(`  ${m.q.padEnd(6, '　')} ${String(m.total).padStart(7)} matches: ILIKE ${ms(base)}, index ${ms(m.p50)} — ${(base / m.p50).toFixed(0)}×`);
  }
  const p95all = pct(measured.flatMap((m) => m.times), 0.95);
  const medianRatio = pct(ratios, 0.5);
  summary.push(`search p95, two characters: ${ms(p95two)}; four characters: ${ms(p95four)}; all: ${ms(p95all)} (target < 30 ms: ${verdict(p95all < 30)})`);
  summary.push(`search against ILIKE '%q%': median ${medianRatio.toFixed(0)}×, least ${Math.min(...ratios).toFixed(0)}× (target ≥ 20×: ${verdict(Math.min(...ratios) >= 20)})`);

  // ── 2. the open-data list under load ────────────────────────────────────────────────────────────────────────
  const categories = (await client.query<{ c: string }>(`SELECT DISTINCT category AS c FROM disclosure.item LIMIT 5`)).rows.map((r) => r.c);
  const paths = [
    '/api/open/documents',
    '/api/open/documents?page=2',
    '/api/open/documents?page=50&pageSize=100',
    ...categories.map((c) => `/api/open/documents?category=${encodeURIComponent(c)}`),
  ];
  const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  // the server as `pnpm start` starts it (apps/platform/src/start.ts, DISCLOSURE_NODE_OPTIONS), its answers kept in
  // memory until a public item changes (what a reader meets), or read afresh every time (like for like with the driver)
  const serve = async (answers: 'kept' | 'afresh') => {
    const port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'src', 'main.ts')], {
      env: { ...process.env, DATABASE_URL: t.url, DISCLOSURE_PORT: String(port), DISCLOSURE_PUBLIC_ANSWERS: answers, LOG_LEVEL: 'warn', NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=256 --max-semi-space-size=8' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/open/documents?pageSize=1`)).ok) break;
      } catch {
        if (i > 600) throw new Error('the disclosure server did not start');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    let peak = rssOf(server.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(server.pid!))), 100);
    await autocannon({ url: base, connections: CONNECTIONS, duration: 2, requests: paths.map((path) => ({ method: 'GET', path })) }); // warm-up
    const load = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET', path })) });
    clearInterval(sampler);
    server.kill('SIGTERM');
    await once(server, 'exit');
    return { load, peak, failures: load.errors + load.timeouts + load.non2xx };
  };
  const kept = await serve('kept');
  const afresh = await serve('afresh');

  // the baseline: the same SQL (the page and the total) through the raw driver, same pool size, same concurrency
  const pool = new pg.Pool({ connectionString: t.url, max: POOL });
  // listPublic's two statements without a query: the page's ids from the index of public items by date and then their
  // rows, the total from the tally's one row for the filters (the server keeps its answers in memory until a public
  // item changes: the driver reads every time — the server's figure is what a reader meets, the driver's what the
  // database itself can do)
  const pageSql = (category: boolean) => `SELECT i.id, i.kind::text AS kind, i.index_number AS "indexNumber", i.title, i.doc_number AS "docNumber", i.issuer,
           i.category, i.summary, i.written_on AS "writtenOn", i.published_at AS "publishedAt", i.validity::text AS validity, NULL::text AS "snippetSource"
      FROM disclosure.item i
     WHERE i.id IN (SELECT i.id FROM disclosure.item i WHERE i.state = 'published' AND i.attribute = 'proactive'${category ? ' AND i.category = $3' : ''}
                     ORDER BY i.published_at DESC, i.id LIMIT $1 OFFSET $2)
     ORDER BY i.published_at DESC, i.id`;
  const totalSql = `SELECT n FROM disclosure.public_tally WHERE kind = '' AND category = $1 AND issuer = '' AND validity = '' AND year = 0`;
  // the same mix as the server's: pages 1 and 2, page 50 of 100, the first page of each category
  const variants = [[null, 20, 0], [null, 20, 20], [null, 100, 4900], ...categories.map((c) => [c, 20, 0] as const)] as const;
  let done = 0;
  const rawLatencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, w) => {
      for (let k = w; performance.now() < until; k++) {
        const [category, size, offset] = variants[k % variants.length]!;
        const t0 = performance.now();
        const [rows] = await Promise.all([
          pool.query(pageSql(category !== null), category === null ? [size, offset] : [size, offset, category]),
          pool.query(totalSql, [category ?? '']),
        ]);
        JSON.stringify(rows.rows);
        rawLatencies.push(performance.now() - t0);
        done++;
      }
    }),
  );
  await pool.end();
  const rawRps = done / SECONDS;
  console.log(`\nopen-data list, ${CONNECTIONS} connections, ${SECONDS} s, ${paths.length} kinds of request (pages 1, 2 and 50 of 100, each category's first page):`);
  const ratio = afresh.load.requests.average / rawRps;
  const line = (label: string, r: typeof kept) =>
    console.log(`  ${label}: ${r.load.requests.average.toFixed(0)} requests/s, p50 ${r.load.latency.p50} ms, p99 ${r.load.latency.p99} ms, ${r.failures} failed; peak RSS ${(r.peak / 2 ** 20).toFixed(0)} MB`);
  line('disclosure server, answers kept   ', kept);
  line('disclosure server, answers afresh ', afresh);
  console.log(`  raw pg driver, same SQL, pool ${POOL}: ${rawRps.toFixed(0)} queries/s, p99 ${ms(pct(rawLatencies, 0.99))} — server (afresh)/raw ${(ratio * 100).toFixed(0)}%`);
  summary.push(`open-data list, answers read afresh: ${(ratio * 100).toFixed(0)}% of the raw driver's throughput (target ≥ 50%: ${verdict(ratio >= 0.5)}); p99 ${afresh.load.latency.p99} ms; ${afresh.failures} failed requests`);
  summary.push(`open-data list as served (answers kept until a public item changes): ${kept.load.requests.average.toFixed(0)} requests/s, ${((kept.load.requests.average / rawRps) * 100).toFixed(0)}% of the raw driver; p99 ${kept.load.latency.p99} ms (target < 50 ms: ${verdict(kept.load.latency.p99 < 50)}); ${kept.failures} failed requests`);
  const peak = Math.max(kept.peak, afresh.peak);
  summary.push(`server RSS under the list benchmark: peak ${(peak / 2 ** 20).toFixed(0)} MB (target < 300 MB: ${verdict(peak < 300 * 2 ** 20)})`);

  // ── 3. first-load JavaScript ────────────────────────────────────────────────────────────────────────────────
  const { buildDisclosureServer } = await import('../src/server');
  const { createRedis } = await import('@zhengling/server-kit');
  const { pino } = await import('pino');
  const app = await buildDisclosureServer({ db: t.db, redis: createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'), district: 'kaizhou', logger: pino({ level: 'silent' }) });
  const one = (await client.query<{ id: string }>(`SELECT id FROM disclosure.item ORDER BY published_at DESC LIMIT 1`)).rows[0]!.id;
  let heaviest = 0;
  for (const url of ['/', `/search?q=${encodeURIComponent('印发')}`, '/policies', '/catalogue', `/documents/${one}`, '/guide', '/apply']) {
    const html = (await app.inject({ method: 'GET', url })).body;
    let bytes = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
      bytes += gzipSync(src ? (await app.inject({ method: 'GET', url: src })).rawPayload : Buffer.from(m[2]!)).length;
    }
    heaviest = Math.max(heaviest, bytes);
  }
  await app.close();
  summary.push(`first-load JavaScript of the portal's pages (7 kinds): at most ${(heaviest / 1024).toFixed(1)} KB gzip (target < 50 KB: ${verdict(heaviest < 50 * 1024)})`);
} finally {
  await client.end();
  await t.drop();
}
console.log(`\nsummary (${DOCS} documents):\n${summary.map((s) => `  - ${s}`).join('\n')}`);
process.exit(0);

// Two properties of every public surface, over generated documents and workflow states (fast-check):
// full recall — any two to four characters of a public document's text find it; and never shown — nothing drafted,
// under review, waiting for signature, withheld or disclosed only on application appears in any public answer, count,
// highlight, feed, sitemap or portal page (the home page's columns too), even if it had been indexed (the public condition is checked on every read).
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server';
import { listPublic, VALIDITY_OUT } from './public-items';
import { indexForSearch, normalise } from './search-index';

let w: TestServer;
let t: TestServer['t'];
let server: FastifyInstance;
let department: string;
let run = 0;

beforeAll(async () => {
  w = await startTestServer();
  ({ t, server } = w);
  department = (await t.db.department.findFirstOrThrow()).id;
}, 120_000);
afterAll(() => w?.close());

// a small alphabet, so that texts share characters and pairs the way real documents do
const CHARS = [...'开州区人民政府关于印发规范性文件解读通知办法的工作2026〔〕号 、，。AB'];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...CHARS), { minLength: min, maxLength: max }).map((a) => a.join(''));
const STATES = [
  { state: 'draft', attribute: 'proactive' },
  { state: 'in_review', attribute: 'proactive' },
  { state: 'awaiting_signoff', attribute: 'proactive' },
  { state: 'withheld', attribute: 'withheld' },
  { state: 'published', attribute: 'on_application' },
  { state: 'published', attribute: 'proactive' },
] as const;
const KINDS = ['policy', 'normative_document', 'other', 'cleanup_result', 'suggestion_answer', 'interpretation'] as const;
const doc = fc.record({ title: text(2, 12), body: text(0, 80), state: fc.constantFrom(...STATES), kind: fc.constantFrom(...KINDS) });

async function insert(tag: string, docs: { title: string; body: string; state: (typeof STATES)[number]; kind: (typeof KINDS)[number] }[]) {
  const ids: string[] = [];
  for (const [n, d] of docs.entries()) {
    const title = `${tag}${n}${d.title}`;
    const item = await t.db.disclosureItem.create({
      data: {
        kind: d.kind,
        title,
        issuer: '测试机关',
        draftingDepartmentId: department,
        formedOn: new Date('2026-03-01'),
        category: '综合政务',
        attribute: d.state.attribute,
        attributeReason: d.state.attribute === 'withheld' ? 'process-information' : d.state.attribute === 'on_application' ? 'specific-interest' : null,
        legalBasis: '测试',
        body: [{ type: 'paragraph', text: d.body }],
        bodyText: d.body,
        signoffKind: 'department',
        state: d.state.state,
        publishedAt: d.state.state === 'published' ? new Date(Date.UTC(2026, 2, 1, 0, 0, n)) : null,
        createdById: 'test',
        updatedById: 'test',
      },
    });
    // indexed whatever its state: the public condition on every read must still hide what is not public
    await indexForSearch(t.db, item);
    ids.push(item.id);
  }
  return ids;
}

const isPublic = (s: (typeof STATES)[number]) => s.state === 'published' && s.attribute === 'proactive';

describe('the public surfaces', () => {
  it('find every public document by any two to four characters of its text (full recall)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 6 }), fc.nat(), fc.integer({ min: 2, max: 4 }), async (docs, pick, length) => {
        const tag = `R${++run}X`;
        const ids = await insert(tag, docs);
        const publicDocs = docs.map((d, i) => ({ ...d, id: ids[i]!, title: `${tag}${i}${d.title}` })).filter((d) => isPublic(d.state));
        if (!publicDocs.length) return;
        const target = publicDocs[pick % publicDocs.length]!;
        const source = [...`${target.title}${target.body}`];
        const start = pick % Math.max(1, source.length - length);
        const q = source.slice(start, start + length).join('').trim();
        if ([...q].length < 2 || /\s/.test(q) || !/[\p{L}\p{N}]/u.test(q)) return;
        const { rows } = await listPublic(t.db, { q, page: 1, pageSize: 100 });
        const found = new Set(rows.map((r) => r.id));
        // every public document of this run that contains the query is found, and nothing else of this run
        for (const d of docs.map((x, i) => ({ ...x, id: ids[i]!, title: `${tag}${i}${x.title}` })))
          if (isPublic(d.state) && normalise(`${d.title}\n\n\n测试机关\n\n${d.body}`).includes(normalise(q)))
            expect(found.has(d.id), `${q} in ${d.title}|${d.body}`).toBe(true);
          else if (!isPublic(d.state)) expect(found.has(d.id)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('never show what is not public: not in the list, search, counts, document, feed or sitemap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 6 }), async (docs) => {
        const tag = `N${++run}Y`;
        const ids = await insert(tag, docs);
        const hidden = ids.filter((_, i) => !isPublic(docs[i]!.state));
        const shown = ids.filter((_, i) => isPublic(docs[i]!.state));
        const get = async (url: string) => (await server.inject({ method: 'GET', url })).body;
        const list = JSON.parse(await get(`/api/open/documents?q=${encodeURIComponent(tag)}&pageSize=100`)) as { items: { id: string; title: string }[]; total: number };
        expect(list.total).toBe(shown.length);
        expect(list.items.map((i) => i.id).sort()).toEqual([...shown].sort());
        // every public surface: the open data, the feed, the sitemap, and the portal's pages and columns (search included)
        const pages = ['/', `/search?q=${encodeURIComponent(tag)}`, '/policies', '/interpretations', '/notices', '/cleanup', '/answers', '/catalogue'];
        const surfaces = [
          JSON.stringify(list),
          await get('/feed.xml'),
          await get('/sitemap.xml'),
          await get('/api/open/documents?pageSize=100'),
          ...(await Promise.all(pages.map(get))),
        ];
        expect(surfaces[5]).toContain(`共 ${shown.length} 条`);
        for (const id of hidden) {
          for (const s of surfaces) expect(s).not.toContain(id);
          const one = await server.inject({ method: 'GET', url: `/api/open/documents/${id}` });
          expect([one.statusCode, one.body]).toEqual([404, '{"error":{"code":"NOT_FOUND","message":"未找到该文件。"}}']);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('count every list from the tally the database keeps, equal to a count of the public items after any change', async () => {
    const checkTotals = async () => {
      const items = await t.db.disclosureItem.findMany({ where: { state: 'published', attribute: 'proactive' } });
      const yearOf = (d: Date) => Number(new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
      const filters = [
        {},
        ...[...new Set(items.map((i) => i.kind))].map((kind) => ({ kind })),
        ...[...new Set(items.map((i) => i.validity))].map((validity) => ({ validity: VALIDITY_OUT[validity] })),
        ...[...new Set(items.map((i) => yearOf(i.publishedAt!)))].map((year) => ({ year })),
        ...[...new Set(items.map((i) => `${i.kind}|${i.validity}`))].map((k) => ({ kind: k.split('|')[0]!, validity: VALIDITY_OUT[k.split('|')[1] as keyof typeof VALIDITY_OUT] })),
        { category: '综合政务', issuer: '测试机关' },
        { category: '没有这个分类' },
      ];
      for (const filter of filters) {
        const expected = items.filter(
          (i) =>
            (!('kind' in filter) || i.kind === filter.kind) &&
            (!('validity' in filter) || VALIDITY_OUT[i.validity] === filter.validity) &&
            (!('year' in filter) || yearOf(i.publishedAt!) === filter.year) &&
            (!('category' in filter) || i.category === filter.category) &&
            (!('issuer' in filter) || i.issuer === filter.issuer),
        ).length;
        expect((await listPublic(t.db, { ...filter, page: 1, pageSize: 1 })).total, JSON.stringify(filter)).toBe(expected);
      }
    };
    await checkTotals();
    // an item's validity changes, one is withdrawn from the public, one deleted (as a cleanup or an administrator would)
    const [a, b, c] = await t.db.disclosureItem.findMany({ where: { state: 'published', attribute: 'proactive', issuer: '测试机关' }, take: 3 });
    await t.db.disclosureItem.update({ where: { id: a!.id }, data: { validity: 'repealed' } });
    await t.db.disclosureItem.update({ where: { id: b!.id }, data: { attribute: 'on_application' } });
    await t.db.itemEvent.deleteMany({ where: { itemId: c!.id } });
    await t.db.disclosureItem.delete({ where: { id: c!.id } });
    await t.db.disclosureItem.updateMany({ where: { issuer: '测试机关', state: 'published' }, data: { category: '其他' } });
    await checkTotals();
  });

  it('count a lone term from the counts of keys the database keeps, and page through title hits, then the rest, newest first', async () => {
    const publicSearchText = async () =>
      t.db.disclosureItem.findMany({ where: { state: 'published', attribute: 'proactive' }, select: { id: true, searchText: true, searchTitle: true, publishedAt: true } });
    // the terms: two to four characters out of the public items' titles and bodies (found in many, in few, in none)
    const terms = ['规范', '开州区', '文件解读', '人民', '通知', '印发', 'AB', '没有此词'];
    const check = async () => {
      const items = await publicSearchText();
      for (const q of terms) {
        const matches = items.filter((i) => i.searchText?.includes(normalise(q)));
        const expected = [
          ...matches.filter((i) => i.searchTitle?.includes(normalise(q))),
          ...matches.filter((i) => !i.searchTitle?.includes(normalise(q))),
        ];
        const inOrder = (xs: typeof matches) => xs.sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? -1 : 1));
        const titled = inOrder(expected.filter((i) => i.searchTitle?.includes(normalise(q))));
        const others = inOrder(expected.filter((i) => !i.searchTitle?.includes(normalise(q))));
        // pages of three, read to the end: every match once, title hits first, each part newest first
        const seen: string[] = [];
        for (let page = 1; ; page++) {
          const { rows, total } = await listPublic(t.db, { q, page, pageSize: 3 });
          expect(total, q).toBe(matches.length);
          seen.push(...rows.map((r) => r.id));
          if (rows.length < 3) break;
        }
        expect(seen, q).toEqual([...titled, ...others].map((i) => i.id));
      }
    };
    await insert(`K${++run}Z`, [
      { title: '关于印发规范的通知', body: '开州区人民政府', state: STATES[5], kind: 'policy' },
      { title: '人民政府文件解读', body: '规范通知印发 AB', state: STATES[5], kind: 'interpretation' },
      { title: '通知', body: '规范', state: STATES[0], kind: 'other' },
      { title: '开州区规范', body: '人民通知', state: STATES[4], kind: 'other' },
    ]);
    await check();
    // the counts follow every change: withdrawn from the public, deleted, re-indexed, published again
    const [a, b] = await t.db.disclosureItem.findMany({ where: { state: 'published', attribute: 'proactive' }, take: 2, orderBy: { id: 'asc' } });
    await t.db.disclosureItem.update({ where: { id: a!.id }, data: { attribute: 'on_application' } });
    await check();
    await t.db.disclosureItem.update({ where: { id: a!.id }, data: { attribute: 'proactive' } });
    await t.db.itemEvent.deleteMany({ where: { itemId: b!.id } });
    await t.db.disclosureItem.delete({ where: { id: b!.id } });
    const c = await t.db.disclosureItem.findFirstOrThrow({ where: { state: 'published', attribute: 'proactive' } });
    await indexForSearch(t.db, { ...c, title: `${c.title}规范通知`, bodyText: `${c.bodyText}印发` });
    await t.db.disclosureItem.update({ where: { id: c.id }, data: { title: `${c.title}规范通知`, bodyText: `${c.bodyText}印发` } });
    await check();
  });
});

// The open-data contract, exactly as written, from outside (HTTP), on the seeded demo: the list with its filters and
// paging, one document with its body, legal basis, interpretation and history, 400 for bad parameters, 404 the same for
// what does not exist and what is not public; the feed and the sitemap as valid XML.
import { createRedis } from '@zhengling/server-kit';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDisclosureServer } from '../server';
import { startTestServer, type TestServer } from '../testing/server';

let w: TestServer;
let t: TestServer['t'];
let server: FastifyInstance;
const get = async (url: string) => {
  const res = await server.inject({ method: 'GET', url, headers: { host: 'portal.test' } });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: res.body, json: () => JSON.parse(res.body) as Record<string, unknown> };
};

beforeAll(async () => {
  w = await startTestServer({ demo: '2026-12-04' });
  ({ t, server } = w);
}, 120_000);
afterAll(() => w?.close());

interface Doc {
  id: string;
  indexNumber: string;
  title: string;
  docNumber: string | null;
  issuer: string;
  category: string;
  writtenAt: string | null;
  publishedAt: string;
  validity: string;
  url: string;
}

describe('GET /api/open/documents', () => {
  it('lists the public documents newest first with the contract’s fields and paging', async () => {
    const res = await get('/api/open/documents?pageSize=3');
    expect(res.status).toBe(200);
    const body = res.json() as { items: Doc[]; total: number; page: number; pageSize: number };
    expect(Object.keys(body)).toEqual(['items', 'total', 'page', 'pageSize']);
    expect(body).toMatchObject({ page: 1, pageSize: 3 });
    const publicCount = await t.db.disclosureItem.count({ where: { state: 'published', attribute: 'proactive' } });
    expect(body.total).toBe(publicCount);
    expect(Object.keys(body.items[0]!)).toEqual(['id', 'indexNumber', 'title', 'docNumber', 'issuer', 'category', 'writtenAt', 'publishedAt', 'validity', 'url']);
    const dates = body.items.map((i) => i.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(body.items[0]!.url).toBe(`http://portal.test/documents/${body.items[0]!.id}`);
    expect(body.items[0]!.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('finds by a two-character query, and combines it with the filters', async () => {
    const found = (await get(`/api/open/documents?q=${encodeURIComponent('开州')}`)).json() as { items: Doc[]; total: number };
    expect(found.items.map((i) => i.docNumber)).toContain('开州府发〔2021〕7号');
    const spb = (await get(`/api/open/documents?q=${encodeURIComponent('〔2022〕3号')}`)).json() as { items: Doc[] };
    expect(spb.items.map((i) => i.docNumber)).toContain('沙府发〔2022〕3号');
    const repealed = (await get(`/api/open/documents?validity=repealed&q=${encodeURIComponent('申请')}`)).json() as { items: Doc[]; total: number };
    expect(repealed.total).toBe(1);
    expect(repealed.items[0]).toMatchObject({ title: '开州区政府信息公开申请办理暂行办法', validity: 'repealed' });
    // the withheld 请示 contains this phrase: it is neither found nor counted
    const none = (await get(`/api/open/documents?q=${encodeURIComponent('前期工作经费')}`)).json() as { total: number };
    expect(none.total).toBe(0);
  });

  it('answers 400 with a stable code and a Chinese message for bad parameters', async () => {
    for (const q of ['page=0', 'pageSize=101', 'pageSize=abc', 'validity=valid', `q=${'长'.repeat(101)}`]) {
      const res = await get(`/api/open/documents?${q}`);
      expect(res.status, q).toBe(400);
      const err = res.json() as { error: { code: string; message: string } };
      expect(err.error.code).toBe('INVALID_INPUT');
      expect(err.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the list’s answers kept in memory', () => {
  it('are answered from memory until a public item changes, and read afresh as soon as the database tells of a change', async () => {
    const first = (await get('/api/open/documents?pageSize=1')).json() as { items: Doc[] };
    const newest = first.items[0]!;
    // a change the database does not tell of (its triggers off for this session): the kept answer stays
    await t.db.$transaction([
      t.db.$executeRaw`SET LOCAL session_replication_role = replica`,
      t.db.$executeRaw`UPDATE disclosure.item SET title = ${`${newest.title}（未通知）`} WHERE id = ${newest.id}`,
    ]);
    expect(((await get('/api/open/documents?pageSize=1')).json() as { items: Doc[] }).items[0]!.title).toBe(newest.title);
    // a change it tells of (withdrawn from the public): the next answers no longer list it, within the notice's delay
    await t.db.disclosureItem.update({ where: { id: newest.id }, data: { attribute: 'on_application' } });
    await expect.poll(async () => ((await get('/api/open/documents?pageSize=1')).json() as { items: Doc[] }).items[0]!.id, { timeout: 2_000 }).not.toBe(newest.id);
    // published again: listed again, with the title as it now is
    await t.db.disclosureItem.update({ where: { id: newest.id }, data: { attribute: 'proactive' } });
    await expect.poll(async () => ((await get('/api/open/documents?pageSize=1')).json() as { items: Doc[] }).items[0]!.title, { timeout: 2_000 }).toBe(`${newest.title}（未通知）`);
    await t.db.disclosureItem.update({ where: { id: newest.id }, data: { title: newest.title } });
  });
});

describe('GET /api/open/documents/:id', () => {
  it('gives a document with its body, legal basis, interpretation and history', async () => {
    const item = await t.db.disclosureItem.findFirstOrThrow({ where: { docNumber: '开州府发〔2021〕7号' }, include: { interpretation: true } });
    const doc = (await get(`/api/open/documents/${item.id}`)).json() as unknown as Doc & { body: string; legalBasis: string; interpretation: { id: string; title: string; url: string }; history: unknown[] };
    expect(doc.body).toContain('此件公开发布');
    expect(doc.legalBasis).toContain('组织法');
    expect(doc.interpretation).toEqual({ id: item.interpretation!.id, title: item.interpretation!.title, url: `http://portal.test/documents/${item.interpretation!.id}` });
    expect(doc.history).toEqual([{ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), event: '发布' }]);
    const old = await t.db.disclosureItem.findFirstOrThrow({ where: { title: '开州区政府信息公开申请办理暂行办法' } });
    const oldDoc = (await get(`/api/open/documents/${old.id}`)).json() as { validity: string; history: { event: string }[] };
    expect(oldDoc.validity).toBe('repealed');
    expect(oldDoc.history.at(-1)!.event).toContain('被替代：开州区政府信息公开申请办理办法');
  });

  it('answers the same 404 for what does not exist and for what is not public', async () => {
    const withheld = await t.db.disclosureItem.findFirstOrThrow({ where: { state: 'withheld' } });
    const draft = await t.db.disclosureItem.findFirstOrThrow({ where: { state: 'draft' } });
    const answers = await Promise.all(['does-not-exist', withheld.id, draft.id].map((id) => get(`/api/open/documents/${id}`)));
    for (const a of answers) expect([a.status, a.body]).toEqual([404, answers[0]!.body]);
    expect(answers[0]!.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到该文件。' } });
  });
});

describe('the feed and the sitemap', () => {
  it('are valid XML listing the public documents only', async () => {
    const feed = await get('/feed.xml');
    expect(feed.type).toContain('application/atom+xml');
    expect(feed.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed.body).toContain('重庆市开州区人民政府工作规则');
    expect(feed.body).not.toContain('前期工作经费');
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.body).toContain('<urlset');
    const ids = [...sitemap.body.matchAll(/\/documents\/([a-z0-9]+)</g)].map((m) => m[1]);
    expect(ids.length).toBe(await t.db.disclosureItem.count({ where: { state: 'published', attribute: 'proactive' } }));
    expect(XMLValidator.validate(feed.body)).toBe(true);
    expect(XMLValidator.validate(sitemap.body)).toBe(true);
  });
});

describe('the sitemap past the protocol’s limit of addresses per file', () => {
  it('becomes an index of files, each within the limit, that together list every public document once', async () => {
    const small = await buildDisclosureServer({ db: t.db, redis: createRedis(w.redis.url), district: 'kaizhou', logger: pino({ level: 'silent' }), sitemapLimit: 4 });
    try {
      const fetch = async (url: string) => (await small.inject({ method: 'GET', url, headers: { host: 'portal.test' } })).body;
      const index = await fetch('/sitemap.xml');
      expect(index).toContain('<sitemapindex');
      expect(XMLValidator.validate(index)).toBe(true);
      const parts = [...index.matchAll(/<loc>http:\/\/portal\.test(\/sitemaps\/\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
      const publicIds = (await t.db.disclosureItem.findMany({ where: { state: 'published', attribute: 'proactive' }, select: { id: true } })).map((i) => i.id);
      expect(parts).toHaveLength(Math.ceil((publicIds.length + 10) / 4));
      const listed: string[] = [];
      for (const part of parts) {
        const file = await fetch(part);
        expect(XMLValidator.validate(file)).toBe(true);
        expect([...file.matchAll(/<loc>/g)].length).toBeLessThanOrEqual(4);
        listed.push(...[...file.matchAll(/\/documents\/([a-z0-9]+)</g)].map((m) => m[1]!));
      }
      expect([...listed].sort()).toEqual([...publicIds].sort());
      const beyond = await small.inject({ method: 'GET', url: `/sitemaps/${parts.length + 1}.xml` });
      expect([beyond.statusCode, beyond.json()]).toEqual([404, { error: { code: 'NOT_FOUND', message: '未找到该站点地图。' } }]);
    } finally {
      await small.close();
    }
  });
});

describe('the portal pages (server-rendered, no script)', () => {
  it('show the latest public documents on the home page, in Chinese, with the columns and a search box', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(home.body).toContain('重庆市开州区人民政府工作规则');
    for (const column of ['政府信息公开指南', '政府信息公开目录', '政策文件', '政策解读', '依申请公开']) expect(home.body).toContain(column);
    expect(home.body).toContain('<form role="search" action="/search" method="get">');
    for (const page of ['/', '/search?q=开州', '/policies', '/catalogue', '/guide', '/apply', '/interpretations'])
      expect((await get(encodeURI(page))).body, page).not.toMatch(/<script/i);
  });

  it('find a policy by two characters, the hits marked, and open it with its metadata and interpretation linked both ways', async () => {
    const results = await get(`/search?q=${encodeURIComponent('解读')}`);
    expect(results.body).toContain('<mark>解读</mark>');
    const policy = await t.db.disclosureItem.findFirstOrThrow({ where: { docNumber: '开州府发〔2021〕7号' }, include: { interpretation: true } });
    const page = await get(`/documents/${policy.id}`);
    for (const label of ['索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期', '有效性']) expect(page.body).toContain(`<th scope="row">${label}</th>`);
    expect(page.body).toContain(`href="/documents/${policy.interpretation!.id}"`);
    const interpretation = await get(`/documents/${policy.interpretation!.id}`);
    expect(interpretation.body).toContain(`href="/documents/${policy.id}"`);
    expect(interpretation.body).toContain('问：');
  });

  it('mark a replaced document on its own page, linking its successor', async () => {
    const old = await t.db.disclosureItem.findFirstOrThrow({ where: { title: '开州区政府信息公开申请办理暂行办法' } });
    const page = await get(`/documents/${old.id}`);
    expect(page.body).toContain('本文件废止');
    expect(page.body).toContain('《开州区政府信息公开申请办理办法》</a>替代');
  });

  it('never show a withheld or unpublished item: not found, not listed, not counted', async () => {
    const hidden = await t.db.disclosureItem.findMany({ where: { NOT: { state: 'published' } } });
    for (const item of hidden) expect((await get(`/documents/${item.id}`)).status).toBe(404);
    const search = await get(`/search?q=${encodeURIComponent('前期工作经费')}`);
    expect(search.body).toContain('共 0 条');
    const catalogue = await get('/catalogue');
    const publicCount = await t.db.disclosureItem.count({ where: { state: 'published', attribute: 'proactive' } });
    const listed = [...catalogue.body.matchAll(/(\d+) 条/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(listed).toBe(publicCount);
  });

  it('switch to larger text without script, and check an application’s status by receipt number and code', async () => {
    const set = await server.inject({ method: 'GET', url: '/prefs/text-size?value=large&back=%2Fguide' });
    expect(set.statusCode).toBe(302);
    expect(set.headers.location).toBe('/guide');
    const cookie = set.cookies.find((c) => c.name === 'zl_text_size')!;
    const large = await server.inject({ method: 'GET', url: '/guide', headers: { cookie: `zl_text_size=${cookie.value}` } });
    expect(large.body).toContain('<body class="large">');
    expect((await server.inject({ method: 'GET', url: '/prefs/text-size?value=large&back=%2F%2Fevil.example' })).headers.location).toBe('/');
    const application = await t.db.disclosureApplication.findFirstOrThrow({ orderBy: { receivedOn: 'desc' } });
    const wrong = await get(`/apply/status?receipt=${encodeURIComponent(application.receiptNumber)}&code=WRONGCODE9`);
    expect(wrong.status).toBe(404);
    expect(wrong.body).toContain('受理编号或查询码不正确');
  });
});

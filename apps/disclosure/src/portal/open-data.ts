// Open data, a contract tested from outside exactly as written (issue 11): the public documents as JSON, the Atom feed
// of the latest 50 and the sitemap. Everything reads through public-items.ts; anything not public answers exactly as
// something that does not exist.
import { AppError, chinaDate } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Feed } from 'feed';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';
import { z } from 'zod';
import { textOf } from '../items/body';
import { type PublicAnswers, UNKEPT_ANSWERS } from './public-answers';
import { countPublic, getPublic, listPublic, publicAddresses, type PublicRow, VALIDITY_IN, VALIDITY_OUT } from './public-items';

const ListQuery = z.object({
  q: z.string().max(100, '检索词不能超过100个字符').optional(),
  category: z.string().max(40).optional(),
  issuer: z.string().max(100).optional(),
  validity: z.enum(Object.keys(VALIDITY_IN) as [keyof typeof VALIDITY_IN], { message: 'validity 须为 in-force、expired、repealed 或 amended' }).optional(),
  page: z.coerce.number({ message: 'page 须为正整数' }).int('page 须为正整数').min(1, 'page 须从1开始').max(100_000).default(1),
  pageSize: z.coerce.number({ message: 'pageSize 须为1至100的整数' }).int('pageSize 须为1至100的整数').min(1, 'pageSize 须为1至100的整数').max(100, 'pageSize 须为1至100的整数').default(20),
});

const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;
const documentUrl = (req: FastifyRequest, id: string) => `${origin(req)}/documents/${id}`;

const fail = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.code(status).header('cache-control', 'no-store').send({ error: { code, message } });

export const openDocument = (req: FastifyRequest, r: Pick<PublicRow, 'id' | 'indexNumber' | 'title' | 'docNumber' | 'issuer' | 'category' | 'writtenOn' | 'publishedAt' | 'validity'>) => ({
  id: r.id,
  indexNumber: r.indexNumber,
  title: r.title,
  docNumber: r.docNumber,
  issuer: r.issuer,
  category: r.category,
  writtenAt: r.writtenOn ? r.writtenOn.toISOString().slice(0, 10) : null,
  publishedAt: r.publishedAt.toISOString(),
  validity: VALIDITY_OUT[r.validity],
  url: documentUrl(req, r.id),
});

/** The sitemaps protocol's limit of addresses in one file (sitemaps.org: 50,000 URLs, 50 MB). */
export const SITEMAP_LIMIT = 50_000;
const PORTAL_PAGES = ['/', '/catalogue', '/policies', '/interpretations', '/notices', '/cleanup', '/answers', '/search', '/guide', '/apply'];

export function registerOpenData(
  server: FastifyInstance,
  db: Db,
  portalTitle: () => Promise<string>,
  opts: { sitemapLimit?: number; answers?: PublicAnswers } = {},
) {
  const perFile = opts.sitemapLimit ?? SITEMAP_LIMIT;
  const answers = opts.answers ?? UNKEPT_ANSWERS;
  server.get('/api/open/documents', async (req, reply) => {
    const parsed = ListQuery.safeParse(req.query);
    if (!parsed.success) return fail(reply, 400, 'INVALID_INPUT', `输入有误。（${parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}）`);
    const f = { ...parsed.data, q: parsed.data.q?.trim() || undefined };
    // the same question (and the same address the links are made with) has the same answer until a public item changes
    const body = await answers.answer(`${origin(req)} ${JSON.stringify(f)}`, async () => {
      const { rows, total } = await listPublic(db, f);
      return JSON.stringify({ items: rows.map((r) => openDocument(req, r)), total, page: f.page, pageSize: f.pageSize });
    });
    return reply.header('cache-control', 'public, max-age=60').type('application/json; charset=utf-8').send(body);
  });

  server.get<{ Params: { id: string } }>('/api/open/documents/:id', async (req, reply) => {
    try {
      if (req.params.id.length > 64) throw new AppError('NOT_FOUND');
      const item = await getPublic(db, req.params.id);
      return reply.header('cache-control', 'public, max-age=60').send({
        ...openDocument(req, { ...item, publishedAt: item.publishedAt! }),
        body: textOf(item.body),
        legalBasis: item.legalBasis,
        interpretation: item.interpretation ? { id: item.interpretation.id, title: item.interpretation.title, url: documentUrl(req, item.interpretation.id) } : null,
        history: item.history,
      });
    } catch (error) {
      if (error instanceof AppError && error.appCode === 'NOT_FOUND') return fail(reply, 404, 'NOT_FOUND', '未找到该文件。');
      throw error;
    }
  });

  server.get('/feed.xml', async (req, reply) => {
    const { rows } = await listPublic(db, { page: 1, pageSize: 50 });
    const title = await portalTitle();
    const feed = new Feed({
      title: `${title} · 政府信息公开`,
      id: `${origin(req)}/`,
      link: `${origin(req)}/`,
      language: 'zh-CN',
      updated: rows[0]?.publishedAt ?? new Date(0),
      copyright: title,
      feedLinks: { atom: `${origin(req)}/feed.xml` },
    });
    for (const r of rows)
      feed.addItem({
        title: r.title,
        id: documentUrl(req, r.id),
        link: documentUrl(req, r.id),
        date: r.publishedAt,
        description: [r.docNumber, r.issuer, r.summary].filter(Boolean).join('　'),
        author: [{ name: r.issuer }],
      });
    return reply.header('cache-control', 'public, max-age=300').type('application/atom+xml; charset=utf-8').send(feed.atom1());
  });

  // One sitemap while everything fits in one file; past the protocol's limit, /sitemap.xml is an index of
  // /sitemaps/<n>.xml, each with at most the limit (the portal's own pages first).
  const urlset = async (req: FastifyRequest, part: number) => {
    // the addresses in order — the portal's own pages, then the documents newest first — cut into files of `perFile`
    const from = (part - 1) * perFile;
    const to = part * perFile;
    const stream = new SitemapStream({ hostname: origin(req) });
    for (const path of PORTAL_PAGES.slice(from, to)) stream.write({ url: path });
    const skip = Math.max(0, from - PORTAL_PAGES.length);
    const take = to - Math.max(from, PORTAL_PAGES.length);
    if (take > 0) for (const r of await publicAddresses(db, skip, take)) stream.write({ url: `/documents/${r.id}`, lastmod: chinaDate(r.publishedAt) });
    stream.end();
    return (await streamToPromise(stream)).toString();
  };
  const partsOf = (n: number) => Math.max(1, Math.ceil((n + PORTAL_PAGES.length) / perFile));
  const xml = (reply: FastifyReply, body: string) => reply.header('cache-control', 'public, max-age=300').type('application/xml; charset=utf-8').send(body);

  server.get('/sitemap.xml', async (req, reply) => {
    const parts = partsOf(await countPublic(db));
    if (parts === 1) return xml(reply, await urlset(req, 1));
    const index = new SitemapIndexStream();
    for (let part = 1; part <= parts; part++) index.write({ url: `${origin(req)}/sitemaps/${part}.xml` });
    index.end();
    return xml(reply, (await streamToPromise(index)).toString());
  });

  server.get<{ Params: { part: string } }>('/sitemaps/:part', async (req, reply) => {
    const part = /^([1-9]\d{0,5})\.xml$/.exec(req.params.part)?.[1];
    if (!part || Number(part) > partsOf(await countPublic(db))) return fail(reply, 404, 'NOT_FOUND', '未找到该站点地图。');
    return xml(reply, await urlset(req, Number(part)));
  });
}

// Open data, a contract tested from outside exactly as written (issue 11): the public documents as JSON, the Atom feed
// of the latest 50 and the sitemap. Everything reads through public-items.ts; anything not public answers exactly as
// something that does not exist.
import { AppError, chinaDate } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Feed } from 'feed';
import { SitemapStream, streamToPromise } from 'sitemap';
import { z } from 'zod';
import { textOf } from '../items/body';
import { getPublic, listPublic, type PublicRow, VALIDITY_IN, VALIDITY_OUT } from './public-items';

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

export function registerOpenData(server: FastifyInstance, db: Db, portalTitle: () => Promise<string>) {
  server.get('/api/open/documents', async (req, reply) => {
    const parsed = ListQuery.safeParse(req.query);
    if (!parsed.success) return fail(reply, 400, 'INVALID_INPUT', `输入有误。（${parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}）`);
    const f = parsed.data;
    const { rows, total } = await listPublic(db, { ...f, q: f.q?.trim() || undefined });
    return reply
      .header('cache-control', 'public, max-age=60')
      .send({ items: rows.map((r) => openDocument(req, r)), total, page: f.page, pageSize: f.pageSize });
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

  server.get('/sitemap.xml', async (req, reply) => {
    const stream = new SitemapStream({ hostname: origin(req) });
    for (const path of ['/', '/catalogue', '/policies', '/search', '/guide', '/apply']) stream.write({ url: path });
    for (let page = 1; ; page++) {
      const { rows } = await listPublic(db, { page, pageSize: 100 });
      for (const r of rows) stream.write({ url: `/documents/${r.id}`, lastmod: chinaDate(r.publishedAt) });
      if (rows.length < 100) break;
    }
    stream.end();
    const xml = await streamToPromise(stream);
    return reply.header('cache-control', 'public, max-age=300').type('application/xml; charset=utf-8').send(xml.toString());
  });
}

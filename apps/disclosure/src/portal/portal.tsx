// The public portal at the disclosure server's root: HTML rendered on the server (React to static markup, no script
// shipped), every page reading public items only (public-items.ts).
import { AppError } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { z } from 'zod';
import { applicationStatus } from '../applications/applications';
import { loadSettings } from '../settings/settings';
import { getPublic, listPublic, PUBLIC_WHERE, VALIDITY_IN } from './public-items';
import { ApplyPage, CataloguePage, DocumentPage, GuidePage, HomePage, SearchPage } from './pages/pages';
import type { Frame } from './pages/layout';

const TEXT_SIZE_COOKIE = 'zl_text_size';
const PAGE_SIZE = 20;

const ListQuery = z.object({
  q: z.string().max(100).optional().catch(undefined),
  category: z.string().max(40).optional().catch(undefined),
  issuer: z.string().max(100).optional().catch(undefined),
  validity: z.enum(Object.keys(VALIDITY_IN) as [keyof typeof VALIDITY_IN]).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

const html = (reply: FastifyReply, page: ReactElement, status = 200) =>
  reply
    .code(status)
    // a page depends on the reader's text-size cookie: revalidated every time, never shared across readers' settings
    .header('cache-control', 'no-cache')
    .header('vary', 'Cookie')
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>${renderToStaticMarkup(page)}`);

export function registerPortal(server: FastifyInstance, db: Db, site: string) {
  const frame = (req: FastifyRequest): Frame => ({
    site,
    large: req.cookies[TEXT_SIZE_COOKIE] === 'large',
    path: req.url.split('#')[0] ?? '/',
  });
  const empty = (v: string | undefined) => (v ? v : undefined);

  server.get('/', async (req, reply) => {
    const [latest, interpretations] = await Promise.all([
      listPublic(db, { page: 1, pageSize: 10 }),
      listPublic(db, { kind: 'interpretation', page: 1, pageSize: 5 }),
    ]);
    return html(reply, <HomePage frame={frame(req)} latest={latest.rows} interpretations={interpretations.rows} />);
  });

  const listPage =
    (title: string, action: string, kind?: string, withIssuers = false) => async (req: FastifyRequest, reply: FastifyReply) => {
      const p = ListQuery.parse(req.query);
      const params = { q: empty(p.q?.trim()), category: empty(p.category), issuer: empty(p.issuer), validity: p.validity, year: p.year, page: p.page };
      const [result, settings, issuers] = await Promise.all([
        listPublic(db, { ...params, ...(kind ? { kind } : {}), pageSize: PAGE_SIZE }),
        loadSettings(db),
        withIssuers
          ? db.disclosureItem.findMany({ where: PUBLIC_WHERE, distinct: ['issuer'], select: { issuer: true }, orderBy: { issuer: 'asc' } })
          : Promise.resolve([]),
      ]);
      const thisYear = new Date().getFullYear();
      return html(
        reply,
        <SearchPage
          frame={frame(req)}
          title={params.q ? `“${params.q}”的检索结果` : title}
          action={action}
          params={params}
          rows={result.rows}
          total={result.total}
          pageSize={PAGE_SIZE}
          terms={result.terms}
          categories={settings.categories}
          {...(withIssuers ? { issuers: issuers.map((i) => i.issuer), years: Array.from({ length: 8 }, (_, i) => thisYear - i) } : {})}
        />,
      );
    };
  server.get('/search', listPage('站内检索', '/search'));
  server.get('/policies', listPage('政策文件', '/policies', 'policy', true));
  server.get('/interpretations', listPage('政策解读', '/interpretations', 'interpretation'));

  server.get('/catalogue', async (req, reply) => {
    const groups = await db.disclosureItem.groupBy({ by: ['category'], where: PUBLIC_WHERE, _count: true, orderBy: { category: 'asc' } });
    return html(reply, <CataloguePage frame={frame(req)} counts={groups.map((g) => ({ category: g.category, n: g._count }))} />);
  });

  server.get<{ Params: { id: string } }>('/documents/:id', async (req, reply) => {
    try {
      if (req.params.id.length > 64) throw new AppError('NOT_FOUND');
      return html(reply, <DocumentPage frame={frame(req)} doc={await getPublic(db, req.params.id)} />);
    } catch (error) {
      if (!(error instanceof AppError) || error.appCode !== 'NOT_FOUND') throw error;
      return html(
        reply,
        <SearchPage frame={frame(req)} title="未找到该文件" action="/search" params={{ page: 1 }} rows={[]} total={0} pageSize={PAGE_SIZE} terms={[]} categories={[]} />,
        404,
      );
    }
  });

  server.get('/guide', (req, reply) => html(reply, <GuidePage frame={frame(req)} />));
  server.get('/apply', (req, reply) => html(reply, <ApplyPage frame={frame(req)} />));
  server.get<{ Querystring: { receipt?: string; code?: string } }>('/apply/status', async (req, reply) => {
    const receipt = String(req.query.receipt ?? '').slice(0, 60);
    const code = String(req.query.code ?? '').slice(0, 20);
    try {
      const status = await applicationStatus(db, receipt, code);
      return html(reply.header('cache-control', 'no-store'), <ApplyPage frame={frame(req)} status={status} receiptNumber={receipt} />);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return html(reply.header('cache-control', 'no-store'), <ApplyPage frame={frame(req)} error={error.messageZh} receiptNumber={receipt} />, 404);
    }
  });

  server.get<{ Querystring: { value?: string; back?: string } }>('/prefs/text-size', (req, reply) => {
    const back = String(req.query.back ?? '/');
    const safe = back.startsWith('/') && !back.startsWith('//') ? back : '/';
    return reply
      .setCookie(TEXT_SIZE_COOKIE, req.query.value === 'large' ? 'large' : 'normal', { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600, httpOnly: true })
      .redirect(safe);
  });
}

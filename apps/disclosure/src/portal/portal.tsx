// The public portal at the disclosure server's root: HTML rendered on the server (React to static markup, no script
// shipped), every page reading public items only (public-items.ts).
import fastifyFormbody from '@fastify/formbody';
import { AppError } from '@zhengling/core';
import { takeOrWait } from '@zhengling/server-kit';
import type { Db } from '@zhengling/db';
import { type DistrictId, RuleEngineError } from '@zhengling/rules-core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { z } from 'zod';
import { APPLICANT_COLUMNS } from '../annual-report/layout';
import { applicationStatus, applyOnline } from '../applications/applications';
import { loadSettings } from '../settings/settings';
import { getPublic, listPublic, publicCategories, publicIssuers, publicYears, VALIDITY_IN } from './public-items';
import { ApplyPage, type ApplyForm, CataloguePage, DocumentPage, GuidePage, HomePage, ReceiptPage, SearchPage } from './pages/pages';
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

/** How often one address may use the public forms (against abuse; not a figure of the regulation). */
export interface PortalLimits {
  applications: { points: number; durationSeconds: number };
  statusChecks: { points: number; durationSeconds: number };
}
export const DEFAULT_PORTAL_LIMITS: PortalLimits = {
  applications: { points: 5, durationSeconds: 60 * 60 },
  statusChecks: { points: 30, durationSeconds: 10 * 60 },
};

const Line = (max: number, what: string) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不能超过${max}个字`);
/** The application form (条例第二十九条: 申请人的姓名或者名称、联系方式；所需信息的名称、文号或者特征性描述；形式要求). */
const ApplicationForm = z.object({
  applicantType: z.enum(APPLICANT_COLUMNS.map((c) => c.id) as [ApplyForm['applicantType'], ...ApplyForm['applicantType'][]], { message: '请选择申请人类型' }),
  applicantName: Line(100, '申请人姓名或者名称'),
  contact: Line(200, '联系方式'),
  description: Line(4000, '所需政府信息的描述'),
  purpose: z.string().trim().max(1000, '获取方式和其他说明不能超过1000个字').optional().default(''),
});

/** A page; `private` ones (a receipt, an application's status) are never stored by any cache. */
const html = (reply: FastifyReply, page: ReactElement, status = 200, kind: 'public' | 'private' = 'public') =>
  reply
    .code(status)
    // a page depends on the reader's text-size cookie: revalidated every time, never shared across readers' settings
    .header('cache-control', kind === 'private' ? 'no-store' : 'no-cache')
    .header('vary', 'Cookie')
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>${renderToStaticMarkup(page)}`);

export function registerPortal(
  server: FastifyInstance,
  deps: { db: Db; redis: Redis; district: DistrictId; site: string; now: () => Date; limits?: PortalLimits },
) {
  const { db, site } = deps;
  const limits = deps.limits ?? DEFAULT_PORTAL_LIMITS;
  const limiterOf = (name: string, l: { points: number; durationSeconds: number }) =>
    new RateLimiterRedis({ storeClient: deps.redis, keyPrefix: `zl-portal-${name}`, points: l.points, duration: l.durationSeconds });
  const applicationsLimiter = limiterOf('applications', limits.applications);
  const statusLimiter = limiterOf('status', limits.statusChecks);
  const tooMany = (seconds: number) => `提交过于频繁，请在${seconds >= 120 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`}后再试。`;

  const frame = (req: FastifyRequest): Frame => ({
    site,
    large: req.cookies[TEXT_SIZE_COOKIE] === 'large',
    path: req.url.split('#')[0] ?? '/',
  });
  const empty = (v: string | undefined) => (v ? v : undefined);

  server.get('/', async (req, reply) => {
    const column = (kind: string, pageSize = 5) => listPublic(db, { kind, page: 1, pageSize }).then((r) => r.rows);
    const [latest, notices, interpretations, cleanups, answers] = await Promise.all([
      listPublic(db, { page: 1, pageSize: 10 }).then((r) => r.rows),
      column('other'),
      column('interpretation'),
      column('cleanup_result'),
      column('suggestion_answer'),
    ]);
    return html(reply, <HomePage frame={frame(req)} columns={{ latest, notices, interpretations, cleanups, answers }} />);
  });

  const listPage =
    (title: string, action: string, kind?: string, withIssuers = false) => async (req: FastifyRequest, reply: FastifyReply) => {
      const p = ListQuery.parse(req.query);
      const params = { q: empty(p.q?.trim()), category: empty(p.category), issuer: empty(p.issuer), validity: p.validity, year: p.year, page: p.page };
      const [result, settings, issuers, years] = await Promise.all([
        listPublic(db, { ...params, ...(kind ? { kind } : {}), pageSize: PAGE_SIZE }),
        loadSettings(db),
        withIssuers
          ? publicIssuers(db, kind)
          : Promise.resolve([]),
        withIssuers ? publicYears(db, kind) : Promise.resolve([]),
      ]);
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
          {...(withIssuers ? { issuers, years } : {})}
        />,
      );
    };
  server.get('/search', listPage('站内检索', '/search'));
  server.get('/policies', listPage('政策文件', '/policies', 'policy', true));
  server.get('/interpretations', listPage('政策解读', '/interpretations', 'interpretation'));
  server.get('/notices', listPage('通知公告', '/notices', 'other'));
  server.get('/cleanup', listPage('规范性文件清理结果', '/cleanup', 'cleanup_result'));
  server.get('/answers', listPage('建议提案办理复文', '/answers', 'suggestion_answer'));

  server.get('/catalogue', async (req, reply) => {
    return html(reply, <CataloguePage frame={frame(req)} counts={await publicCategories(db)} />);
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
  // the form posts as a browser posts (application/x-www-form-urlencoded): parsed for this route only
  server.register(async (scope) => {
    await scope.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
    scope.post('/apply', async (req, reply) => {
      const raw = (req.body ?? {}) as Record<string, unknown>;
      const form: Partial<Record<keyof ApplyForm, string>> = {};
      for (const k of ['applicantType', 'applicantName', 'contact', 'description', 'purpose'] as const)
        if (typeof raw[k] === 'string') form[k] = raw[k];
      const again = (status: number, message: string, fieldErrors: Partial<Record<keyof ApplyForm, string>> = {}) =>
        html(reply, <ApplyPage frame={frame(req)} form={form} formError={message} fieldErrors={fieldErrors} />, status, 'private');
      const parsed = ApplicationForm.safeParse(form);
      if (!parsed.success) {
        const fieldErrors: Partial<Record<keyof ApplyForm, string>> = {};
        for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as keyof ApplyForm] ??= issue.message;
        return again(400, '申请未提交：请按提示补充或修改后再提交。', fieldErrors);
      }
      const wait = await takeOrWait(applicationsLimiter, req.ip);
      if (wait !== null) {
        reply.header('retry-after', String(wait));
        return again(429, tooMany(wait));
      }
      let registered: Awaited<ReturnType<typeof applyOnline>>;
      try {
        registered = await applyOnline(db, deps.district, parsed.data, deps.now());
      } catch (error) {
        // the answer's clock cannot be counted (a year's holiday notice not yet entered): the engine never guesses, so
        // the application is not taken online — the form comes back as typed and the office is told in the log
        if (error instanceof RuleEngineError && error.code === 'CALENDAR_YEAR_MISSING') {
          req.log.warn({ err: error }, 'online application refused: the working-day calendar lacks a year');
          return again(503, `暂不能在线受理：答复期限须按工作日计算，${error.messageZh.replace(/^.*?（/, '（')}。请稍后再试，或以信函、当面方式提交申请。`);
        }
        if (error instanceof AppError) return again(503, error.messageZh);
        throw error;
      }
      const { application, secretCode } = registered;
      return html(
        reply,
        <ReceiptPage frame={frame(req)} receiptNumber={application.receiptNumber} secretCode={secretCode} receivedOn={application.receivedOn} />,
        200,
        'private',
      );
    });
  });
  server.get<{ Querystring: { receipt?: string; code?: string } }>('/apply/status', async (req, reply) => {
    const receipt = String(req.query.receipt ?? '').slice(0, 60);
    const code = String(req.query.code ?? '').slice(0, 20);
    const answer = (page: ReactElement, status = 200) => html(reply, page, status, 'private');
    const wait = await takeOrWait(statusLimiter, req.ip);
    if (wait !== null) {
      reply.header('retry-after', String(wait));
      return answer(<ApplyPage frame={frame(req)} error={tooMany(wait)} receiptNumber={receipt} />, 429);
    }
    try {
      const status = await applicationStatus(db, receipt, code);
      return answer(<ApplyPage frame={frame(req)} status={status} receiptNumber={receipt} />);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return answer(<ApplyPage frame={frame(req)} error={error.messageZh} receiptNumber={receipt} />, 404);
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

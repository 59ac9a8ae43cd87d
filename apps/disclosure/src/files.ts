// Pages and files over plain HTTP GET: an interpretation's image (/files/items/<id>/image: anyone once published and
// proactive, else only who may see the item), the ledgers as Excel (/exports/items.xlsx with the list's filter, the
// user's scope; /exports/applications.xlsx, the office) and the annual report as a printable document
// (/annual-report/<year>/print, the office). Reads only: nothing changes, no CSRF token needed.
import { AppError, chinaDate } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { resolveSession, SESSION_COOKIE, type ServerDeps } from '@zhengling/server-kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { buildAnnualReport } from './annual-report/build-report';
import { exportApplications, exportItems } from './exports/ledgers';
import { reportDocument, reportTitle } from './annual-report/report-document';
import { assertVisible, isOffice } from './items/access';
import { bodyToHtml, escapeHtml } from './items/render-html';
import { districtGovernment } from './settings/settings';

const ItemExportFilter = z.object({
  state: z.enum(['draft', 'in_review', 'awaiting_signoff', 'published', 'withheld']).optional(),
  kind: z.enum(['policy', 'normative_document', 'meeting_decision', 'suggestion_answer', 'cleanup_result', 'interpretation', 'other']).optional(),
  q: z.string().max(100).optional(),
});

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

const PRINT_CSS = `body{font-family:"Noto Serif CJK SC","Songti SC",serif;max-width:820px;margin:24px auto;line-height:1.9;color:#000}
h1{text-align:center;font-size:22px}h3{font-size:17px;margin:18px 0 6px}p{text-indent:2em;margin:0 0 6px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:12px;line-height:1.5}th,td{border:1px solid #000;padding:3px 5px;text-align:center}
td:first-child{text-align:left}@media print{body{margin:0}.noprint{display:none}}`;

export function registerFileRoutes(server: FastifyInstance, db: Db, deps: ServerDeps) {
  const sessionOf = (req: FastifyRequest) =>
    resolveSession(db, req.cookies[SESSION_COOKIE], { ttlHours: deps.sessionTtlHours, now: deps.now() });
  const refuse = (req: FastifyRequest, reply: FastifyReply, error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    return reply.code(STATUS[error.appCode] ?? 400).send({
      error: { code: error.appCode, message: error.messageZh, messageEn: error.message, requestId: String(req.id) },
    });
  };

  server.get<{ Params: { id: string } }>('/files/items/:id/image', async (req, reply) => {
    try {
      const item = await db.disclosureItem.findUnique({ where: { id: req.params.id } });
      if (!item?.image || !item.imageType) throw new AppError('NOT_FOUND');
      const open = item.state === 'published' && item.attribute === 'proactive';
      if (!open) {
        const session = await sessionOf(req);
        if (!session) throw new AppError('NOT_FOUND');
        assertVisible(session.user, item);
      }
      return reply
        .header('cache-control', open ? 'public, max-age=3600' : 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .type(item.imageType)
        .send(Buffer.from(item.image));
    } catch (error) {
      return refuse(req, reply, error);
    }
  });

  const xlsx = (reply: FastifyReply, ascii: string, name: string, file: Buffer) =>
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('cache-control', 'no-store')
      .send(file);

  server.get<{ Querystring: { state?: string; kind?: string; q?: string } }>('/exports/items.xlsx', async (req, reply) => {
    try {
      const session = await sessionOf(req);
      if (!session) throw new AppError('UNAUTHENTICATED');
      const filter = ItemExportFilter.safeParse(req.query);
      if (!filter.success) throw new AppError('INVALID_INPUT', '（筛选条件不正确）');
      const day = chinaDate(deps.now());
      return xlsx(reply, `items-${day}.xlsx`, `公开事项台账-${day}.xlsx`, await exportItems(db, session.user, filter.data));
    } catch (error) {
      return refuse(req, reply, error);
    }
  });

  server.get('/exports/applications.xlsx', async (req, reply) => {
    try {
      const session = await sessionOf(req);
      if (!session) throw new AppError('UNAUTHENTICATED');
      const day = chinaDate(deps.now());
      return xlsx(reply, `applications-${day}.xlsx`, `依申请公开台账-${day}.xlsx`, await exportApplications(db, session.user, deps.now()));
    } catch (error) {
      return refuse(req, reply, error);
    }
  });

  server.get<{ Params: { year: string } }>('/annual-report/:year/print', async (req, reply) => {
    try {
      const session = await sessionOf(req);
      if (!session) throw new AppError('UNAUTHENTICATED');
      if (!isOffice(session.user)) throw new AppError('FORBIDDEN');
      const year = Number(req.params.year);
      if (!Number.isInteger(year) || year < 2008 || year > 2100) throw new AppError('NOT_FOUND');
      const body = districtGovernment(deps.district);
      const { report } = await buildAnnualReport(db, year, body);
      const title = reportTitle(body, year);
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_CSS}</style></head>
<body><p class="noprint" style="text-indent:0"><button onclick="window.print()">打印</button></p><h1>${escapeHtml(title)}</h1>
${bodyToHtml(reportDocument(report))}</body></html>`;
      return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
    } catch (error) {
      return refuse(req, reply, error);
    }
  });
}

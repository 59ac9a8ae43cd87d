// Files over plain HTTP GET for the signed-in user's scope: ledgers (台账) as Excel — /exports/tasks.xlsx?filter=<the
// task list's filter as JSON> — and report attachments — /attachments/<id>. Reads: no CSRF token needed, nothing
// changes; a file outside the user's scope answers 404 like one that does not exist.
import { AppError, chinaDate } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { resolveSession, SESSION_COOKIE, type ServerDeps, type SessionUser } from '@zhengling/server-kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { feedCalendar } from './calendar-feeds/feeds';
import { exportNotices } from './notices/export-notices';
import { readAttachment } from './reports/attach-file';
import { TaskFilterInput } from './routers/tasks';
import { exportSession } from './suggestions/ledger';
import { exportBreakdown } from './tasks/export-breakdown';
import { taskScopeOf } from './tasks/scope';

const STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, NOT_FOUND: 404 };

/** ASCII fallback and UTF-8 name for Content-Disposition. */
const disposition = (ascii: string, name: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerFileRoutes(server: FastifyInstance, db: Db, deps: ServerDeps) {
  const signedIn =
    <Q>(send: (user: SessionUser, req: FastifyRequest<Q extends object ? Q : never>, reply: FastifyReply) => Promise<unknown>) =>
    async (req: FastifyRequest<Q extends object ? Q : never>, reply: FastifyReply) => {
      try {
        const session = await resolveSession(db, req.cookies[SESSION_COOKIE], {
          ttlHours: deps.sessionTtlHours,
          now: deps.now(),
        });
        if (!session) throw new AppError('UNAUTHENTICATED');
        return await send(session.user, req, reply);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return reply.code(STATUS[error.appCode] ?? 400).send({
          error: { code: error.appCode, message: error.messageZh, messageEn: error.message, requestId: String(req.id) },
        });
      }
    };

  server.get<{ Querystring: { filter?: string } }>(
    '/exports/tasks.xlsx',
    signedIn<{ Querystring: { filter?: string } }>(async (user, req, reply) => {
      let raw: unknown = {};
      try {
        raw = req.query.filter ? JSON.parse(req.query.filter) : {};
      } catch {
        throw new AppError('INVALID_INPUT', '（导出条件格式不正确）');
      }
      const filter = TaskFilterInput.safeParse(raw);
      if (!filter.success) throw new AppError('INVALID_INPUT', '（导出条件格式不正确）');
      const asOf = chinaDate(deps.now());
      const file = await exportBreakdown(db, await taskScopeOf(db, user), filter.data, asOf);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', disposition(`tasks-${asOf}.xlsx`, `任务台账-${asOf}.xlsx`))
        .header('cache-control', 'no-store')
        .send(file);
    }),
  );

  server.get<{ Querystring: { level?: string } }>(
    '/exports/notices.xlsx',
    signedIn<{ Querystring: { level?: string } }>(async (user, req, reply) => {
      const level = req.query.level;
      if (level !== undefined && !['reminder', 'urging', 'supervision'].includes(level))
        throw new AppError('INVALID_INPUT', '（通知单类别不正确）');
      const asOf = chinaDate(deps.now());
      const file = await exportNotices(db, await taskScopeOf(db, user), {
        ...(level ? { level: level as 'reminder' | 'urging' | 'supervision' } : {}),
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', disposition(`notices-${asOf}.xlsx`, `督办台账-${asOf}.xlsx`))
        .header('cache-control', 'no-store')
        .send(file);
    }),
  );

  // a congress session's suggestions and proposals, for the office: /exports/suggestions.xlsx?session=<届次>
  server.get<{ Querystring: { session?: string } }>(
    '/exports/suggestions.xlsx',
    signedIn<{ Querystring: { session?: string } }>(async (user, req, reply) => {
      if (!user.roles.includes('supervision_office') && !user.roles.includes('administrator')) throw new AppError('NOT_FOUND');
      const session = req.query.session?.trim();
      if (!session || session.length > 100) throw new AppError('INVALID_INPUT', '（请指定会议届次）');
      const asOf = chinaDate(deps.now());
      const file = await exportSession(db, session, { district: deps.district, asOf });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', disposition(`suggestions-${asOf}.xlsx`, `${session}建议提案办理情况-${asOf}.xlsx`))
        .header('cache-control', 'no-store')
        .send(file);
    }),
  );

  // the .ics feed: its secret token is its only key (calendar programs send no cookie)
  server.get<{ Params: { file: string } }>('/calendar/:file', async (req, reply) => {
    const token = /^([A-Za-z0-9_-]{16,64})\.ics$/.exec(req.params.file)?.[1];
    const body = token ? await feedCalendar(db, token, `${req.protocol}://${req.host}`) : null;
    if (!body)
      return reply.code(404).send({
        error: { code: 'NOT_FOUND', message: '该日历订阅链接不存在或已撤销。', messageEn: 'Unknown or revoked feed.', requestId: String(req.id) },
      });
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(body);
  });

  server.get<{ Params: { id: string } }>(
    '/attachments/:id',
    signedIn<{ Params: { id: string } }>(async (user, req, reply) => {
      if (!/^[a-z0-9]{1,64}$/.test(req.params.id)) throw new AppError('NOT_FOUND');
      const file = await readAttachment(db, await taskScopeOf(db, user), req.params.id);
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', disposition(`attachment-${file.id}`, file.fileName))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.content));
    }),
  );
}

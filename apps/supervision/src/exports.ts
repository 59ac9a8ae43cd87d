// Ledgers (台账) as Excel files: GET /exports/tasks.xlsx?filter=<the task list's filter as JSON>, for the signed-in
// user's scope. A read: no CSRF token needed, nothing changes.
import { AppError, chinaDate } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { resolveSession, SESSION_COOKIE, type ServerDeps } from '@zhengling/server-kit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { TaskFilterInput } from './routers/tasks';
import { exportBreakdown } from './tasks/export-breakdown';
import { taskScopeOf } from './tasks/scope';

export function registerExports(server: FastifyInstance, db: Db, deps: ServerDeps) {
  server.get<{ Querystring: { filter?: string } }>('/exports/tasks.xlsx', async (req, reply) => {
    try {
      return await send(req, reply);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const status = error.appCode === 'UNAUTHENTICATED' ? 401 : 400;
      return reply.code(status).send({
        error: { code: error.appCode, message: error.messageZh, messageEn: error.message, requestId: String(req.id) },
      });
    }
  });
  async function send(
    req: { cookies: Record<string, string | undefined>; query: { filter?: string } },
    reply: FastifyReply,
  ) {
    const session = await resolveSession(db, req.cookies[SESSION_COOKIE], {
      ttlHours: deps.sessionTtlHours,
      now: deps.now(),
    });
    if (!session) throw new AppError('UNAUTHENTICATED');
    let raw: unknown = {};
    try {
      raw = req.query.filter ? JSON.parse(req.query.filter) : {};
    } catch {
      throw new AppError('INVALID_INPUT', '（导出条件格式不正确）');
    }
    const filter = TaskFilterInput.safeParse(raw);
    if (!filter.success) throw new AppError('INVALID_INPUT', '（导出条件格式不正确）');
    const asOf = chinaDate(deps.now());
    const file = await exportBreakdown(db, await taskScopeOf(db, session.user), filter.data, asOf);
    const name = `任务台账-${asOf}.xlsx`;
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="tasks-${asOf}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('cache-control', 'no-store')
      .send(file);
  }
}

// Bull Board for administrators, mounted inside the supervision server. `authorize` decides per request (the session
// must have the administrator role); everyone else gets 403 and sees nothing of the queues. Its actions (pause a
// queue, retry or remove a job) change state: they must come from the dashboard's own page (the browser's
// Sec-Fetch-Site / Origin say so — the anti-forgery check a third-party UI can pass) and each is audited.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { type Actor, recordAudit } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** A state-changing request comes from this site itself, as the browser reports it. */
export function fromSameOrigin(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site) return site === 'same-origin';
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export async function registerQueueDashboard(
  server: FastifyInstance,
  opts: {
    basePath: string;
    queues: Queue[];
    db: Db;
    /** the administrator behind the request, or null */
    authorize: (req: FastifyRequest) => Promise<Actor | null>;
  },
): Promise<void> {
  const adapter = new FastifyAdapter();
  adapter.setBasePath(opts.basePath);
  createBullBoard({
    queues: opts.queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false })),
    serverAdapter: adapter,
  });
  await server.register(async (scope) => {
    scope.addHook('onRequest', async (req, reply) => {
      const actor = await opts.authorize(req);
      if (!actor)
        return reply.code(403).send({ error: { code: 'FORBIDDEN', message: '仅系统管理员可查看队列。' } });
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        if (!fromSameOrigin(req)) {
          return reply
            .code(403)
            .send({ error: { code: 'CSRF_REJECTED', message: '队列操作须从本系统的队列页面发起。' } });
        }
        await recordAudit(
          opts.db,
          { ...actor, requestId: String(req.id) },
          {
            action: 'queue-dashboard.action',
            entityType: 'queue',
            entityId: req.url.slice(0, 200),
            after: { method: req.method },
          },
        );
      }
    });
    // Bull Board's page runs inline scripts: the strict Content-Security-Policy stays on every other page.
    scope.addHook('onSend', async (_req, reply) => {
      reply.removeHeader('content-security-policy');
    });
    await scope.register(adapter.registerPlugin(), { prefix: opts.basePath });
  });
}

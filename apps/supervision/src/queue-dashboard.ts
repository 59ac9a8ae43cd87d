// Bull Board for administrators, mounted inside an app server. `authorize` decides per request (the app checks the
// session has the administrator role); everyone else gets 403 and sees nothing of the queues.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export async function registerQueueDashboard(
  server: FastifyInstance,
  opts: { basePath: string; queues: Queue[]; authorize: (req: FastifyRequest) => Promise<boolean> },
): Promise<void> {
  const adapter = new FastifyAdapter();
  adapter.setBasePath(opts.basePath);
  createBullBoard({
    queues: opts.queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false })),
    serverAdapter: adapter,
  });
  await server.register(async (scope) => {
    scope.addHook('onRequest', async (req, reply) => {
      if (!(await opts.authorize(req)))
        return reply.code(403).send({ appCode: 'FORBIDDEN', messageZh: '仅系统管理员可查看队列。' });
    });
    await scope.register(adapter.registerPlugin(), { prefix: opts.basePath });
  });
}

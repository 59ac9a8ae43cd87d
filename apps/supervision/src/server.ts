import type { Db } from '@zhengling/db';
import { reminderQueue, remindersEnv } from '@zhengling/reminders';
import { buildServer, resolveSession, SESSION_COOKIE, type ServerDeps } from '@zhengling/server-kit';
import type { Redis } from 'ioredis';
import { registerFileRoutes } from './exports';
import { registerQueueDashboard } from './queue-dashboard';
import { registerWebAssets } from './web-assets';
import { appRouter } from './router';

/** The supervision server: its tRPC API and, for administrators, the reminder queue dashboard at /admin/queues. */
export async function buildSupervisionServer(opts: {
  db: Db;
  redis: Redis;
  redisUrl: string;
  district: ServerDeps['district'];
  logger?: ServerDeps['logger'];
  /** the clock, injectable for tests */
  now?: () => Date;
}) {
  const queue = reminderQueue(opts.redisUrl, remindersEnv.REMINDER_QUEUE_PREFIX);
  queue.on('error', () => undefined); // readiness reports Redis; the dashboard just shows nothing while it is away
  const server = await buildServer({
    app: 'supervision',
    router: appRouter,
    db: opts.db,
    redis: opts.redis,
    district: opts.district,
    logger: opts.logger,
    now: opts.now,
    // uploads (a task breakdown, report attachments) come as base64 in the body; each is size-checked on its own
    bodyLimit: 16 * 1024 * 1024,
    extra: async (s, deps) => {
      registerFileRoutes(s, opts.db, deps);
      await registerWebAssets(s);
      await registerQueueDashboard(s, {
        basePath: '/admin/queues',
        queues: [queue],
        db: opts.db,
        authorize: async (req) => {
          const session = await resolveSession(opts.db, req.cookies[SESSION_COOKIE], {
            ttlHours: deps.sessionTtlHours,
            now: deps.now(),
          });
          if (!session?.user.roles.includes('administrator')) return null;
          return { kind: 'user', userId: session.user.id, label: session.user.username, app: 'supervision' };
        },
      });
    },
  });
  server.addHook('onClose', async () => {
    await queue.close();
  });
  return server;
}

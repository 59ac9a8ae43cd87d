import type { Db } from '@zhengling/db';
import { buildServer, type ServerDeps } from '@zhengling/server-kit';
import type { Redis } from 'ioredis';
import { appRouter } from './router';

/** The disclosure server: its tRPC API. */
export async function buildDisclosureServer(opts: {
  db: Db;
  redis: Redis;
  district: ServerDeps['district'];
  logger?: ServerDeps['logger'];
  /** the clock, injectable for tests */
  now?: () => Date;
}) {
  return buildServer({
    app: 'disclosure',
    router: appRouter,
    db: opts.db,
    redis: opts.redis,
    district: opts.district,
    logger: opts.logger,
    now: opts.now,
    // an interpretation's image comes as base64 in the body (at most 5 MB, checked on its own)
    bodyLimit: 8 * 1024 * 1024,
  });
}

// The disclosure server: its tRPC API, the public portal at / (server-rendered pages, open data, feed, sitemap), the
// staff web app at /staff/, an interpretation's image, the ledgers and the printable annual report.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '@zhengling/db';
import { buildServer, registerWebApp, type ServerDeps } from '@zhengling/server-kit';
import type { Redis } from 'ioredis';
import { registerFileRoutes } from './files';
import { registerOpenData } from './portal/open-data';
import { keepPublicAnswers, UNKEPT_ANSWERS } from './portal/public-answers';
import { registerPortal } from './portal/portal';
import { districtGovernment } from './settings/settings';
import { appRouter } from './router';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

export async function buildDisclosureServer(opts: {
  db: Db;
  redis: Redis;
  district: ServerDeps['district'];
  logger?: ServerDeps['logger'];
  /** the clock, injectable for tests */
  now?: () => Date;
  /** addresses per sitemap file (the protocol's 50,000; smaller in tests) */
  sitemapLimit?: number;
  /** the database's address, to listen for changes of the public items: the public lists' answers are then kept in
   * memory until one changes (portal/public-answers.ts); without it they are read afresh every time */
  databaseUrl?: string;
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
    extra: async (s, deps) => {
      registerFileRoutes(s, opts.db, deps);
      const answers = opts.databaseUrl ? await keepPublicAnswers(opts.databaseUrl, s.log) : UNKEPT_ANSWERS;
      s.addHook('onClose', () => answers.close());
      registerOpenData(s, opts.db, async () => districtGovernment(deps.district), { sitemapLimit: opts.sitemapLimit, answers });
      registerPortal(s, { db: opts.db, redis: opts.redis, district: deps.district, site: districtGovernment(deps.district), now: deps.now });
      await registerWebApp(s, { dist: WEB_DIST, prefix: '/staff', buildCommand: 'pnpm --filter @zhengling/disclosure build:web' });
    },
  });
}

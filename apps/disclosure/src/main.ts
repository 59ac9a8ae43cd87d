// The disclosure server process.
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { createLogger, createRedis, serverEnv, startServer } from '@zhengling/server-kit';
import { disclosureEnv } from './env';
import { reindexPublicItems } from './portal/search-index';
import { buildDisclosureServer } from './server';

const db = createDb(serverEnv.DATABASE_URL);
const logger = createLogger('disclosure', serverEnv.LOG_LEVEL);
// public items indexed by an older version of the search are indexed again before the portal answers
const reindexed = await reindexPublicItems(db);
if (reindexed) logger.info({ reindexed }, 'public items re-indexed for search');
const server = await buildDisclosureServer({
  db,
  redis: createRedis(serverEnv.REDIS_URL, logger),
  // the district is the one the database was seeded with: chosen once, never a default
  district: await districtOf(db),
  logger,
  databaseUrl: disclosureEnv.DISCLOSURE_PUBLIC_ANSWERS === 'kept' ? serverEnv.DATABASE_URL : undefined,
});
await startServer(server, { host: disclosureEnv.HOST, port: disclosureEnv.DISCLOSURE_PORT });

// The disclosure server process.
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { createLogger, createRedis, serverEnv, startServer } from '@zhengling/server-kit';
import { disclosureEnv } from './env';
import { buildDisclosureServer } from './server';

const db = createDb(serverEnv.DATABASE_URL);
const logger = createLogger('disclosure', serverEnv.LOG_LEVEL);
const server = await buildDisclosureServer({
  db,
  redis: createRedis(serverEnv.REDIS_URL, logger),
  // the district is the one the database was seeded with: chosen once, never a default
  district: await districtOf(db),
  logger,
});
await startServer(server, { host: disclosureEnv.HOST, port: disclosureEnv.DISCLOSURE_PORT });

// The supervision server process.
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { createLogger, createRedis, serverEnv, startServer } from '@zhengling/server-kit';
import { supervisionEnv } from './env';
import { buildSupervisionServer } from './server';

const db = createDb(serverEnv.DATABASE_URL);
const logger = createLogger('supervision', serverEnv.LOG_LEVEL);
const server = await buildSupervisionServer({
  db,
  redis: createRedis(serverEnv.REDIS_URL, logger),
  redisUrl: serverEnv.REDIS_URL,
  // the district is the one the database was seeded with: chosen once, never a default
  district: await districtOf(db),
  logger,
});
await startServer(server, { host: supervisionEnv.HOST, port: supervisionEnv.SUPERVISION_PORT });

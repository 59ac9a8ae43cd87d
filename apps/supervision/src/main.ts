// The supervision server process.
import { createDb } from '@zhengling/db';
import { createLogger, createRedis, serverEnv, startServer } from '@zhengling/server-kit';
import { supervisionEnv } from './env';
import { buildSupervisionServer } from './server';

const logger = createLogger('supervision', serverEnv.LOG_LEVEL);
const server = await buildSupervisionServer({
  db: createDb(serverEnv.DATABASE_URL),
  redis: createRedis(serverEnv.REDIS_URL, logger),
  redisUrl: serverEnv.REDIS_URL,
  district: serverEnv.ZHENGLING_DISTRICT,
  logger,
});
await startServer(server, { host: supervisionEnv.HOST, port: supervisionEnv.SUPERVISION_PORT });

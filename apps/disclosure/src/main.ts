// The disclosure server process.
import { createDb } from '@zhengling/db';
import { buildServer, createLogger, createRedis, serverEnv, startServer } from '@zhengling/server-kit';
import { disclosureEnv } from './env';
import { appRouter } from './router';

const logger = createLogger('disclosure', serverEnv.LOG_LEVEL);
const server = await buildServer({
  app: 'disclosure',
  router: appRouter,
  db: createDb(serverEnv.DATABASE_URL),
  redis: createRedis(serverEnv.REDIS_URL, logger),
  district: serverEnv.ZHENGLING_DISTRICT,
  logger,
});
await startServer(server, { host: disclosureEnv.HOST, port: disclosureEnv.DISCLOSURE_PORT });

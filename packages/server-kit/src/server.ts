// The HTTP server of an app: Fastify with the tRPC router at /trpc, /healthz (the process) and /readyz (PostgreSQL
// and Redis reachable), request ids, structured logs, and a graceful shutdown (stop accepting, finish what is in
// flight, then Redis, then PostgreSQL).
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import type { AnyRouter } from '@trpc/server';
import {
  type CreateFastifyContextOptions,
  fastifyTRPCPlugin,
  type FastifyTRPCPluginOptions,
} from '@trpc/server/adapters/fastify';
import type { Db } from '@zhengling/db';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { LoginLimiter } from './auth/login-limiter';
import { CSRF_HEADER, resolveSession, SESSION_COOKIE } from './auth/sessions';
import { domainErrorOf } from './errors';
import { describeStatus, errorBody, rawErrorResponse, REQUEST_ID } from './http-errors';
import type { AppName, Context, ServerDeps } from './trpc';

/** A batch of tRPC calls holds at most this many; sign-in and password changes are never batched. */
export const MAX_BATCH = 10;
const NEVER_BATCHED = ['auth.signIn', 'auth.changePassword'];

export function createLogger(app: string, level = 'info'): Logger {
  return pino({
    level,
    base: { app },
    redact: ['req.headers.cookie', 'req.headers.authorization', `req.headers["${CSRF_HEADER}"]`, 'password'],
  });
}

/** A Redis client for servers: commands fail fast while Redis is away, and it reconnects quickly when it is back. */
export function createRedis(url: string, logger?: Logger): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 100, 1_000),
  });
  // Connection errors are expected while Redis is away; /readyz reports them. Log, never crash.
  redis.on('error', (err: Error) => logger?.debug({ err }, 'redis connection error'));
  return redis;
}

const within = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);

export async function readiness(
  db: Db,
  redis: Redis,
): Promise<{ ready: boolean; postgres: string; redis: string }> {
  const [pg, rd] = await Promise.allSettled([
    within(db.$queryRaw`SELECT 1`, 2_000),
    within(redis.ping(), 1_000),
  ]);
  const status = (r: PromiseSettledResult<unknown>) =>
    r.status === 'fulfilled' ? 'ok' : `down: ${(r.reason as Error)?.message ?? r.reason}`;
  return {
    ready: pg.status === 'fulfilled' && rd.status === 'fulfilled',
    postgres: status(pg),
    redis: status(rd),
  };
}

export interface BuildServerOptions<R extends AnyRouter> {
  app: AppName;
  router: R;
  db: Db;
  redis: Redis;
  district: ServerDeps['district'];
  logger?: Logger;
  limiter?: LoginLimiter;
  sessionTtlHours?: number;
  cookieSecure?: boolean;
  now?: () => Date;
  /** routes of the app itself (dashboards, the portal) */
  extra?: (server: FastifyInstance, deps: ServerDeps) => Promise<void> | void;
  /** the largest request body (default 1 MB); an app taking uploads raises it and checks each upload's size itself */
  bodyLimit?: number;
}

export async function buildServer<R extends AnyRouter>(
  opts: BuildServerOptions<R>,
): Promise<FastifyInstance> {
  const logger = opts.logger ?? createLogger(opts.app);
  const deps: ServerDeps = {
    db: opts.db,
    redis: opts.redis,
    logger,
    app: opts.app,
    district: opts.district,
    limiter: opts.limiter ?? new LoginLimiter(opts.redis),
    sessionTtlHours: opts.sessionTtlHours ?? 12,
    now: opts.now ?? (() => new Date()),
  };
  // Commands fail fast while Redis is away (enableOfflineQueue: false); give it a moment to connect at start so the
  // first requests do not fail for nothing. If it is down, the server still starts and /readyz says so.
  if (opts.redis.status !== 'ready') {
    await within(new Promise((resolve) => opts.redis.once('ready', resolve)), 2_000).catch(() => undefined);
  }
  const server = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // A caller's x-request-id is kept only when short and plain (it is logged and stored in the audit trail).
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 2_000 },
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    trustProxy: false,
    // Errors Fastify raises before a route runs (a bad URL, a malformed body) get the error shape too.
    frameworkErrors: (error, req, reply) => {
      const status: number = error.statusCode ?? 400;
      const { code, detailZh } = describeStatus(status);
      void (reply as unknown as FastifyReply).code(status).send(errorBody(code, detailZh, String(req.id)));
    },
    // Connections Node refuses before there is a request (headers too large, garbage) get it as well.
    clientErrorHandler: (error, socket) => {
      if (socket.writable) socket.end(rawErrorResponse(error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400));
      else socket.destroy(error);
    },
  });
  await server.register(fastifyCookie);
  // Security headers (helmet's defaults: a strict Content-Security-Policy, no sniffing, no framing …). HSTS and the
  // upgrade of insecure requests only where the site is served over HTTPS (secure cookies): on plain-HTTP loopback
  // they would send the browser to an https:// that is not there.
  const https = opts.cookieSecure ?? false;
  await server.register(fastifyHelmet, {
    hsts: https,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
  });
  server.setNotFoundHandler((req, reply) => {
    const { code, detailZh } = describeStatus(404);
    return reply.code(404).send(errorBody(code, detailZh, String(req.id)));
  });
  server.setErrorHandler((error: { statusCode?: number; code?: string }, req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    const { code, detailZh } = describeStatus(status);
    return reply.code(status).send(errorBody(code, detailZh, String(req.id)));
  });
  // tRPC batches: bounded, and never for sign-in or a password change (one password check per request).
  server.addHook('onRequest', async (req, reply) => {
    const url = req.url;
    if (!url.startsWith('/trpc/') || !/[?&]batch=1(&|$)/.test(url)) return;
    const paths = decodeURIComponent(url.slice('/trpc/'.length).split('?')[0] ?? '').split(',');
    if (paths.length > MAX_BATCH || paths.some((p) => NEVER_BATCHED.includes(p))) {
      return reply
        .code(400)
        .send(
          errorBody(
            'INVALID_INPUT',
            `（一次批量请求至多${MAX_BATCH}个调用，登录和修改密码不得批量提交）`,
            String(req.id),
          ),
        );
    }
  });
  // Once shutdown begins, responses still in flight close their connection, so keep-alive sockets do not hold the
  // close open; new requests are refused by Fastify (503).
  let closing = false;
  server.addHook('preClose', async () => {
    closing = true;
  });
  server.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (closing) reply.header('connection', 'close');
  });

  server.get('/healthz', async () => ({ status: 'ok', app: opts.app }));
  server.get('/readyz', async (_req, reply) => {
    const r = await readiness(opts.db, opts.redis);
    return reply
      .code(r.ready ? 200 : 503)
      .send({ status: r.ready ? 'ready' : 'not-ready', postgres: r.postgres, redis: r.redis });
  });

  await server.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: opts.router,
      createContext: async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
        const token = req.cookies[SESSION_COOKIE];
        const session = await resolveSession(opts.db, token, {
          ttlHours: deps.sessionTtlHours,
          now: deps.now(),
        });
        const header = req.headers[CSRF_HEADER];
        return {
          ...deps,
          requestId: String(req.id),
          ip: req.ip,
          userAgent: req.headers['user-agent'],
          user: session?.user ?? null,
          sessionToken: session ? (token ?? null) : null,
          csrfHeader: Array.isArray(header) ? header[0] : header,
          authorization: req.headers.authorization,
          cookies: {
            get: (name) => req.cookies[name],
            set: (name, value, { maxAgeSeconds }) =>
              void res.setCookie(name, value, {
                httpOnly: true,
                sameSite: 'strict',
                secure: opts.cookieSecure ?? false,
                path: '/',
                maxAge: maxAgeSeconds,
              }),
            clear: (name) => void res.clearCookie(name, { path: '/' }),
          },
        };
      },
      maxBatchSize: MAX_BATCH,
      onError: ({ error, path }: { error: { code: string }; path?: string }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error, path }, 'procedure failed');
      },
      // A refusal that says when to come back says it in Retry-After too.
      responseMeta: ({ errors }) => {
        const retry = errors
          .map((e) => domainErrorOf(e)?.details?.retryAfterSeconds)
          .find((n): n is number => typeof n === 'number');
        return retry ? { headers: { 'retry-after': String(retry) } } : {};
      },
    } satisfies FastifyTRPCPluginOptions<R>['trpcOptions'],
  });

  await opts.extra?.(server, deps);

  // Fastify closes in order: stop accepting and finish in-flight requests, then these hooks: Redis, then PostgreSQL.
  server.addHook('onClose', async () => {
    await opts.redis.quit().catch(() => opts.redis.disconnect());
    await opts.db.$disconnect();
  });
  return server;
}

/** Listen, and close gracefully (once) on SIGINT/SIGTERM. */
export async function startServer(
  server: FastifyInstance,
  where: { host: string; port: number },
): Promise<string> {
  const address = await server.listen(where);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    server.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return address;
}

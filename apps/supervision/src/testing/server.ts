// A supervision server for tests: a private PostgreSQL database and redis-server, the seeded demo district, and
// sign-in as any seeded account.
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { createRedis } from '@zhengling/server-kit';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { buildSupervisionServer } from '../server';

export interface TestServer {
  t: TestDatabase;
  redis: PrivateRedis;
  server: FastifyInstance;
  signIn(username: string): Promise<{ cookie: string; csrf: string }>;
  /** a signed-in caller of the API: query and mutate as that user, answering the data or the error's appCode */
  as(username: string): Promise<Caller>;
  close(): Promise<void>;
}

export interface Caller {
  query<T = unknown>(path: string, input?: unknown): Promise<T>;
  mutate<T = unknown>(path: string, input?: unknown): Promise<T>;
}

/** The error a call answered (so a test can say `rejects.toMatchObject({ appCode })`). */
export class CallError extends Error {
  constructor(
    readonly appCode: string,
    readonly messageZh: string,
  ) {
    super(`${appCode}: ${messageZh}`);
  }
}

export async function startTestServer(opts: { now?: () => Date } = {}): Promise<TestServer> {
  const t = await createTestDatabase();
  const redis = await startPrivateRedis();
  const seeded = await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
  const passwords = Object.fromEntries(seeded.accounts.map((a) => [a.username, a.password!]));
  const server = await buildSupervisionServer({
    db: t.db,
    redis: createRedis(redis.url),
    redisUrl: redis.url,
    district: 'kaizhou',
    logger: pino({ level: 'silent' }),
    now: opts.now,
  });
  const answer = <T>(res: { statusCode: number; body: string }): T => {
    const body = JSON.parse(res.body) as {
      result?: { data: T };
      error?: { data: { appCode: string; messageZh: string } };
    };
    if (body.error) throw new CallError(body.error.data.appCode, body.error.data.messageZh);
    return body.result!.data;
  };
  async function signIn(username: string) {
    const res = await server.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'x-csrf-token': '1' },
      payload: { username, password: passwords[username] },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'zl_session')!;
    return {
      cookie: `zl_session=${cookie.value}`,
      csrf: (JSON.parse(res.body) as { result: { data: { csrfToken: string } } }).result.data.csrfToken,
    };
  }
  return {
    t,
    redis,
    server,
    signIn,
    async as(username) {
      const { cookie, csrf } = await signIn(username);
      return {
        async query<T>(path: string, input?: unknown) {
          const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
          return answer<T>(await server.inject({ method: 'GET', url: `/trpc/${path}${q}`, headers: { cookie } }));
        },
        async mutate<T>(path: string, input?: unknown) {
          return answer<T>(
            await server.inject({
              method: 'POST',
              url: `/trpc/${path}`,
              headers: { cookie, 'x-csrf-token': csrf },
              payload: input === undefined ? {} : (input as object),
            }),
          );
        },
      };
    },
    async close() {
      await server.close();
      await redis.dispose();
      await t.drop();
    },
  };
}

// An app server for tests: a private PostgreSQL database and redis-server, whatever the app seeds, and a caller that
// signs in as any seeded account and answers the data or the error's code — the same harness for every app.
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import type { Db } from '@zhengling/db';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import type { FastifyInstance } from 'fastify';

export interface TestServer {
  t: TestDatabase;
  redis: PrivateRedis;
  server: FastifyInstance;
  signIn(username: string): Promise<{ cookie: string; csrf: string }>;
  /** a signed-in caller of the API: query and mutate as that user, answering the data or the error's appCode */
  as(username: string): Promise<Caller>;
  /** a caller with the given headers and no session (service calls, the public) */
  anonymous(headers?: Record<string, string>): Caller;
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

/** The refusal a call answered; fails the test if the call succeeded or failed some other way. */
export async function refusalOf(call: Promise<unknown>): Promise<CallError> {
  try {
    await call;
  } catch (e) {
    if (e instanceof CallError) return e;
    throw e;
  }
  throw new Error('expected the call to be refused');
}

export async function startAppTestServer(opts: {
  /** seed the database; answers each account's password */
  seed: (db: Db) => Promise<Record<string, string>>;
  build: (deps: { db: Db; redisUrl: string; databaseUrl: string }) => Promise<FastifyInstance>;
}): Promise<TestServer> {
  const t = await createTestDatabase();
  const redis = await startPrivateRedis();
  const passwords = await opts.seed(t.db);
  const server = await opts.build({ db: t.db, redisUrl: redis.url, databaseUrl: t.url });
  const answer = <T>(res: { statusCode: number; body: string }): T => {
    const body = JSON.parse(res.body) as {
      result?: { data: T };
      error?: { data: { appCode: string; messageZh: string } };
    };
    if (body.error) throw new CallError(body.error.data.appCode, body.error.data.messageZh);
    return body.result!.data;
  };
  const caller = (headers: Record<string, string>): Caller => ({
    async query<T>(path: string, input?: unknown) {
      const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return answer<T>(await server.inject({ method: 'GET', url: `/trpc/${path}${q}`, headers }));
    },
    async mutate<T>(path: string, input?: unknown) {
      return answer<T>(
        await server.inject({
          method: 'POST',
          url: `/trpc/${path}`,
          headers: { 'x-csrf-token': '1', ...headers },
          payload: input === undefined ? {} : (input as object),
        }),
      );
    },
  });
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
      return caller({ cookie, 'x-csrf-token': csrf });
    },
    anonymous: (headers = {}) => caller(headers),
    async close() {
      await server.close();
      await redis.dispose();
      await t.drop();
    },
  };
}

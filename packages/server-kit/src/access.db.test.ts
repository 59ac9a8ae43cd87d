import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { actorOf, AppError, auditedMutation } from '@zhengling/core';
import { TRPCError } from '@trpc/server';
import { auditRouter } from './audit/audit-router';
import { LoginLimiter } from './auth/login-limiter';
import { createSession, csrfTokenFor, resolveSession, type SessionUser } from './auth/sessions';
import { domainErrorOf } from './errors';
import { seedAccessFixture } from './testing/fixtures';
import { type Context, createCallerFactory, departmentScopedProcedure, router } from './trpc';

// A small router of the kind the apps write, over a real table: departments rename themselves.
const itemsRouter = router({
  list: departmentScopedProcedure.query(({ ctx }) =>
    ctx.db.department.findMany({
      where: { id: ctx.scope.where.departmentId },
      orderBy: { code: 'asc' },
    }),
  ),
  rename: departmentScopedProcedure
    .input(
      z.object({ id: z.string(), shortName: z.string().min(1), failAfterWrite: z.boolean().default(false) }),
    )
    .mutation(async ({ ctx, input }) => {
      const dept = await ctx.db.department.findUnique({ where: { id: input.id } });
      if (!dept) throw new AppError('NOT_FOUND');
      ctx.scope.assert(dept.id);
      return auditedMutation(ctx.db, actorOf(ctx), async (tx) => {
        const after = await tx.department.update({
          where: { id: dept.id },
          data: { shortName: input.shortName },
        });
        if (input.failAfterWrite) throw new Error('simulated failure after the write');
        return {
          result: after,
          audit: {
            action: 'department.rename',
            entityType: 'department',
            entityId: dept.id,
            before: { shortName: dept.shortName },
            after: { shortName: after.shortName },
          },
        };
      });
    }),
});
const appRouter = router({ items: itemsRouter, audit: auditRouter });
const createCaller = createCallerFactory(appRouter);

let t: TestDatabase;
let redis: Redis;
let fx: Awaited<ReturnType<typeof seedAccessFixture>>;

async function callerFor(username: keyof typeof fx.users | null) {
  let user: SessionUser | null = null;
  let token: string | null = null;
  if (username) {
    token = await createSession(t.db, fx.users[username].id, { ttlHours: 1, now: new Date() });
    user = (await resolveSession(t.db, token, { ttlHours: 1, now: new Date() }))!.user;
  }
  const ctx: Context = {
    db: t.db,
    redis,
    logger: pino({ level: 'silent' }),
    app: 'platform',
    district: 'kaizhou',
    limiter: new LoginLimiter(redis),
    sessionTtlHours: 1,
    now: () => new Date(),
    requestId: `req-${username ?? 'anon'}`,
    ip: '127.0.0.1',
    user,
    sessionToken: token,
    csrfHeader: token ? csrfTokenFor(token) : undefined,
    cookies: { get: () => undefined, set: () => {}, clear: () => {} },
  };
  return createCaller(ctx);
}

/** The exact code a call failed with: the application code of a domain error, or the bare tRPC code otherwise. */
async function failureOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (e) {
    const domain = domainErrorOf(e);
    if (domain) return `${(e as TRPCError).code}/${domain.appCode}`;
    return e instanceof TRPCError ? `${e.code}/-` : `thrown: ${String(e)}`;
  }
  return 'no error';
}

beforeAll(async () => {
  t = await createTestDatabase();
  redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
  fx = await seedAccessFixture(t.db);
});
afterAll(async () => {
  redis.disconnect();
  await t?.drop();
});

describe('department scope', () => {
  test('department staff see only their own department; the supervision office sees all', async () => {
    expect((await (await callerFor('financeStaff')).items.list()).map((d) => d.code)).toEqual(['finance']);
    expect((await (await callerFor('supervisor')).items.list()).map((d) => d.code)).toEqual([
      'finance',
      'justice',
      'office',
    ]);
  });

  test("a department cannot change another department's item, and is told NOT_FOUND, not that it exists", async () => {
    const caller = await callerFor('justiceStaff');
    const before = (await t.db.department.findUniqueOrThrow({ where: { id: fx.departments.finance.id } }))
      .shortName;
    expect(await failureOf(caller.items.rename({ id: fx.departments.finance.id, shortName: 'x' }))).toBe(
      'NOT_FOUND/NOT_FOUND',
    );
    expect(await failureOf(caller.items.rename({ id: 'no-such-department', shortName: 'x' }))).toBe(
      'NOT_FOUND/NOT_FOUND',
    );
    expect(
      (await t.db.department.findUniqueOrThrow({ where: { id: fx.departments.finance.id } })).shortName,
    ).toBe(before);
  });

  test('an unauthenticated caller gets UNAUTHENTICATED', async () => {
    expect(await failureOf((await callerFor(null)).items.list())).toBe('UNAUTHORIZED/UNAUTHENTICATED');
  });
});

describe('the audit trail', () => {
  test('a change and its audit entry are written together, with actor, before/after and request id', async () => {
    const id = fx.departments.finance.id;
    const before = (await t.db.department.findUniqueOrThrow({ where: { id } })).shortName;
    const shortName = `财政-${before.length}`;
    await (await callerFor('financeHead')).items.rename({ id, shortName });
    const entry = await t.db.auditEntry.findFirstOrThrow({
      where: { action: 'department.rename', entityId: id },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({
      actorUserId: fx.users.financeHead.id,
      actorLabel: 'finance-head',
      requestId: 'req-financeHead',
      before: { shortName: before },
      after: { shortName },
    });
  });

  test('a mutation that fails after writing leaves neither the change nor an audit entry', async () => {
    const id = fx.departments.justice.id;
    const shortName = (await t.db.department.findUniqueOrThrow({ where: { id } })).shortName;
    const entries = await t.db.auditEntry.count();
    expect(
      await failureOf(
        (await callerFor('supervisor')).items.rename({ id, shortName: '失败', failAfterWrite: true }),
      ),
    ).toBe('INTERNAL_SERVER_ERROR/-');
    expect((await t.db.department.findUniqueOrThrow({ where: { id } })).shortName).toBe(shortName);
    expect(await t.db.auditEntry.count()).toBe(entries);
  });

  test('entries cannot be altered or deleted, even by the application’s own connection', async () => {
    await expect(t.db.auditEntry.updateMany({ data: { actorLabel: 'someone else' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
  });

  test('administrators and the supervision office browse and filter it; an item shows its own history', async () => {
    const id = fx.departments.office.id;
    await (await callerFor('supervisor')).items.rename({ id, shortName: '办公室（改）' });
    const list = await (await callerFor('supervisor')).audit.list({ action: 'department.rename' });
    expect(list.entries.some((e) => e.entityId === id)).toBe(true);
    expect(list.entries.every((e) => e.action === 'department.rename')).toBe(true);
    const history = await (
      await callerFor('admin')
    ).audit.forEntity({ entityType: 'department', entityId: id });
    expect(history.map((e) => e.action)).toEqual(['department.rename']);
  });

  test('department staff may not browse the audit trail', async () => {
    expect(await failureOf((await callerFor('financeStaff')).audit.list({}))).toBe('FORBIDDEN/FORBIDDEN');
  });

  test('the audit list pages with a cursor', async () => {
    const caller = await callerFor('admin');
    for (const shortName of ['甲', '乙', '丙']) {
      await (await callerFor('supervisor')).items.rename({ id: fx.departments.office.id, shortName });
    }
    const first = await caller.audit.list({ limit: 2 });
    expect(first.entries).toHaveLength(2);
    const second = await caller.audit.list({ limit: 2, cursor: first.nextCursor! });
    expect(BigInt(second.entries[0]!.id) < BigInt(first.entries[1]!.id)).toBe(true);
  });
});

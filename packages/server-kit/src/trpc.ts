// tRPC init: the context every procedure sees, the error formatter of the one error enum, and the procedures
// (public, signed-in, role-scoped) with department scope in one place.
import { initTRPC } from '@trpc/server';
import type { Db, Role } from '@zhengling/db';
import { APP_ERRORS, AppError, type AppErrorCode, type AppName } from '@zhengling/core';
import type { DistrictId } from '@zhengling/rules-core';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { z, ZodError } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { LoginLimiter } from './auth/login-limiter';
import { csrfMatches, type SessionUser } from './auth/sessions';
import { domainErrorOf, toTrpcError } from './errors';

export type { AppName };

/** Cookies as the procedures see them: the HTTP adapter and the tests provide the same small interface. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, opts: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

export interface ServerDeps {
  db: Db;
  redis: Redis;
  logger: Logger;
  app: AppName;
  district: DistrictId;
  limiter: LoginLimiter;
  sessionTtlHours: number;
  /** the clock, injectable for tests */
  now: () => Date;
}

export interface Context extends ServerDeps {
  requestId: string;
  ip: string;
  userAgent?: string;
  user: SessionUser | null;
  /** the raw session token from the cookie (for CSRF), when signed in */
  sessionToken: string | null;
  csrfHeader?: string;
  /** the Authorization header: service-to-service calls (serviceProcedure) */
  authorization?: string;
  cookies: CookieJar;
}

// The servers speak Chinese: zod's own validation messages too (set once, for the server process).
z.config(zhCN());

/** Whether a value holds a NUL character anywhere (PostgreSQL text cannot). */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  for (const key in value) {
    if (key.includes('\u0000') || holdsNul((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    let code: AppErrorCode = 'INTERNAL';
    let messageZh: string = APP_ERRORS.INTERNAL.zh;
    let details: Record<string, unknown> | undefined;
    const cause = error.cause;
    const domain = domainErrorOf(error);
    if (domain) ({ appCode: code, messageZh, details } = domain);
    else if (cause instanceof ZodError) {
      code = 'INVALID_INPUT';
      const issue = cause.issues[0];
      messageZh = `${APP_ERRORS.INVALID_INPUT.zh}（${issue?.path.join('.') || '请求'}：${issue?.message ?? ''}）`;
      details = { issues: cause.issues.map((i) => ({ path: i.path, message: i.message })) };
    } else if (
      [
        'BAD_REQUEST',
        'PARSE_ERROR',
        'UNSUPPORTED_MEDIA_TYPE',
        'METHOD_NOT_SUPPORTED',
        'PAYLOAD_TOO_LARGE',
      ].includes(error.code)
    ) {
      code = 'INVALID_INPUT';
      messageZh = APP_ERRORS.INVALID_INPUT.zh;
    } else if (error.code === 'NOT_FOUND') {
      code = 'NOT_FOUND';
      messageZh = APP_ERRORS.NOT_FOUND.zh;
    }
    return {
      ...shape,
      message: code === 'INTERNAL' ? APP_ERRORS.INTERNAL.en : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        appCode: code,
        messageZh,
        messageEn: APP_ERRORS[code].en,
        requestId: ctx?.requestId,
        ...(details ? { details } : {}),
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * The edge of the domain: an AppError or a rules-core error thrown by a use-case (or by a middleware below this one)
 * leaves as a tRPC error with the status of its code; domain code never imports tRPC.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const domain = domainErrorOf(result.error);
    if (domain) throw toTrpcError(domain);
  }
  return result;
});

/**
 * CSRF: every mutation must carry `x-csrf-token`. Signed in, it must equal the session's token (an HMAC of the session
 * cookie, returned by auth.me/auth.signIn); signed out (sign-in itself) any non-empty value is required, which a
 * cross-site form cannot send without a CORS preflight that this server never grants. SameSite=Strict is the second
 * wall, not the only one.
 */
const csrf = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation') {
    const ok = ctx.sessionToken ? csrfMatches(ctx.sessionToken, ctx.csrfHeader) : Boolean(ctx.csrfHeader);
    if (!ok) throw new AppError('CSRF_REJECTED');
  }
  return next();
});

/** Input that no table can hold is refused at the edge: a NUL character anywhere in it. */
const plainInput = t.middleware(async ({ getRawInput, next }) => {
  if (holdsNul(await getRawInput().catch(() => undefined)))
    throw new AppError('INVALID_INPUT', '（输入中含有不可用的控制字符 U+0000）');
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(plainInput).use(csrf);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const roleProcedure = (...roles: Role[]) =>
  signedInProcedure.use(({ ctx, next }) => {
    if (!ctx.user.roles.some((r) => roles.includes(r))) throw new AppError('FORBIDDEN');
    return next();
  });

// ── Department scope: the one place that decides who sees which department's items ─────────────────────────────

/** Roles that see and act on every department's items. Everyone else sees only their own department. */
export const ALL_DEPARTMENT_ROLES: readonly Role[] = [
  'supervision_office',
  'administrator',
  'district_leader',
];

export const seesAllDepartments = (user: SessionUser) =>
  user.roles.some((r) => ALL_DEPARTMENT_ROLES.includes(r));

/** A Prisma `where` fragment limiting a query to what the user may see. */
export const departmentWhere = (user: SessionUser): { departmentId?: string } =>
  seesAllDepartments(user) ? {} : { departmentId: user.departmentId };

/**
 * Throws NOT_FOUND (never FORBIDDEN) when the item belongs to another department, so a denied request does not learn
 * that the item exists.
 */
export function assertSameDepartment(user: SessionUser, departmentId: string): void {
  if (!seesAllDepartments(user) && user.departmentId !== departmentId) throw new AppError('NOT_FOUND');
}

/**
 * The department-scoped procedure: every query and change of department items goes through this one middleware,
 * which puts the user's scope on the context (`ctx.scope.where` for queries, `ctx.scope.assert(departmentId)` before
 * touching one item — NOT_FOUND when it belongs to another department).
 */
export const departmentScopedProcedure = signedInProcedure.use(({ ctx, next }) =>
  next({
    ctx: {
      ...ctx,
      scope: {
        all: seesAllDepartments(ctx.user),
        where: departmentWhere(ctx.user),
        assert: (departmentId: string) => assertSameDepartment(ctx.user, departmentId),
      },
    },
  }),
);

import { z } from 'zod';
import { actorOf, AppError, recordAudit, systemActor } from '@zhengling/core';
import { type Context, publicProcedure, router, signedInProcedure } from '../trpc';
import type { Refusal } from './login-limiter';
import { checkPasswordPolicy, dummyHash, hashPassword, verifyPassword } from './passwords';
import {
  createSession,
  csrfTokenFor,
  deleteSession,
  resolveSession,
  SESSION_COOKIE,
  sessionIdOf,
} from './sessions';

const Credentials = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** A security event in the audit trail: who tried (by name, not yet a user), from where, and what happened. */
const securityEvent = (ctx: Context, action: string, username: string, after: Record<string, unknown>) =>
  recordAudit(
    ctx.db,
    { ...systemActor('anonymous', ctx.app), requestId: ctx.requestId },
    {
      action,
      entityType: 'sign-in',
      entityId: username.slice(0, 64),
      after: { ip: ctx.ip, ...after },
    },
  );

/**
 * Take one sign-in attempt of this account from this address before any password is checked (the throttle); a
 * refusal is audited. Redis being away is its own error, never INTERNAL.
 */
async function takeAttempt(ctx: Context, account: string): Promise<void> {
  try {
    await ctx.limiter.consume(account, ctx.ip, (r: Refusal) =>
      securityEvent(ctx, 'sign-in.throttled', account, { ...r }),
    );
  } catch (error) {
    if (error instanceof AppError) throw error;
    ctx.logger.error({ err: error, requestId: ctx.requestId }, 'sign-in throttle unavailable');
    throw new AppError('SERVICE_UNAVAILABLE', '（登录限流服务不可用，暂不能登录）');
  }
}

export const authRouter = router({
  /** Sign in: a new server-side session in an httpOnly SameSite=Strict cookie; returns the CSRF token for mutations. */
  signIn: publicProcedure.input(Credentials).mutation(async ({ ctx, input }) => {
    await takeAttempt(ctx, input.username);
    const user = await ctx.db.user.findUnique({ where: { username: input.username } });
    // Same work and the same answer whether the user exists or not.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
    if (!user || !ok) {
      await securityEvent(ctx, 'sign-in.failed', input.username, {});
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (user.disabledAt) {
      await securityEvent(ctx, 'sign-in.disabled-account', input.username, {});
      throw new AppError('ACCOUNT_DISABLED');
    }
    await ctx.limiter.succeeded(input.username, ctx.ip).catch(() => undefined);
    const token = await createSession(ctx.db, user.id, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      ttlHours: ctx.sessionTtlHours,
      now: ctx.now(),
    });
    ctx.cookies.set(SESSION_COOKIE, token, { maxAgeSeconds: ctx.sessionTtlHours * 3600 });
    await recordAudit(
      ctx.db,
      { kind: 'user', userId: user.id, label: user.username, requestId: ctx.requestId, app: ctx.app },
      {
        action: 'session.create',
        entityType: 'user',
        entityId: user.id,
        after: { ip: ctx.ip },
      },
    );
    return {
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        departmentId: user.departmentId,
        roles: user.roles,
        mustChangePassword: user.mustChangePassword,
      },
      csrfToken: csrfTokenFor(token),
    };
  }),

  signOut: signedInProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    ctx.cookies.clear(SESSION_COOKIE);
    await recordAudit(ctx.db, actorOf(ctx), {
      action: 'session.delete',
      entityType: 'user',
      entityId: ctx.user.id,
    });
    return { ok: true as const };
  }),

  me: publicProcedure.query(({ ctx }) => ({
    user: ctx.user,
    csrfToken: ctx.sessionToken ? csrfTokenFor(ctx.sessionToken) : null,
  })),

  /**
   * Change one's password; every other session of the user is revoked. Throttled like sign-in (the current password is
   * a guess like any other), and the new password must differ from the current one.
   */
  changePassword: signedInProcedure
    .input(z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
      await takeAttempt(ctx, user.username);
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        await securityEvent(ctx, 'password-change.failed', user.username, {});
        throw new AppError('INVALID_CREDENTIALS');
      }
      await ctx.limiter.succeeded(user.username, ctx.ip).catch(() => undefined);
      if (input.newPassword === input.currentPassword) {
        throw new AppError('PASSWORD_TOO_WEAK', '（新密码不能与当前密码相同）');
      }
      checkPasswordPolicy(user.username, input.newPassword);
      const passwordHash = await hashPassword(input.newPassword);
      const keep = ctx.sessionToken ? sessionIdOf(ctx.sessionToken) : '';
      await ctx.db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
        await tx.session.deleteMany({ where: { userId: user.id, id: { not: keep } } });
        await recordAudit(tx, actorOf(ctx), {
          action: 'user.change-password',
          entityType: 'user',
          entityId: user.id,
        });
      });
      return { ok: true as const };
    }),
});

export { resolveSession };

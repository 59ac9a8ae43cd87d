import { z } from 'zod';
import { actorOf, recordAudit } from '@zhengling/core';
import { AppError } from '@zhengling/core';
import { publicProcedure, router, signedInProcedure } from '../trpc';
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

export const authRouter = router({
  /** Sign in: a new server-side session in an httpOnly SameSite=Strict cookie; returns the CSRF token for mutations. */
  signIn: publicProcedure.input(Credentials).mutation(async ({ ctx, input }) => {
    await ctx.limiter.assertAllowed(input.username, ctx.ip);
    const user = await ctx.db.user.findUnique({ where: { username: input.username } });
    // Same work and the same answer whether the user exists or not.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
    if (!user || !ok) {
      await ctx.limiter.recordFailure(input.username, ctx.ip);
      ctx.logger.warn({ requestId: ctx.requestId, username: input.username, ip: ctx.ip }, 'sign-in failed');
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED');
    await ctx.limiter.recordSuccess(input.username);
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

  /** Change one's password; every other session of the user is revoked. */
  changePassword: signedInProcedure
    .input(z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(1).max(256) }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
      if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
        throw new AppError('INVALID_CREDENTIALS');
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

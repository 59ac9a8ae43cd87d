// Service-to-service calls (one app calling another's API, never a user session): the caller names itself and proves
// it holds the platform's shared service secret with an HMAC of its name. The procedure puts the calling app on the
// context as the actor of every change it makes, so the audit trail says "supervision" did it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError, type AppName, systemActor } from '@zhengling/core';
import { publicProcedure } from '../trpc';

const SCHEME = 'ZhenglingService';
const APPS: readonly AppName[] = ['supervision', 'disclosure', 'platform'];

/** The token an app presents: HMAC-SHA256 of its name under the shared secret. */
export const serviceToken = (secret: string, app: AppName): string =>
  createHmac('sha256', secret).update(`zhengling-service:${app}`).digest('hex');

/** The Authorization header an app sends when it calls another app. */
export const serviceAuthorization = (secret: string, app: AppName): string =>
  `${SCHEME} ${app}:${serviceToken(secret, app)}`;

/** Which app made this call, or null when the header is absent, malformed or wrong. */
export function callingApp(secret: string | undefined, header: string | undefined): AppName | null {
  if (!secret || !header?.startsWith(`${SCHEME} `)) return null;
  const [app, token] = header.slice(SCHEME.length + 1).split(':');
  if (!app || !token || !APPS.includes(app as AppName)) return null;
  const expected = Buffer.from(serviceToken(secret, app as AppName), 'hex');
  const given = Buffer.from(token, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? (app as AppName) : null;
}

/**
 * A procedure only another app may call (authenticated by the shared service secret, not a session); the context
 * gets `caller` (the app) and `serviceActor` (the actor its changes are audited under).
 */
export const serviceProcedure = (secret: () => string | undefined, allowed: readonly AppName[]) =>
  publicProcedure.use(({ ctx, next }) => {
    const app = callingApp(secret(), ctx.authorization);
    if (!app || !allowed.includes(app)) throw new AppError('UNAUTHENTICATED', '（服务间调用须携带有效的服务凭据）');
    return next({
      // the change happens in this app (its audit trail), by the calling app
      ctx: { caller: app, serviceActor: { ...systemActor(`app:${app}`, ctx.app), requestId: ctx.requestId } },
    });
  });

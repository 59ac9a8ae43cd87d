// Server-side sessions: the cookie holds a random token; the database holds only its SHA-256, so a leaked table
// opens no session. Expiry slides with use.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db, Role } from '@zhengling/db';

export const SESSION_COOKIE = 'zl_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  departmentId: string;
  roles: Role[];
  mustChangePassword: boolean;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** The CSRF token of a session: an HMAC of the session token, so it needs no storage and dies with the session. */
export const csrfTokenFor = (sessionToken: string) =>
  createHmac('sha256', sessionToken).update('zhengling-csrf').digest('base64url');

export function csrfMatches(sessionToken: string, header: string | undefined): boolean {
  if (!header) return false;
  const a = Buffer.from(csrfTokenFor(sessionToken));
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function createSession(
  db: Db,
  userId: string,
  meta: { ip?: string; userAgent?: string; ttlHours: number; now: Date },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.session.create({
    data: {
      id: sha256(token),
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
      createdAt: meta.now,
      lastSeenAt: meta.now,
      expiresAt: new Date(meta.now.getTime() + meta.ttlHours * 3_600_000),
    },
  });
  return token;
}

const SLIDE_AFTER_MS = 5 * 60_000;

/** The signed-in user of a session token, or null (unknown, expired, or the account disabled). */
export async function resolveSession(
  db: Db,
  token: string | undefined,
  opts: { ttlHours: number; now: Date },
): Promise<{ user: SessionUser; sessionId: string } | null> {
  if (!token) return null;
  const id = sha256(token);
  const session = await db.session.findUnique({ where: { id }, include: { user: true } });
  if (!session || session.expiresAt <= opts.now || session.user.disabledAt) return null;
  if (opts.now.getTime() - session.lastSeenAt.getTime() > SLIDE_AFTER_MS) {
    await db.session.update({
      where: { id },
      data: { lastSeenAt: opts.now, expiresAt: new Date(opts.now.getTime() + opts.ttlHours * 3_600_000) },
    });
  }
  const u = session.user;
  return {
    sessionId: id,
    user: {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      departmentId: u.departmentId,
      roles: u.roles,
      mustChangePassword: u.mustChangePassword,
    },
  };
}

export const deleteSession = (db: Db, token: string) =>
  db.session.deleteMany({ where: { id: sha256(token) } });
export const sessionIdOf = sha256;

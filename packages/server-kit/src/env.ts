import { z } from 'zod';
import { dbEnv } from '@zhengling/db';

const Env = z.object({
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** send the session cookie only over HTTPS; on by default in production */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** session lifetime, sliding (hours) */
  SESSION_TTL_HOURS: z.coerce.number().int().positive().default(12),
  /** the secret apps prove to each other on service-to-service calls (pnpm start makes one per run); none: refused */
  SERVICE_SECRET: z.string().min(32).optional(),
});

const parsed = Env.parse({
  REDIS_URL: process.env.REDIS_URL || undefined,
  LOG_LEVEL: process.env.LOG_LEVEL || undefined,
  NODE_ENV: process.env.NODE_ENV || undefined,
  COOKIE_SECURE: process.env.COOKIE_SECURE || undefined,
  SESSION_TTL_HOURS: process.env.SESSION_TTL_HOURS || undefined,
  SERVICE_SECRET: process.env.SERVICE_SECRET || undefined,
});

/** The server configuration, validated once. */
export const serverEnv = {
  ...parsed,
  DATABASE_URL: dbEnv.DATABASE_URL,
  cookieSecure: parsed.COOKIE_SECURE ? parsed.COOKIE_SECURE === 'true' : parsed.NODE_ENV === 'production',
};

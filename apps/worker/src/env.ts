import { dbEnv } from '@zhengling/db';
import { z } from 'zod';

const Env = z.object({
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

const parsed = Env.parse({
  REDIS_URL: process.env.REDIS_URL || undefined,
  LOG_LEVEL: process.env.LOG_LEVEL || undefined,
});

/** The worker's configuration, validated once (the reminder settings are the reminders package's own). */
export const workerEnv = { ...parsed, DATABASE_URL: dbEnv.DATABASE_URL };

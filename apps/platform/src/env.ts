import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/zhengling'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  HOST: z.string().default('127.0.0.1'),
  SUPERVISION_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  DISCLOSURE_PORT: z.coerce.number().int().min(1).max(65535).default(3200),
  /** which rulebook a NEW database is seeded with; an existing database keeps the district it was seeded with */
  ZHENGLING_DISTRICT: z.enum(['kaizhou', 'shapingba']).optional(),
  LOG_LEVEL: z.string().default('warn'),
});

export const runnerEnv = Env.parse(
  Object.fromEntries(Object.keys(Env.shape).map((k) => [k, process.env[k] || undefined])),
);

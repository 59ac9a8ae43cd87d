import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/zhengling'),
});

/** The database configuration, validated once. `DATABASE_URL` overrides the local default. */
export const dbEnv = Env.parse({ DATABASE_URL: process.env.DATABASE_URL || undefined });

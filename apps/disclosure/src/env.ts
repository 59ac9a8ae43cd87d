import { z } from 'zod';

const Env = z.object({
  HOST: z.string().default('127.0.0.1'),
  DISCLOSURE_PORT: z.coerce.number().int().min(0).max(65535).default(3200),
});

export const disclosureEnv = Env.parse({
  HOST: process.env.HOST || undefined,
  DISCLOSURE_PORT: process.env.DISCLOSURE_PORT || undefined,
});

import { z } from 'zod';

const Env = z.object({
  HOST: z.string().default('127.0.0.1'),
  DISCLOSURE_PORT: z.coerce.number().int().min(0).max(65535).default(3200),
  /** the public lists' answers: kept in memory until a public item changes (the default), or read afresh every time */
  DISCLOSURE_PUBLIC_ANSWERS: z.enum(['kept', 'afresh']).default('kept'),
});

export const disclosureEnv = Env.parse({
  HOST: process.env.HOST || undefined,
  DISCLOSURE_PORT: process.env.DISCLOSURE_PORT || undefined,
  DISCLOSURE_PUBLIC_ANSWERS: process.env.DISCLOSURE_PUBLIC_ANSWERS || undefined,
});

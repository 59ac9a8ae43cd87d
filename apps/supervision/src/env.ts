import { z } from 'zod';

const Env = z.object({
  HOST: z.string().default('127.0.0.1'),
  SUPERVISION_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
});

export const supervisionEnv = Env.parse({
  HOST: process.env.HOST || undefined,
  SUPERVISION_PORT: process.env.SUPERVISION_PORT || undefined,
});

/** The disclosure server's address, read when it is called (a test points it at the server it started). */
export const disclosureUrl = (): string =>
  z.string().url().default('http://127.0.0.1:3200').parse(process.env.DISCLOSURE_URL || undefined);

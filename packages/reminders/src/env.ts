import { z } from 'zod';

const Env = z.object({
  /** smtp://user:pass@host:port — when unset, e-mail is skipped and each skip recorded */
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('政令提醒 <reminders@zhengling.invalid>'),
  REMINDER_SWEEP_MS: z.coerce.number().int().positive().default(30_000),
  /** a claim older than this (its worker died mid-delivery) is taken back by the sweep */
  REMINDER_LEASE_MS: z.coerce.number().int().positive().default(120_000),
  REMINDER_QUEUE_PREFIX: z.string().default('zl'),
  /** attempts of one reminder before it is failed and shown to administrators */
  REMINDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
});

export const remindersEnv = Env.parse({
  SMTP_URL: process.env.SMTP_URL || undefined,
  SMTP_FROM: process.env.SMTP_FROM || undefined,
  REMINDER_SWEEP_MS: process.env.REMINDER_SWEEP_MS || undefined,
  REMINDER_LEASE_MS: process.env.REMINDER_LEASE_MS || undefined,
  REMINDER_QUEUE_PREFIX: process.env.REMINDER_QUEUE_PREFIX || undefined,
  REMINDER_MAX_ATTEMPTS: process.env.REMINDER_MAX_ATTEMPTS || undefined,
});

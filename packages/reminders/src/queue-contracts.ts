// Queue contracts shared by producers and the worker: names, payloads (ids only, never personal data), job ids.
import { z } from 'zod';

export const REMINDER_QUEUE = 'reminders';
export const JOB = {
  deliver: 'reminder.deliver',
  sweep: 'reminder.sweep',
  digest: 'reminder.digest',
} as const;
export const SWEEP_SCHEDULER_ID = 'reminder-sweep';
export const DIGEST_SCHEDULER_ID = 'reminder-digest';
/** The daily digest goes out at 09:00 China time. */
export const DIGEST_SCHEDULE = { pattern: '0 9 * * *', tz: 'Asia/Shanghai' } as const;

export const DeliverPayload = z.object({ reminderId: z.string().min(1) });
export type DeliverPayload = z.infer<typeof DeliverPayload>;

/**
 * One job per reminder per delivery attempt: the business key is the reminder and its attempt count (no ':'), so two
 * sweeps at once enqueue it once, and a reminder taken back from a dead worker gets a new job.
 */
export const deliverJobId = (reminderId: string, attempts: number) => `reminder-${reminderId}-${attempts}`;

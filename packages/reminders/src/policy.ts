// Reminder policies per deadline kind. The defaults are configuration, not law: DOMAIN.md (supervision practice)
// describes escalating notices (a reminder before due, on the due day, then overdue notices escalating to the
// department head and the supervision office) as local practice with configurable thresholds.
import type { DbOrTx } from '@zhengling/db';
import { z } from 'zod';

export const Recipient = z.enum(['assignee', 'department-head', 'supervision-office']);
export const Stage = z.object({
  stage: z.string().regex(/^[a-z0-9-]+$/),
  /** working days relative to the due date: negative before, 0 on the day, positive after */
  offsetWorkingDays: z.number().int().min(-60).max(60),
  to: Recipient,
  channels: z.array(z.enum(['inbox', 'email', 'webhook'])).default(['inbox', 'email', 'webhook']),
});
export const PolicySchema = z.object({ stages: z.array(Stage).min(1), digest: z.boolean().default(false) });
export type ReminderPolicyConfig = z.infer<typeof PolicySchema>;

export const DEFAULT_POLICY: ReminderPolicyConfig & { source: string } = {
  source:
    'shared/DOMAIN.md — 督查 practice: reminder before due, on the due day, overdue, escalation (local practice, configurable)',
  digest: false,
  stages: [
    { stage: 'before-due', offsetWorkingDays: -3, to: 'assignee', channels: ['inbox', 'email', 'webhook'] },
    { stage: 'due-day', offsetWorkingDays: 0, to: 'assignee', channels: ['inbox', 'email', 'webhook'] },
    { stage: 'overdue', offsetWorkingDays: 1, to: 'assignee', channels: ['inbox', 'email', 'webhook'] },
    { stage: 'escalation-head', offsetWorkingDays: 3, to: 'department-head', channels: ['inbox', 'email'] },
    {
      stage: 'escalation-office',
      offsetWorkingDays: 5,
      to: 'supervision-office',
      channels: ['inbox', 'email'],
    },
  ],
};

/** The policy of a deadline kind: the stored one, or the default. */
export async function policyFor(db: DbOrTx, kind: string): Promise<ReminderPolicyConfig> {
  const row = await db.reminderPolicy.findUnique({ where: { kind } });
  return row ? PolicySchema.parse({ stages: row.stages, digest: row.digest }) : DEFAULT_POLICY;
}

/** Reminders go out at 09:00 China time (01:00 UTC) on their day. */
export const deliveryInstant = (isoDate: string): Date => new Date(`${isoDate}T01:00:00.000Z`);

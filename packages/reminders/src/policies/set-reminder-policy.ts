import type { Db } from '@zhengling/db';
import { type Actor, auditedMutation } from '@zhengling/core';
import type { ReminderPolicyConfig } from '../policy';

/** Configure the policy of a kind; open deadlines of that kind are re-planned at their next change or sweep. */
export const setReminderPolicy = (db: Db, actor: Actor, kind: string, policy: ReminderPolicyConfig) =>
  auditedMutation(db, actor, async (tx) => {
    const before = await tx.reminderPolicy.findUnique({ where: { kind } });
    const row = await tx.reminderPolicy.upsert({
      where: { kind },
      create: { kind, stages: policy.stages, digest: policy.digest },
      update: { stages: policy.stages, digest: policy.digest },
    });
    return {
      result: row,
      audit: {
        action: 'reminder-policy.set',
        entityType: 'reminder-policy',
        entityId: kind,
        before,
        after: row,
      },
    };
  });

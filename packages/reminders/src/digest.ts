// The per-user daily digest: users who chose it get one mail a day listing their e-mail reminders instead of one
// mail each. Rows are claimed like reminders (digest_pending → digest_claimed, with a token), so two runs at once
// cannot send the same reminder twice; a claim older than the lease (its run died) is handed back. A mail refused
// for good fails its rows (shown to administrators); a passing failure leaves them for the next run, with the error.
import { randomUUID } from 'node:crypto';
import type { Db } from '@zhengling/db';
import { recordAudit, systemActor } from '@zhengling/core';
import type { Logger } from 'pino';
import type { Mailer } from './channels/email';
import { isPermanent } from './channels/failure';

export async function sendDigests(
  db: Db,
  mailer: Mailer | undefined,
  opts: { now: Date; leaseMs: number; logger?: Logger },
): Promise<{ users: number; reminders: number; failedUsers: number }> {
  if (!mailer) return { users: 0, reminders: 0, failedUsers: 0 };
  await db.delivery.updateMany({
    where: {
      channel: 'email',
      status: 'digest_claimed',
      at: { lt: new Date(opts.now.getTime() - opts.leaseMs) },
    },
    data: { status: 'digest_pending', claimToken: null },
  });
  const token = randomUUID();
  await db.delivery.updateMany({
    where: { channel: 'email', status: 'digest_pending' },
    data: { status: 'digest_claimed', claimToken: token, at: opts.now },
  });
  const rows = await db.delivery.findMany({
    where: { channel: 'email', status: 'digest_claimed', claimToken: token },
    include: { reminder: { include: { deadline: true } } },
  });
  const byUser = new Map<string, typeof rows>();
  for (const r of rows)
    byUser.set(r.reminder.recipientId, [...(byUser.get(r.reminder.recipientId) ?? []), r]);

  let users = 0;
  let failedUsers = 0;
  for (const [userId, items] of byUser) {
    const ids = items.map((i) => i.id);
    try {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
      if (!user.email) {
        await db.delivery.updateMany({
          where: { id: { in: ids }, status: 'digest_claimed', claimToken: token },
          data: { status: 'failed', detail: 'recipient has no e-mail address', claimToken: null },
        });
        failedUsers++;
        continue;
      }
      const day = opts.now.toISOString().slice(0, 10);
      const lines = items
        .sort((a, b) => a.reminder.deadline.dueDate.getTime() - b.reminder.deadline.dueDate.getTime())
        .map(
          (i) =>
            `· ${i.reminder.deadline.title}（办理期限 ${i.reminder.deadline.dueDate.toISOString().slice(0, 10)}，${i.reminder.stage}）`,
        );
      await mailer.send({
        to: user.email,
        subject: `【每日提醒汇总】${day} 共${items.length}项`,
        text: lines.join('\n'),
        messageId: `<digest-${userId}-${token}@zhengling>`,
      });
      await db.$transaction(async (tx) => {
        await tx.delivery.updateMany({
          where: { id: { in: ids }, status: 'digest_claimed', claimToken: token },
          data: { status: 'sent', detail: `digest ${token}`, claimToken: null },
        });
        await recordAudit(tx, systemActor('reminder-worker'), {
          action: 'reminder.digest-sent',
          entityType: 'user',
          entityId: userId,
          after: { reminders: items.map((i) => i.reminderId) },
        });
      });
      users++;
    } catch (error) {
      const detail = String((error as Error)?.message ?? error).slice(0, 500);
      const permanent = isPermanent(error);
      opts.logger?.warn({ err: error, userId, permanent }, 'digest mail failed');
      await db.delivery.updateMany({
        where: { id: { in: ids }, status: 'digest_claimed', claimToken: token },
        data: { status: permanent ? 'failed' : 'digest_pending', detail, claimToken: null },
      });
      failedUsers++;
    }
  }
  return { users, reminders: rows.length, failedUsers };
}

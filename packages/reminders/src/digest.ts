// The per-user daily digest: users who chose it get one mail a day listing their e-mail reminders instead of one
// mail each. Rows are claimed like reminders (digest-pending → digest-claimed, with a token), so two runs at once
// cannot send the same reminder twice; a claim older than the lease (its run died) is handed back.
import { randomUUID } from 'node:crypto';
import type { Db } from '@zhengling/db';
import { recordAudit, systemActor } from '@zhengling/core';
import type { Mailer } from './channels/email';

export async function sendDigests(
  db: Db,
  mailer: Mailer | undefined,
  opts: { now: Date; leaseMs: number },
): Promise<{ users: number; reminders: number }> {
  if (!mailer) return { users: 0, reminders: 0 };
  await db.delivery.updateMany({
    where: {
      channel: 'email',
      status: 'digest-claimed',
      at: { lt: new Date(opts.now.getTime() - opts.leaseMs) },
    },
    data: { status: 'digest-pending', detail: null },
  });
  const token = randomUUID();
  await db.delivery.updateMany({
    where: { channel: 'email', status: 'digest-pending' },
    data: { status: 'digest-claimed', detail: token, at: opts.now },
  });
  const rows = await db.delivery.findMany({
    where: { channel: 'email', status: 'digest-claimed', detail: token },
    include: { reminder: { include: { deadline: true } } },
  });
  const byUser = new Map<string, typeof rows>();
  for (const r of rows)
    byUser.set(r.reminder.recipientId, [...(byUser.get(r.reminder.recipientId) ?? []), r]);

  let users = 0;
  for (const [userId, items] of byUser) {
    const ids = items.map((i) => i.id);
    try {
      const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
      if (!user.email) throw new Error('recipient has no e-mail address');
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
          where: { id: { in: ids }, status: 'digest-claimed', detail: token },
          data: { status: 'sent', detail: `digest ${token}` },
        });
        await recordAudit(tx, systemActor('reminder-worker'), {
          action: 'reminder.digest-sent',
          entityType: 'user',
          entityId: userId,
          after: { reminders: items.map((i) => i.reminderId) },
        });
      });
      users++;
    } catch {
      await db.delivery.updateMany({
        where: { id: { in: ids }, status: 'digest-claimed', detail: token },
        data: { status: 'digest-pending', detail: null },
      });
    }
  }
  return { users, reminders: rows.length };
}

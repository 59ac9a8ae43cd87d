// Delivering one reminder. The job first CLAIMS its row (pending → claimed, atomically); a job that cannot claim does
// nothing. Each channel is recorded in a Delivery row unique per (reminder, channel), so a retry never repeats a
// channel that already succeeded; the inbox notification is unique per reminder. A worker that dies mid-delivery
// leaves the row claimed; after the lease the sweep hands it back (see sweep.ts).
import { randomUUID } from 'node:crypto';
import type { Db } from '@zhengling/db';
import { recordAudit, systemActor } from '@zhengling/core';
import type { Logger } from 'pino';
import type { Mailer } from './channels/email';
import { postWebhook } from './channels/webhook';
import { policyFor } from './policy';

export interface DeliverDeps {
  db: Db;
  mailer?: Mailer;
  logger: Logger;
  now: () => Date;
}

const STAGE_ZH: Record<string, string> = {
  'before-due': '即将到期提醒',
  'due-day': '今日到期提醒',
  overdue: '逾期提醒',
  'escalation-head': '逾期督办（报部门主要负责人）',
  'escalation-office': '逾期督办（报督查办）',
};

export type DeliverOutcome = 'sent' | 'not-claimed';

export async function deliverReminder(deps: DeliverDeps, reminderId: string): Promise<DeliverOutcome> {
  const { db } = deps;
  const token = randomUUID();
  const claimed = await db.reminder.updateMany({
    where: { id: reminderId, status: 'pending' },
    data: { status: 'claimed', claimToken: token, claimedAt: deps.now(), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return 'not-claimed';

  try {
    const r = await db.reminder.findUniqueOrThrow({
      where: { id: reminderId },
      include: { deadline: true, deliveries: true },
    });
    const recipient = await db.user.findUniqueOrThrow({ where: { id: r.recipientId } });
    const due = r.deadline.dueDate.toISOString().slice(0, 10);
    const title = `【${STAGE_ZH[r.stage] ?? r.stage}】${r.deadline.title}`;
    const body = `${r.deadline.title}\n办理期限：${due}\n依据：${r.deadline.ruleSource}`;
    const done = new Set(
      r.deliveries.filter((d) => d.status === 'sent' || d.status === 'skipped').map((d) => d.channel),
    );
    // The stage's channels come from the policy; the inbox is always one of them.
    const stage = (await policyFor(db, r.deadline.kind)).stages.find((s) => s.stage === r.stage);
    const channels = new Set(['inbox', ...(stage?.channels ?? ['email', 'webhook'])]);
    for (const channel of ['email', 'webhook'] as const) {
      if (!channels.has(channel) && !done.has(channel)) {
        await db.delivery.upsert({
          where: { reminderId_channel: { reminderId, channel } },
          create: { reminderId, channel, status: 'skipped', detail: 'not a channel of this stage' },
          update: {},
        });
        done.add(channel);
      }
    }

    if (!done.has('inbox')) {
      await db.$transaction([
        db.notification.upsert({
          where: { reminderId },
          create: {
            reminderId,
            userId: recipient.id,
            title,
            body,
            link: `/${r.deadline.app}/${r.deadline.entityType}/${r.deadline.entityId}`,
          },
          update: {},
        }),
        db.delivery.upsert({
          where: { reminderId_channel: { reminderId, channel: 'inbox' } },
          create: { reminderId, channel: 'inbox', status: 'sent' },
          update: { status: 'sent' },
        }),
      ]);
    }
    if (!done.has('email')) {
      let status = 'sent';
      let detail: string | undefined;
      if (!recipient.email) [status, detail] = ['skipped', 'recipient has no e-mail address'];
      else if (recipient.reminderDigest)
        [status, detail] = ['digest-pending', undefined]; // goes out in the daily digest
      else if (!deps.mailer) [status, detail] = ['skipped', 'SMTP not configured'];
      else
        await deps.mailer.send({
          to: recipient.email,
          subject: title,
          text: body,
          messageId: `<reminder-${reminderId}@zhengling>`,
        });
      await db.delivery.upsert({
        where: { reminderId_channel: { reminderId, channel: 'email' } },
        create: { reminderId, channel: 'email', status, detail },
        update: { status, detail },
      });
    }
    if (!done.has('webhook')) {
      const hooks = await db.webhookEndpoint.findMany({
        where: { active: true, OR: [{ departmentId: null }, { departmentId: r.deadline.departmentId }] },
      });
      for (const h of hooks) {
        await postWebhook(
          h.url,
          h.secret,
          {
            event: 'reminder',
            reminderId,
            deadlineId: r.deadlineId,
            stage: r.stage,
            title: r.deadline.title,
            dueDate: due,
          },
          deps.now(),
        );
      }
      await db.delivery.upsert({
        where: { reminderId_channel: { reminderId, channel: 'webhook' } },
        create: {
          reminderId,
          channel: 'webhook',
          status: hooks.length ? 'sent' : 'skipped',
          detail: `${hooks.length} endpoint(s)`,
        },
        update: { status: hooks.length ? 'sent' : 'skipped' },
      });
    }

    await db.$transaction(async (tx) => {
      const marked = await tx.reminder.updateMany({
        where: { id: reminderId, status: 'claimed', claimToken: token },
        data: { status: 'sent', sentAt: deps.now() },
      });
      if (marked.count === 1) {
        await recordAudit(tx, systemActor('reminder-worker'), {
          action: 'reminder.sent',
          entityType: 'reminder',
          entityId: reminderId,
          after: { stage: r.stage, recipientId: r.recipientId },
        });
      }
    });
    return 'sent';
  } catch (error) {
    // Give the row back so the retry (or the next sweep) can claim it; channels already done stay done.
    await db.reminder.updateMany({
      where: { id: reminderId, status: 'claimed', claimToken: token },
      data: { status: 'pending', lastError: String((error as Error)?.message ?? error).slice(0, 500) },
    });
    throw error;
  }
}

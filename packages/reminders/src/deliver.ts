// Delivering one reminder. The job first CLAIMS its row (pending → claimed, atomically); a job that cannot claim does
// nothing. Each channel is recorded in a Delivery row unique per (reminder, channel, target) — one per webhook
// endpoint — so a retry never repeats what already went out; the inbox notification is unique per reminder. Before
// each send the worker checks the claim is still its own, so a slow worker whose claim was taken back sends nothing.
// A refusal for good (an SMTP 5xx, a webhook 4xx, no address) ends that delivery as `failed` and is not retried; a
// passing failure is retried with backoff, and after REMINDER_MAX_ATTEMPTS the reminder itself is `failed`, with its
// error, for administrators to see. A worker that dies mid-delivery leaves the row claimed; after the lease the sweep
// hands it back (see sweep.ts).
import { randomUUID } from 'node:crypto';
import type { Channel, Db, DeliveryStatus } from '@zhengling/db';
import { recordAudit, systemActor } from '@zhengling/core';
import type { Logger } from 'pino';
import type { Mailer } from './channels/email';
import { isPermanent, PermanentDeliveryFailure } from './channels/failure';
import { postWebhook, WEBHOOK_TIMEOUT_MS } from './channels/webhook';
import { policyFor } from './policy';

export interface DeliverDeps {
  db: Db;
  mailer?: Mailer;
  logger: Logger;
  now: () => Date;
  /** attempts (claims) of one reminder before it is given up as failed */
  maxAttempts?: number;
  /** the claim's lease: a send starts only if it can finish before the lease ends */
  leaseMs?: number;
  webhookTimeoutMs?: number;
}

/** How many times a reminder is tried before it is failed (configuration: REMINDER_MAX_ATTEMPTS). */
export const DEFAULT_MAX_ATTEMPTS = 5;

const STAGE_ZH: Record<string, string> = {
  'before-due': '即将到期提醒',
  'due-day': '今日到期提醒',
  overdue: '逾期提醒',
  'escalation-head': '逾期督办（报部门主要负责人）',
  'escalation-office': '逾期督办（报督查办）',
};

export type DeliverOutcome = 'sent' | 'not-claimed' | 'claim-lost';

/** The claim was taken back while this worker was working: it must not send anything more. */
class ClaimLost extends Error {}

const errorText = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 500);

export async function deliverReminder(deps: DeliverDeps, reminderId: string): Promise<DeliverOutcome> {
  const { db } = deps;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const token = randomUUID();
  const claimed = await db.reminder.updateMany({
    where: { id: reminderId, status: 'pending' },
    data: { status: 'claimed', claimToken: token, claimedAt: deps.now(), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return 'not-claimed';

  const webhookTimeoutMs = deps.webhookTimeoutMs ?? WEBHOOK_TIMEOUT_MS;
  /**
   * Before every write to the outside world: is the claim still this worker's, and is there lease enough left for the
   * send to finish (`needMs`, the transport's own timeout)? If not, nothing is sent: the sweep will hand the claim on.
   */
  const assertClaim = async (needMs = 0) => {
    const leaseLeftFrom = deps.leaseMs ? new Date(deps.now().getTime() - (deps.leaseMs - needMs)) : undefined;
    const mine = await db.reminder.count({
      where: {
        id: reminderId,
        status: 'claimed',
        claimToken: token,
        ...(leaseLeftFrom ? { claimedAt: { gt: leaseLeftFrom } } : {}),
      },
    });
    if (mine !== 1) throw new ClaimLost('the claim was taken back, or its lease is too short for the send');
  };
  const record = (channel: Channel, target: string, status: DeliveryStatus, detail?: string) =>
    db.delivery.upsert({
      where: { reminderId_channel_target: { reminderId, channel, target } },
      create: { reminderId, channel, target, status, detail },
      update: { status, detail },
    });

  try {
    const r = await db.reminder.findUniqueOrThrow({
      where: { id: reminderId },
      include: { deadline: true, deliveries: true },
    });
    const recipient = await db.user.findUniqueOrThrow({ where: { id: r.recipientId } });
    const due = r.deadline.dueDate.toISOString().slice(0, 10);
    const title = `【${STAGE_ZH[r.stage] ?? r.stage}】${r.deadline.title}`;
    const body = `${r.deadline.title}\n办理期限：${due}\n依据：${r.deadline.ruleSource}`;
    const settled = new Set(
      r.deliveries.filter((d) => d.status !== 'digest_claimed').map((d) => `${d.channel}/${d.target}`),
    );
    const isSettled = (channel: Channel, target = '') => settled.has(`${channel}/${target}`);
    // The stage's channels come from the policy; the inbox is always one of them.
    const stage = (await policyFor(db, r.deadline.kind)).stages.find((s) => s.stage === r.stage);
    const channels = new Set<Channel>(['inbox', ...(stage?.channels ?? ['email', 'webhook'])]);

    if (!isSettled('inbox')) {
      await assertClaim();
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
          where: { reminderId_channel_target: { reminderId, channel: 'inbox', target: '' } },
          create: { reminderId, channel: 'inbox', target: '', status: 'sent' },
          update: { status: 'sent' },
        }),
      ]);
    }

    let transient: unknown;
    if (!isSettled('email')) {
      if (!channels.has('email')) await record('email', '', 'skipped', 'not a channel of this stage');
      else if (!recipient.email) await record('email', '', 'failed', 'recipient has no e-mail address');
      else if (recipient.reminderDigest) await record('email', '', 'digest_pending');
      else if (!deps.mailer) await record('email', '', 'skipped', 'SMTP not configured');
      else {
        try {
          await assertClaim(deps.mailer.budgetMs);
          await deps.mailer.send({
            to: recipient.email,
            subject: title,
            text: body,
            messageId: `<reminder-${reminderId}@zhengling>`,
          });
          await record('email', '', 'sent');
        } catch (error) {
          if (error instanceof ClaimLost) throw error;
          if (isPermanent(error)) await record('email', '', 'failed', errorText(error));
          else transient = error;
        }
      }
    }

    if (!channels.has('webhook')) {
      if (!isSettled('webhook')) await record('webhook', '', 'skipped', 'not a channel of this stage');
    } else {
      const hooks = await db.webhookEndpoint.findMany({
        where: { active: true, OR: [{ departmentId: null }, { departmentId: r.deadline.departmentId }] },
      });
      for (const h of hooks) {
        if (isSettled('webhook', h.id)) continue;
        try {
          await assertClaim(webhookTimeoutMs);
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
            webhookTimeoutMs,
          );
          await record('webhook', h.id, 'sent');
        } catch (error) {
          if (error instanceof ClaimLost) throw error;
          if (isPermanent(error)) await record('webhook', h.id, 'failed', errorText(error));
          else transient ??= error;
        }
      }
    }

    if (transient) throw transient; // retried with backoff; what went out stays done

    await db.$transaction(async (tx) => {
      const marked = await tx.reminder.updateMany({
        where: { id: reminderId, status: 'claimed', claimToken: token },
        data: { status: 'sent', sentAt: deps.now() },
      });
      if (marked.count === 1) {
        const failed = await tx.delivery.findMany({ where: { reminderId, status: 'failed' } });
        await recordAudit(tx, systemActor('reminder-worker'), {
          action: 'reminder.sent',
          entityType: 'reminder',
          entityId: reminderId,
          after: {
            stage: r.stage,
            recipientId: r.recipientId,
            ...(failed.length > 0
              ? { failed: failed.map((f) => ({ channel: f.channel, target: f.target, detail: f.detail })) }
              : {}),
          },
        });
      }
    });
    return 'sent';
  } catch (error) {
    if (error instanceof ClaimLost) {
      // Still ours but with too little lease left for the next send: hand it back now rather than at the lease's end.
      await db.reminder.updateMany({
        where: { id: reminderId, status: 'claimed', claimToken: token },
        data: { status: 'pending', lastError: 'too little lease left for the next send' },
      });
      deps.logger.warn({ reminderId }, 'claim lost or lease too short mid-delivery: nothing more sent');
      return 'claim-lost';
    }
    // Give the row back so the retry (or the next sweep) can claim it, unless it has had its attempts: then it is
    // failed, with its error, and shown to administrators. Channels already done stay done.
    const r = await db.reminder.findUnique({ where: { id: reminderId }, select: { attempts: true } });
    const giveUp = (r?.attempts ?? 0) >= maxAttempts;
    const updated = await db.reminder.updateMany({
      where: { id: reminderId, status: 'claimed', claimToken: token },
      data: { status: giveUp ? 'failed' : 'pending', lastError: errorText(error) },
    });
    if (giveUp && updated.count === 1) {
      await recordAudit(db, systemActor('reminder-worker'), {
        action: 'reminder.failed',
        entityType: 'reminder',
        entityId: reminderId,
        after: { attempts: r?.attempts, error: errorText(error) },
      });
      throw new PermanentDeliveryFailure(
        `reminder given up after ${r?.attempts} attempts: ${errorText(error)}`,
      );
    }
    throw error;
  }
}

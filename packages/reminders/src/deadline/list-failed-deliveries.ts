import type { Db } from '@zhengling/db';

/**
 * What could not be delivered, for administrators: reminders given up after their attempts, and single deliveries
 * refused for good (an SMTP 5xx, a webhook 4xx, no address), newest first, each with its error.
 */
export async function listFailedDeliveries(db: Db, opts: { take?: number } = {}) {
  const take = Math.min(opts.take ?? 100, 500);
  const [reminders, deliveries] = await Promise.all([
    db.reminder.findMany({
      where: { status: 'failed' },
      include: { deadline: { select: { id: true, title: true, departmentId: true } } },
      orderBy: { createdAt: 'desc' },
      take,
    }),
    db.delivery.findMany({
      where: { status: 'failed' },
      include: {
        reminder: { include: { deadline: { select: { id: true, title: true, departmentId: true } } } },
      },
      orderBy: { at: 'desc' },
      take,
    }),
  ]);
  return {
    reminders: reminders.map((r) => ({
      reminderId: r.id,
      stage: r.stage,
      recipientId: r.recipientId,
      attempts: r.attempts,
      error: r.lastError,
      deadline: r.deadline,
    })),
    deliveries: deliveries.map((d) => ({
      reminderId: d.reminderId,
      channel: d.channel,
      target: d.target,
      error: d.detail,
      at: d.at,
      deadline: d.reminder.deadline,
    })),
  };
}

// The periodic sweep: PostgreSQL says what is due; the queue only delivers. It takes back claims whose worker died
// (older than the lease), then enqueues one job per due reminder with a deterministic job id.
import type { Db } from '@zhengling/db';
import type { Queue } from 'bullmq';
import { deliverJobId, JOB } from './queue-contracts';

export async function sweep(
  db: Db,
  queue: Queue,
  opts: { now: Date; leaseMs: number; batch?: number },
): Promise<{ reclaimed: number; enqueued: number }> {
  const reclaimed = await db.reminder.updateMany({
    where: { status: 'claimed', claimedAt: { lt: new Date(opts.now.getTime() - opts.leaseMs) } },
    data: { status: 'pending', lastError: 'claim expired: the worker stopped mid-delivery' },
  });
  const due = await db.reminder.findMany({
    where: { status: 'pending', dueAt: { lte: opts.now }, deadline: { status: 'open' } },
    select: { id: true, attempts: true },
    orderBy: { dueAt: 'asc' },
    take: opts.batch ?? 1_000,
  });
  if (due.length > 0) {
    await queue.addBulk(
      due.map((r) => ({
        name: JOB.deliver,
        data: { reminderId: r.id },
        opts: {
          jobId: deliverJobId(r.id, r.attempts),
          attempts: 5,
          backoff: { type: 'exponential', delay: 1_000 },
          // A finished job is removed at once: its id must be free again when the reminder becomes pending once more
          // (a pause and a resume, a policy change), or BullMQ would drop the new job as a duplicate and the reminder
          // would never go out. Two sweeps at once still enqueue it once: the id is taken while the job waits or runs.
          // PostgreSQL, not the queue, keeps the record of what was sent.
          removeOnComplete: true,
          removeOnFail: 10_000,
        },
      })),
    );
  }
  return { reclaimed: reclaimed.count, enqueued: due.length };
}

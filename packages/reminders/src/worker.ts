// The reminder worker process: the BullMQ job scheduler runs the sweep; the worker delivers. Shutdown order: stop
// taking jobs (worker.close waits for the running ones), the queue and its Redis, then PostgreSQL.
import type { Db } from '@zhengling/db';
import { Queue, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Mailer } from './channels/email';
import { deliverReminder } from './deliver';
import { sendDigests } from './digest';
import {
  DeliverPayload,
  DIGEST_SCHEDULE,
  DIGEST_SCHEDULER_ID,
  JOB,
  REMINDER_QUEUE,
  SWEEP_SCHEDULER_ID,
} from './queue-contracts';
import { sweep } from './sweep';

export interface WorkerOptions {
  db: Db;
  redisUrl: string;
  /** BullMQ key prefix: one per deployment (and per test) */
  prefix: string;
  sweepEveryMs: number;
  leaseMs: number;
  mailer?: Mailer;
  logger: Logger;
  concurrency?: number;
  now?: () => Date;
}

const connectionOf = (url: string, extra: Record<string, unknown>) => {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    password: u.password || undefined,
    db: Number(u.pathname.slice(1) || 0),
    ...extra,
  };
};

export function reminderQueue(redisUrl: string, prefix: string): Queue {
  // Producers fail fast when Redis is away (the sweep runs again; nothing is lost: PostgreSQL holds the state).
  return new Queue(REMINDER_QUEUE, {
    prefix,
    connection: connectionOf(redisUrl, { enableOfflineQueue: false }),
  });
}

export async function startReminderWorker(opts: WorkerOptions) {
  const now = opts.now ?? (() => new Date());
  const queue = reminderQueue(opts.redisUrl, opts.prefix);
  queue.on('error', (err) => opts.logger.warn({ err }, 'reminder queue error'));

  const ensureScheduler = async () => {
    await queue.upsertJobScheduler(
      SWEEP_SCHEDULER_ID,
      { every: opts.sweepEveryMs },
      { name: JOB.sweep, data: {} },
    );
    await queue.upsertJobScheduler(DIGEST_SCHEDULER_ID, DIGEST_SCHEDULE, { name: JOB.digest, data: {} });
  };

  const worker = new Worker(
    REMINDER_QUEUE,
    async (job: Job) => {
      if (job.name === JOB.sweep) return sweep(opts.db, queue, { now: now(), leaseMs: opts.leaseMs });
      if (job.name === JOB.digest)
        return sendDigests(opts.db, opts.mailer, { now: now(), leaseMs: opts.leaseMs });
      const { reminderId } = DeliverPayload.parse(job.data);
      return deliverReminder({ db: opts.db, mailer: opts.mailer, logger: opts.logger, now }, reminderId);
    },
    {
      prefix: opts.prefix,
      connection: connectionOf(opts.redisUrl, { maxRetriesPerRequest: null }),
      concurrency: opts.concurrency ?? 5,
    },
  );
  worker.on('failed', (job, err) => opts.logger.warn({ jobId: job?.id, err }, 'reminder job failed'));
  worker.on('error', (err) => opts.logger.warn({ err }, 'reminder worker error'));

  // If Redis loses its data (FLUSHALL, a restart without persistence) the scheduler is gone too: put it back.
  await ensureScheduler().catch((err: unknown) =>
    opts.logger.warn({ err }, 'could not set the sweep scheduler yet'),
  );
  const watchdog = setInterval(
    () => {
      void queue
        .getJobScheduler(SWEEP_SCHEDULER_ID)
        .then(async (s) =>
          s && (await queue.getJobScheduler(DIGEST_SCHEDULER_ID)) ? undefined : ensureScheduler(),
        )
        .catch((err: unknown) => opts.logger.debug({ err }, 'scheduler check failed'));
    },
    Math.max(500, opts.sweepEveryMs),
  );

  let closed = false;
  return {
    queue,
    worker,
    /** sweep now (also what the scheduler does) */
    sweepNow: () => sweep(opts.db, queue, { now: now(), leaseMs: opts.leaseMs }),
    /** send the daily digests now (also what the 09:00 scheduler does) */
    digestNow: () => sendDigests(opts.db, opts.mailer, { now: now(), leaseMs: opts.leaseMs }),
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(watchdog);
      await worker.close();
      await queue.close();
    },
  };
}

// The reminder worker process: the BullMQ job scheduler runs the sweep; the worker delivers. Shutdown order: stop
// taking jobs (worker.close waits for the running ones), the queue and its Redis, then PostgreSQL.
import type { Db } from '@zhengling/db';
import { type ConnectionOptions, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
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
import { PermanentDeliveryFailure } from './channels/failure';
import { WEBHOOK_TIMEOUT_MS } from './channels/webhook';
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
  /** attempts of one reminder before it is failed (REMINDER_MAX_ATTEMPTS) */
  maxAttempts?: number;
  /** how long a webhook may take to answer */
  webhookTimeoutMs?: number;
}

/**
 * Redis connection options from its URL, parsed by the client library itself (rediss:// with TLS, a username, a
 * password, a db index …), without connecting: BullMQ makes its own connections from them.
 */
function connectionOf(url: string, extra: RedisOptions): ConnectionOptions {
  const parser = new Redis(url, { lazyConnect: true });
  const { host, port, username, password, db, tls, family } = parser.options;
  parser.disconnect();
  return { host, port, username, password, db, tls, family, ...extra } as ConnectionOptions;
}

export function reminderQueue(redisUrl: string, prefix: string): Queue {
  // Producers fail fast when Redis is away (the sweep runs again; nothing is lost: PostgreSQL holds the state).
  return new Queue(REMINDER_QUEUE, {
    prefix,
    connection: connectionOf(redisUrl, { enableOfflineQueue: false }),
  });
}

export async function startReminderWorker(opts: WorkerOptions) {
  // Every single send gives up before the lease ends (and starts only with lease enough left), so a worker whose
  // claim is taken back is never still sending.
  const webhookTimeoutMs = opts.webhookTimeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const longestSend = Math.max(opts.mailer?.budgetMs ?? 0, webhookTimeoutMs);
  if (opts.leaseMs <= longestSend) {
    throw new Error(
      `REMINDER_LEASE_MS (${opts.leaseMs} ms) must be longer than the longest send (${longestSend} ms): the transports' timeouts`,
    );
  }
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
        return sendDigests(opts.db, opts.mailer, { now: now(), leaseMs: opts.leaseMs, logger: opts.logger });
      const { reminderId } = DeliverPayload.parse(job.data);
      try {
        return await deliverReminder(
          {
            db: opts.db,
            mailer: opts.mailer,
            logger: opts.logger,
            now,
            maxAttempts: opts.maxAttempts,
            leaseMs: opts.leaseMs,
            webhookTimeoutMs,
          },
          reminderId,
        );
      } catch (error) {
        // given up for good: BullMQ must not retry it
        if (error instanceof PermanentDeliveryFailure) throw new UnrecoverableError(error.message);
        throw error;
      }
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

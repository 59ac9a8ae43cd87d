// The reminder worker process: an app of its own, serving both apps, never inside a web server; it loads no web
// framework. Shutdown: stop taking jobs and finish the running ones, close the queue's Redis connections, then
// PostgreSQL.
import { createDb } from '@zhengling/db';
import { remindersEnv, smtpMailer, startReminderWorker } from '@zhengling/reminders';
import { pino } from 'pino';
import { workerEnv } from './env';

const logger = pino({ level: workerEnv.LOG_LEVEL, base: { app: 'reminder-worker' } });
const db = createDb(workerEnv.DATABASE_URL);
const mailer = remindersEnv.SMTP_URL ? smtpMailer(remindersEnv.SMTP_URL, remindersEnv.SMTP_FROM) : undefined;
if (!mailer)
  logger.warn(
    'SMTP_URL is not set: e-mail reminders are recorded as skipped; the inbox and webhooks still deliver',
  );
const worker = await startReminderWorker({
  db,
  redisUrl: workerEnv.REDIS_URL,
  prefix: remindersEnv.REMINDER_QUEUE_PREFIX,
  sweepEveryMs: remindersEnv.REMINDER_SWEEP_MS,
  leaseMs: remindersEnv.REMINDER_LEASE_MS,
  maxAttempts: remindersEnv.REMINDER_MAX_ATTEMPTS,
  mailer,
  logger,
});
logger.info({ sweepEveryMs: remindersEnv.REMINDER_SWEEP_MS }, 'reminder worker ready');
// A plain line the start command waits for, whatever the log level.
process.stdout.write('reminder worker ready\n');

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await worker.close();
  mailer?.close();
  await db.$disconnect();
  process.exit(0);
};
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

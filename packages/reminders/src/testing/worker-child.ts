// A reminder worker in its own process, for the test that kills one mid-delivery (SIGKILL: no cleanup at all).
import { createDb } from '@zhengling/db';
import { pino } from 'pino';
import { smtpMailer } from '../channels/email';
import { startReminderWorker } from '../worker';

const db = createDb(process.env.DATABASE_URL!);
await startReminderWorker({
  db,
  redisUrl: process.env.REDIS_URL!,
  prefix: process.env.PREFIX!,
  sweepEveryMs: 200,
  leaseMs: 60_000,
  mailer: smtpMailer(process.env.SMTP_URL!, 'test <t@zhengling.invalid>'),
  logger: pino({ level: 'silent' }),
  concurrency: 1,
});
process.stdout.write('worker-ready\n');

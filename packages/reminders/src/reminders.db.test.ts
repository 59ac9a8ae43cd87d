import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { systemActor } from '@zhengling/core';
import { startPrivateRedis, type PrivateRedis } from '@zhengling/testing';
import { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { smtpMailer } from './channels/email';
import { signWebhook } from './channels/webhook';
import { createDeadline } from './deadline/create-deadline';
import { extendDeadline } from './deadline/extend-deadline';
import { pauseDeadline } from './deadline/pause-deadline';
import { resumeDeadline } from './deadline/resume-deadline';
import { listCalendarYears } from './deadline/list-calendar-years';
import { storeCalendarYear } from './deadline/store-calendar-year';
import { startSmtpCapture } from './testing/smtp';
import { deliverReminder } from './deliver';
import { JOB } from './queue-contracts';
import { sweep } from './sweep';
import { reminderQueue, startReminderWorker } from './worker';

const logger = pino({ level: 'silent' });
let t: TestDatabase;
let redis: PrivateRedis;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let ids: { dept: string; staff: string; head: string; supervisor: string };
let prefixN = 0;
const prefix = () => `t${process.pid}x${++prefixN}`;

const until = async (what: string, check: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

/** A reminder worker on the test's Redis with its own queue prefix (sweeping only when told), and these options. */
const startWorker = (extra: Partial<Parameters<typeof startReminderWorker>[0]> = {}) =>
  startReminderWorker({
    db: t.db,
    redisUrl: redis.url,
    prefix: prefix(),
    sweepEveryMs: 60_000,
    leaseMs: 60_000,
    logger,
    ...extra,
  });

/**
 * Settled: every reminder of the deadline is in a final state in PostgreSQL, no delivery job waits or waits to retry,
 * every job still marked active is for a reminder already final (an orphan of a killed worker: its claim can only
 * fail), and no mail is in flight. "Exactly once" is counted only then — never after a fixed sleep.
 */
const settled = async (queue: Queue, deadlineId: string) => {
  const reminders = await t.db.reminder.findMany({ where: { deadlineId } });
  const final = new Set(reminders.filter((r) => r.status === 'sent').map((r) => r.id));
  const jobs = await queue.getJobCounts('waiting', 'prioritized', 'waiting-children');
  const retrying = (await queue.getDelayed()).filter((j) => j.name === JOB.deliver).length;
  const active = (await queue.getActive()).filter((j) => j.name === JOB.deliver);
  return (
    reminders.length > 0 &&
    final.size === reminders.length &&
    Object.values(jobs).every((n) => n === 0) &&
    retrying === 0 &&
    active.every((j) => final.has((j.data as { reminderId: string }).reminderId)) &&
    smtp.inFlight() === 0
  );
};

/** A deadline whose every reminder is already due (January 2026), for a new entity. */
let n = 0;
const dueDeadline = () =>
  createDeadline(t.db, systemActor('test'), {
    kind: 'test.task',
    app: 'supervision',
    entityType: 'task',
    entityId: `task-${++n}`,
    title: `测试任务${n}`,
    departmentId: ids.dept,
    assigneeId: ids.staff,
    startEvent: 'assigned',
    startDate: '2026-01-05',
    length: 10,
    unit: 'working_days',
    ruleSource: '测试规则',
  });

const countsFor = async (deadlineId: string) => {
  const reminders = await t.db.reminder.findMany({ where: { deadlineId }, include: { deliveries: true } });
  const notifications = await t.db.notification.count({
    where: { reminderId: { in: reminders.map((r) => r.id) } },
  });
  return {
    reminders: reminders.length,
    sent: reminders.filter((r) => r.status === 'sent').length,
    notifications,
    emailDeliveries: reminders
      .flatMap((r) => r.deliveries)
      .filter((d) => d.channel === 'email' && d.status === 'sent').length,
    mails: smtp.accepted.filter((m) => reminders.some((r) => m.messageId === `<reminder-${r.id}@zhengling>`))
      .length,
  };
};

beforeAll(async () => {
  t = await createTestDatabase();
  redis = await startPrivateRedis();
  smtp = await startSmtpCapture();
  const dept = await t.db.department.create({
    data: { code: 'edu', name: '区教委', shortName: '教委', kind: 'work_department' },
  });
  const office = await t.db.department.create({
    data: { code: 'office', name: '区政府办公室', shortName: '政府办', kind: 'office' },
  });
  const mk = (
    username: string,
    departmentId: string,
    role: 'department_staff' | 'department_head' | 'supervision_office',
  ) =>
    // accounts only to be reminded: they never sign in, so no password (the identity package is not needed here)
    t.db.user.create({
      data: {
        username,
        displayName: username,
        email: `${username}@example.test`,
        departmentId,
        roles: [role],
        passwordHash: '!no-sign-in',
      },
    });
  ids = {
    dept: dept.id,
    staff: (await mk('staff', dept.id, 'department_staff')).id,
    head: (await mk('head', dept.id, 'department_head')).id,
    supervisor: (await mk('dcb', office.id, 'supervision_office')).id,
  };
});
afterAll(async () => {
  await smtp?.close();
  await redis?.dispose();
  await t?.drop();
});

describe('deadlines and their reminders', () => {
  test('a deadline plans one reminder per stage and recipient: assignee, department head, supervision office', async () => {
    const d = await dueDeadline();
    expect(d.dueDate.toISOString().slice(0, 10)).toBe('2026-01-19');
    const reminders = await t.db.reminder.findMany({
      where: { deadlineId: d.id },
      orderBy: { dueAt: 'asc' },
    });
    expect(reminders.map((r) => [r.stage, r.recipientId])).toEqual([
      ['before-due', ids.staff],
      ['due-day', ids.staff],
      ['overdue', ids.staff],
      ['escalation-head', ids.head],
      ['escalation-office', ids.supervisor],
    ]);
    expect(await t.db.auditEntry.count({ where: { action: 'deadline.create', entityId: d.id } })).toBe(1);
  });

  test('a department with no account: the supervision office is told which reminders have nobody to go to, once', async () => {
    const empty = await t.db.department.create({
      data: { code: `empty-${n}`, name: '区无账号局', shortName: '无账号局', kind: 'work_department' },
    });
    const make = () =>
      createDeadline(t.db, systemActor('test'), {
        kind: 'test.task',
        app: 'supervision',
        entityType: 'task',
        entityId: `orphan-${n}`,
        title: '无人接收的任务',
        departmentId: empty.id,
        startEvent: 'assigned',
        startDate: '2026-01-05',
        length: 10,
        unit: 'working_days',
        ruleSource: '测试规则',
      });
    await make();
    const notes = await t.db.notification.findMany({
      where: { userId: ids.supervisor, title: '【无人接收】无人接收的任务' },
    });
    // the assignee's three stages and the department head's escalation have nobody; the office's own has the office
    expect(notes.map((x) => x.link!.split('#')[1]).sort()).toEqual([
      'no-recipient-before-due',
      'no-recipient-due-day',
      'no-recipient-escalation-head',
      'no-recipient-overdue',
    ]);
    await make(); // planned again: no second note
    expect(
      await t.db.notification.count({
        where: { userId: ids.supervisor, title: '【无人接收】无人接收的任务' },
      }),
    ).toBe(4);
  });

  test('a lawful pause suppresses the pending reminders; resuming re-plans them on the later due date', async () => {
    const d = await dueDeadline();
    const actor = {
      kind: 'user' as const,
      userId: ids.supervisor,
      label: 'dcb',
      app: 'supervision' as const,
    };
    await pauseDeadline(t.db, actor, d.id, '2026-01-12', '征求第三方意见');
    expect(await t.db.reminder.count({ where: { deadlineId: d.id, status: 'pending' } })).toBe(0);
    const resumed = await resumeDeadline(t.db, actor, d.id, '2026-01-14', '第三方已答复');
    expect(resumed.dueDate.toISOString().slice(0, 10)).toBe('2026-01-21'); // two working days paused
    expect(await t.db.reminder.count({ where: { deadlineId: d.id, status: 'pending' } })).toBe(5);
    const extended = await extendDeadline(t.db, actor, d.id, 20, '经办公室负责人批准延长');
    expect(extended.dueDate.toISOString().slice(0, 10)).toBe('2026-02-25');
    const audit = await t.db.auditEntry.findMany({ where: { entityId: d.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'deadline.create',
      'deadline.pause',
      'deadline.resume',
      'deadline.extension',
    ]);
  });

  let yearEnd = '';
  const stagesOf = async (deadlineId: string) =>
    new Set((await t.db.reminder.findMany({ where: { deadlineId } })).map((r) => r.stage));

  test('a reminder stage falling in a year without calendar data waits for that year, the others are planned', async () => {
    const d = await createDeadline(t.db, systemActor('test'), {
      kind: 'test.year-end',
      app: 'supervision',
      entityType: 'task',
      entityId: 'year-end',
      title: '年末任务',
      departmentId: ids.dept,
      startEvent: 'fixed-date',
      startDate: '2026-12-30',
      length: 0,
      unit: 'calendar_days',
      ruleSource: '测试',
    });
    yearEnd = d.id;
    // before-due, the due day and overdue (+1 working day: 31 December) are in 2026; the escalations (+3, +5) fall
    // in 2027 (the next test stores 2027 and checks they are planned then)
    expect(await stagesOf(d.id)).toEqual(new Set(['before-due', 'due-day', 'overdue']));
  });

  test('a deadline reaching a year without calendar data is refused; storing that year’s notice makes it computable', async () => {
    const input = {
      kind: 'test.task',
      app: 'supervision',
      entityType: 'task',
      entityId: 'late',
      title: '跨年任务',
      departmentId: ids.dept,
      startEvent: 'assigned',
      startDate: '2026-12-20',
      length: 20,
      unit: 'working_days' as const,
      ruleSource: '测试',
    };
    await expect(createDeadline(t.db, systemActor('test'), input)).rejects.toMatchObject({
      code: 'CALENDAR_YEAR_MISSING',
    });
    const actor = { kind: 'user' as const, userId: ids.supervisor, label: 'dcb', app: 'platform' as const };
    await storeCalendarYear(t.db, actor, {
      year: 2027,
      source: { title: '国务院办公厅关于2027年部分节假日安排的通知', issuer: '国务院办公厅' },
      holidays: { '2027-01-01': '元旦' },
      makeUpWorkdays: {},
    });
    const d = await createDeadline(t.db, systemActor('test'), input);
    expect(d.dueDate.toISOString().slice(0, 10)).toBe('2027-01-18');
    // the year-end deadline's stages in 2027 are planned now
    expect(await stagesOf(yearEnd)).toEqual(
      new Set(['before-due', 'due-day', 'overdue', 'escalation-head', 'escalation-office']),
    );
  });

  test('when the calendar data changes, open deadlines are recomputed and each change audited', async () => {
    const d = await createDeadline(t.db, systemActor('test'), {
      kind: 'test.task',
      app: 'supervision',
      entityType: 'task',
      entityId: 'dec',
      title: '十二月任务',
      departmentId: ids.dept,
      startEvent: 'assigned',
      startDate: '2026-12-01',
      length: 5,
      unit: 'working_days',
      ruleSource: '测试',
    });
    expect(d.dueDate.toISOString().slice(0, 10)).toBe('2026-12-08');
    const { PACKAGED_YEARS } = await import('@zhengling/rules-core/calendar');
    const y2026 = PACKAGED_YEARS.find((y) => y.year === 2026)!;
    const actor = { kind: 'user' as const, userId: ids.supervisor, label: 'dcb', app: 'platform' as const };
    const r = await storeCalendarYear(t.db, actor, {
      ...y2026,
      holidays: { ...y2026.holidays, '2026-12-03': '测试假日' },
    });
    expect(r.changed).toBeGreaterThanOrEqual(1);
    expect(
      (await t.db.deadline.findUniqueOrThrow({ where: { id: d.id } })).dueDate.toISOString().slice(0, 10),
    ).toBe('2026-12-09');
    const audit = await t.db.auditEntry.findFirstOrThrow({
      where: { action: 'deadline.recomputed', entityId: d.id },
    });
    expect(audit).toMatchObject({ before: { dueDate: '2026-12-08' }, after: { dueDate: '2026-12-09' } });
  });

  test('the calendar shows each year with its source, its breaks and who stored it, and says when next year is missing', async () => {
    const r = await listCalendarYears(t.db, '2026-12-05');
    expect(r.years[0]!.year).toBe(2027); // the newest first; 2027 was stored by the office above
    expect(r.nextYear).toEqual({ year: 2027, covered: true });
    expect(r.years[0]).toMatchObject({
      source: { title: '国务院办公厅关于2027年部分节假日安排的通知' },
      stored: { by: 'dcb' },
      breaks: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01', days: 1 }],
      makeUpWorkdays: [],
    });
    const y2025 = r.years.find((y) => y.year === 2025)!;
    expect(y2025.stored).toBeNull(); // packaged with the platform
    expect(y2025.breaks).toContainEqual({ name: '春节', from: '2025-01-28', to: '2025-02-04', days: 8 });
    expect(y2025.makeUpWorkdays).toContainEqual({ date: '2025-01-26', name: '春节' });
    expect((await listCalendarYears(t.db, '2027-11-20')).nextYear).toEqual({ year: 2028, covered: false });
  });
});

describe('delivery exactly once', () => {
  test('two sweeps at once and two workers deliver each reminder once: one inbox note, one mail, counted', async () => {
    const p = prefix();
    const mailer = smtpMailer(smtp.url, 'test <t@zhengling.invalid>');
    const opts = {
      db: t.db,
      redisUrl: redis.url,
      prefix: p,
      sweepEveryMs: 60_000,
      leaseMs: 60_000,
      mailer,
      logger,
    };
    const [w1, w2] = await Promise.all([startReminderWorker(opts), startReminderWorker(opts)]);
    try {
      const d = await dueDeadline();
      await Promise.all([w1.sweepNow(), w2.sweepNow(), w1.sweepNow()]);
      await until('all sent', async () => (await countsFor(d.id)).sent === 5);
      await Promise.all([w1.sweepNow(), w2.sweepNow()]); // nothing left to enqueue
      await until('settled', () => settled(w1.queue, d.id));
      expect(await countsFor(d.id)).toEqual({
        reminders: 5,
        sent: 5,
        notifications: 5,
        emailDeliveries: 5,
        mails: 5,
      });
      const mail = smtp.accepted.find(
        (m) => m.to.includes('dcb@example.test') && m.subject.includes('测试任务'),
      )!;
      expect(mail.subject).toMatch(/^【逾期督办（报督查办）】测试任务\d+$/);
    } finally {
      await w1.close();
      await w2.close();
    }
  });

  // a child process compiling TypeScript at start on a loaded machine: a longer timeout than the file's
  test(
    'a worker killed mid-delivery loses nothing and doubles nothing: the claim is taken back and delivered once',
    { timeout: 90_000 },
    async () => {
      const p = prefix();
      smtp.hold();
      const child: ChildProcess = spawn(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'testing', 'worker-child.ts')],
        {
          env: { ...process.env, DATABASE_URL: t.url, REDIS_URL: redis.url, PREFIX: p, SMTP_URL: smtp.url },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let d;
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout!.on('data', (b: Buffer) => b.toString().includes('worker-ready') && resolve());
          child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
        });
        const startedBefore = smtp.started();
        d = await dueDeadline();
        // wait until the child is inside an SMTP transaction (the server holds it), then kill it outright
        await until(
          'the child to be mid-send',
          async () =>
            smtp.started() > startedBefore &&
            (await t.db.reminder.count({ where: { deadlineId: d!.id, status: 'claimed' } })) === 1,
        );
      } finally {
        child.kill('SIGKILL');
      }
      await new Promise((r) => child.once('exit', r));
      smtp.release();
      const stuck = await t.db.reminder.findFirstOrThrow({ where: { deadlineId: d.id, status: 'claimed' } });
      expect(stuck.attempts).toBe(1);

      const w = await startWorker({
        prefix: p,
        sweepEveryMs: 200,
        leaseMs: 6_000,
        // a short lease needs short transport timeouts: every send must be able to finish inside it; they stay long
        // enough for an SMTP greeting on a machine loaded by the whole suite (250 ms was not)
        mailer: smtpMailer(smtp.url, 't <t@zhengling.invalid>', {
          connectionTimeout: 1_000,
          greetingTimeout: 1_000,
          socketTimeout: 2_000,
        }),
        webhookTimeoutMs: 1_000,
        logger,
      });
      try {
        await until('all sent after the crash, and settled', () => settled(w.queue, d.id), 40_000);
        expect(await countsFor(d.id)).toEqual({
          reminders: 5,
          sent: 5,
          notifications: 5,
          emailDeliveries: 5,
          mails: 5,
        });
        expect((await t.db.reminder.findUniqueOrThrow({ where: { id: stuck.id } })).lastError).toMatch(
          /claim expired/,
        );
      } finally {
        await w.close();
      }
    },
  );

  test('after Redis loses everything (FLUSHALL), the next sweep rebuilds from PostgreSQL and every reminder goes out once', async () => {
    const p = prefix();
    const w = await startWorker({
      prefix: p,
      sweepEveryMs: 200,
      mailer: smtpMailer(smtp.url, 't <t@zhengling.invalid>'),
    });
    try {
      const admin = new Redis(redis.url);
      await admin.flushall();
      expect(await w.queue.getJobScheduler('reminder-sweep')).toBeFalsy();
      const d = await dueDeadline();
      await until('all sent after FLUSHALL', async () => (await countsFor(d.id)).sent === 5);
      expect(await w.queue.getJobScheduler('reminder-sweep')).toBeTruthy();
      await admin.flushall(); // and once more, mid-life: nothing is re-sent
      await until(
        'the sweep back after the second FLUSHALL, and settled',
        async () =>
          Boolean(await w.queue.getJobScheduler('reminder-sweep')) && (await settled(w.queue, d.id)),
      );
      await w.sweepNow(); // a sweep over the rebuilt queue enqueues nothing of what was sent
      await until('settled again', () => settled(w.queue, d.id));
      expect(await countsFor(d.id)).toEqual({
        reminders: 5,
        sent: 5,
        notifications: 5,
        emailDeliveries: 5,
        mails: 5,
      });
      admin.disconnect();
    } finally {
      await w.close();
    }
  });

  test('a pause and a resume while delivery jobs wait lose nothing: every reminder goes out once after the resume', async () => {
    const p = prefix();
    const queue = reminderQueue(redis.url, p);
    const actor = {
      kind: 'user' as const,
      userId: ids.supervisor,
      label: 'dcb',
      app: 'supervision' as const,
    };
    const d = await dueDeadline();
    // the sweep enqueues every reminder, but no worker runs yet
    expect((await sweep(t.db, queue, { now: new Date(), leaseMs: 60_000 })).enqueued).toBe(5);
    await pauseDeadline(t.db, actor, d.id, '2026-01-06', '征求第三方意见');
    // the worker now runs the waiting jobs: their reminders are suppressed, so none claims anything
    const w = await startWorker({ prefix: p, mailer: smtpMailer(smtp.url, 't <t@zhengling.invalid>') });
    try {
      await until(
        'the waiting jobs ran',
        async () => (await queue.getJobCounts('waiting', 'active')).waiting === 0,
      );
      await until('no job active', async () => (await queue.getJobCounts('active')).active === 0);
      expect((await countsFor(d.id)).sent).toBe(0);
      await resumeDeadline(t.db, actor, d.id, '2026-01-07', '第三方已答复');
      await w.sweepNow();
      await until('every reminder sent once after the resume', () => settled(w.queue, d.id));
      expect(await countsFor(d.id)).toEqual({
        reminders: 5,
        sent: 5,
        notifications: 5,
        emailDeliveries: 5,
        mails: 5,
      });
    } finally {
      await w.close();
      await queue.close();
    }
  });

  test('a signed webhook reaches a chat-tool endpoint with a valid HMAC signature', async () => {
    const received: { body: string; signature: string; timestamp: string }[] = [];
    const server: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({
          body,
          signature: String(req.headers['x-zhengling-signature']),
          timestamp: String(req.headers['x-zhengling-timestamp']),
        });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const hook = await t.db.webhookEndpoint.create({
      data: {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
        secret: 'chat-secret',
        departmentId: ids.dept,
      },
    });
    const w = await startWorker();
    try {
      const d = await dueDeadline();
      await w.sweepNow();
      await until('webhooks', async () => (await countsFor(d.id)).sent === 5);
      const mine = received.filter((r) => JSON.parse(r.body).deadlineId === d.id);
      expect(mine).toHaveLength(3); // the assignee's three stages go to webhooks; escalations are inbox and e-mail only
      for (const r of mine) expect(r.signature).toBe(signWebhook('chat-secret', r.timestamp, r.body));
      expect(JSON.parse(mine[0]!.body)).not.toHaveProperty('email');
    } finally {
      await w.close();
      await t.db.webhookEndpoint.update({ where: { id: hook.id }, data: { active: false } });
      server.close();
    }
  });

  test('a user who chose the daily digest gets one mail listing their reminders instead of one each, once', async () => {
    await t.db.user.update({ where: { id: ids.staff }, data: { reminderDigest: true } });
    const w = await startWorker({ mailer: smtpMailer(smtp.url, 't <t@zhengling.invalid>') });
    try {
      const d = await dueDeadline();
      await w.sweepNow();
      await until('delivered', async () => (await countsFor(d.id)).sent === 5);
      const toStaff = () =>
        smtp.accepted.filter(
          (m) => m.to.includes('staff@example.test') && m.messageId.startsWith('<digest-'),
        );
      const before = toStaff().length;
      expect((await countsFor(d.id)).mails).toBe(2); // only the head's and the office's escalations went out singly
      const [first, second] = [await w.digestNow(), await w.digestNow()];
      expect(first.users).toBe(1);
      expect(second).toEqual({ users: 0, reminders: 0, failedUsers: 0 });
      expect(toStaff().length).toBe(before + 1);
      const digest = toStaff().at(-1)!;
      expect(digest.subject).toMatch(/^【每日提醒汇总】\d{4}-\d{2}-\d{2} 共\d+项$/);
      expect(
        Buffer.from(
          digest.raw
            .split(/\r?\n\r?\n/)
            .slice(1)
            .join('\n')
            .replace(/\s/g, ''),
          'base64',
        ).toString('utf8'),
      ).toContain(`测试任务${n}`);
    } finally {
      await w.close();
      await t.db.user.update({ where: { id: ids.staff }, data: { reminderDigest: false } });
    }
  });
});

describe('delivery that fails safely', () => {
  /** A webhook endpoint answering with `status` (or never answering), counting what it received. */
  async function endpoint(status: number | 'hang') {
    const got: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        got.push(body);
        if (status === 'hang') return; // never answers
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
      got,
      close: () => server.close(),
    };
  }
  const webhookTo = (url: string) =>
    t.db.webhookEndpoint.create({ data: { url, secret: 's', departmentId: ids.dept } });
  const deliveriesOf = (deadlineId: string) =>
    t.db.delivery.findMany({ where: { reminder: { deadlineId } }, include: { reminder: true } });

  test('two webhook endpoints, one failing for a while: the good one receives each reminder exactly once', async () => {
    const good = await endpoint(200);
    const flaky = await endpoint(503);
    const [h1, h2] = [await webhookTo(good.url), await webhookTo(flaky.url)];
    const w = await startWorker({ maxAttempts: 3 });
    try {
      const d = await dueDeadline();
      await w.sweepNow();
      // three reminders go to webhooks; the flaky endpoint fails every attempt until the reminders are given up
      await until(
        'the webhook reminders given up after their attempts',
        async () => (await t.db.reminder.count({ where: { deadlineId: d.id, status: 'failed' } })) === 3,
        30_000,
      );
      const mine = good.got.filter((b) => JSON.parse(b).deadlineId === d.id);
      expect(mine).toHaveLength(3); // once each, however often the other endpoint made the job retry
      const rows = await deliveriesOf(d.id);
      expect(
        rows.filter((r) => r.channel === 'webhook' && r.target === h1.id && r.status === 'sent'),
      ).toHaveLength(3);
      expect(
        rows.filter((r) => r.channel === 'webhook' && r.target === h2.id && r.status === 'sent'),
      ).toHaveLength(0);
      const failed = await t.db.reminder.findMany({ where: { deadlineId: d.id, status: 'failed' } });
      expect(failed.every((r) => r.attempts === 3 && /503/.test(r.lastError ?? ''))).toBe(true);
      expect(
        await t.db.auditEntry.count({
          where: { action: 'reminder.failed', entityId: { in: failed.map((f) => f.id) } },
        }),
      ).toBe(3);
    } finally {
      await w.close();
      await t.db.webhookEndpoint.updateMany({
        where: { id: { in: [h1.id, h2.id] } },
        data: { active: false },
      });
      good.close();
      flaky.close();
    }
  });

  test('a webhook refused for good (4xx) is recorded failed at once and not retried; the reminder is still sent', async () => {
    const gone = await endpoint(410);
    const h = await webhookTo(gone.url);
    const w = await startWorker();
    try {
      const d = await dueDeadline();
      await w.sweepNow();
      await until('settled', () => settled(w.queue, d.id));
      expect(gone.got.filter((b) => JSON.parse(b).deadlineId === d.id)).toHaveLength(3); // one try each, no retry
      const rows = (await deliveriesOf(d.id)).filter((r) => r.target === h.id);
      expect(rows.map((r) => [r.status, r.detail])).toEqual(
        Array(3).fill(['failed', 'webhook answered 410']),
      );
    } finally {
      await w.close();
      await t.db.webhookEndpoint.update({ where: { id: h.id }, data: { active: false } });
      gone.close();
    }
  });

  test('a mail permanently rejected (SMTP 5xx) ends failed with its error and is not sent again', async () => {
    const rejecting = await startSmtpCapture({ rejectWith: 550 });
    const w = await startWorker({ mailer: smtpMailer(rejecting.url, 't <t@zhengling.invalid>') });
    try {
      const d = await dueDeadline();
      await w.sweepNow();
      await until('settled', () => settled(w.queue, d.id));
      const email = (await deliveriesOf(d.id)).filter((r) => r.channel === 'email');
      expect(email).toHaveLength(5);
      expect(email.every((r) => r.status === 'failed' && /550/.test(r.detail ?? ''))).toBe(true);
      const tried = rejecting.started();
      await w.sweepNow(); // nothing left to try
      await until('settled again', () => settled(w.queue, d.id));
      expect(rejecting.started()).toBe(tried);
    } finally {
      await w.close();
      await rejecting.close();
    }
  });

  test('a worker slower than its lease sends nothing once too little lease is left', async () => {
    const d = await dueDeadline();
    const r = await t.db.reminder.findFirstOrThrow({
      where: { deadlineId: d.id, stage: 'escalation-office' },
    });
    // the worker's clock runs 40 s between its steps: the inbox note is written with the claim fresh, but the mail
    // (which may take 50 s) would end after the 60 s lease: it is not started, and the claim is handed back
    let clock = Date.parse('2026-06-01T01:00:00Z');
    const now = () => {
      const at = new Date(clock);
      clock += 40_000;
      return at;
    };
    const before = smtp.started();
    const outcome = await deliverReminder(
      { db: t.db, mailer: smtpMailer(smtp.url, 't <t@zhengling.invalid>'), logger, now, leaseMs: 60_000 },
      r.id,
    );
    expect(outcome).toBe('claim-lost');
    expect(smtp.started()).toBe(before);
    const rows = await t.db.delivery.findMany({ where: { reminderId: r.id } });
    expect(rows.map((x) => x.channel)).toEqual(['inbox']);
    // handed back at once for the next sweep (it is still due)
    expect((await t.db.reminder.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('pending');
  });
});

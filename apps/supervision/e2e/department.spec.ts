// A department in the browser: a progress report after an inbox reminder, signed off by its head; a 督办 notice signed
// for; another department's task opened by URL answers the not-found page.
import { chinaDate } from '@zhengling/core';
import { loadCalendar, startReminderWorker } from '@zhengling/reminders';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTask } from '../src/tasks/create-task';
import { startWorld, type World } from './harness';

let world: World;
beforeAll(async () => {
  world = await startWorld();
}, 120_000);
afterAll(async () => world?.close());

describe('a department', () => {
  test('reports progress after an inbox reminder, and its head signs the report off', async () => {
    const db = world.t.db;
    const today = chinaDate(new Date());
    const calendar = await loadCalendar(db);
    const office = await db.user.findUniqueOrThrow({ where: { username: 'duchaban' } });
    const education = await db.department.findUniqueOrThrow({ where: { code: 'education' } });
    // an instruction due in two working days: its "before due" reminder (three working days before) is due now
    const task = await createTask(
      db,
      { kind: 'user', userId: office.id, label: office.username, app: 'supervision' },
      {
        kind: 'instruction',
        source: 'district-government',
        instructedBy: '林志远',
        instructionText: '请区教委抓紧落实，按时反馈。',
        title: '关于校园安全隐患排查整治的批示',
        leadDepartmentId: education.id,
        coDepartmentIds: [],
        startDate: today,
        dueDate: calendar.addWorkingDays(today, 2),
        reportCycle: 'none',
        milestones: [],
      },
      { district: 'kaizhou', asOf: today },
    );
    const worker = await startReminderWorker({
      db,
      redisUrl: world.redis.url,
      prefix: 'e2e',
      sweepEveryMs: 60_000,
      leaseMs: 60_000,
      logger: pino({ level: 'silent' }),
    });
    try {
      await worker.sweepNow();
      const staffUser = await db.user.findUniqueOrThrow({ where: { username: 'jiaowei-staff' } });
      await expect
        .poll(() => db.notification.count({ where: { userId: staffUser.id, title: { contains: '校园安全' } } }), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
    } finally {
      await worker.close();
    }

    const staff = await world.signedIn('jiaowei-staff');
    await staff.getByRole('link', { name: /消息/ }).click();
    await staff.getByRole('link', { name: /校园安全隐患排查整治/ }).first().click();
    await staff.getByRole('button', { name: '报送进度' }).click();
    await staff.getByLabel('完成进度（%）').fill('60');
    await staff.getByLabel('进展情况').fill('已完成全区中小学校安全隐患排查，正在逐项整改。');
    await staff.getByRole('button', { name: /确\s*定/ }).click();
    await staff.getByText('待负责人签发').waitFor();
    await world.screenshot(staff, 'department-report-submitted');
    await staff.context().close();

    const head = await world.signedIn('jiaowei-head');
    await head.goto(`${world.url}/tasks/${task.id}`);
    await head.getByRole('button', { name: /签\s*发/ }).click();
    await head.getByText('已签发').waitFor();
    await expect.poll(async () => (await db.task.findUniqueOrThrow({ where: { id: task.id } })).percent).toBe(60);
    await world.screenshot(head, 'department-report-signed-off');
    await head.context().close();
  });

  test('signs for a 督办 notice', async () => {
    const page = await world.signedIn('jiaowei-staff');
    await page.getByRole('link', { name: '督办通知单' }).click();
    const row = page.locator('.ant-table-row', { hasText: '督办通知单' });
    await row.getByRole('button', { name: /签\s*收/ }).click();
    await row.getByText('区教委 张敏').waitFor();
    await row.getByRole('link').first().click();
    await page.getByTestId('notice-paper').waitFor();
    expect(await page.getByTestId('notice-paper').innerText()).toMatch(/督办通知单[\s\S]*开州督〔\d{4}〕1号[\s\S]*签收人\s*区教委 张敏/);
    await world.screenshot(page, 'department-notice-signed');
    await page.context().close();
  });

  test('opening another department’s task by its URL shows the not-found page', async () => {
    const other = await world.t.db.task.findFirstOrThrow({ where: { number: '1.3', kind: 'work_report' } });
    const page = await world.signedIn('jiaowei-staff');
    await page.goto(`${world.url}/tasks/${other.id}`);
    await page.getByText('未找到该页面或事项').waitFor();
    expect(await page.getByText(other.title).count()).toBe(0);
    await world.screenshot(page, 'department-not-found');
    await page.context().close();
  });
});

// The working-day calendar in the browser: the administrator enters a year's holiday notice — its breaks and make-up
// days — and the year appears with its source; the office reads the calendar but may not enter one, and is told while
// next year's notice is missing.
import { chinaDate } from '@zhengling/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWorld, type World } from './harness';

let world: World;
beforeAll(async () => {
  world = await startWorld();
}, 120_000);
afterAll(async () => world?.close());

describe('the holiday calendar', () => {
  test('the administrator enters a year’s notice, and every open deadline is recomputed on it', async () => {
    const open = await world.t.db.deadline.count({ where: { status: { in: ['open', 'paused'] } } });
    const page = await world.signedIn('admin');
    await page.getByRole('menuitem', { name: '节假日安排' }).click();
    await page.getByRole('heading', { name: '节假日安排' }).waitFor();
    // the years the platform came with, read from their notices
    await expect.poll(() => page.getByText('春节 01-28 至 02-04（8天）').count()).toBe(1);
    // the world holds next year as test data; the form proposes the year after (test data too, in this journey)
    const year = Number(await page.getByRole('spinbutton', { name: '年度' }).inputValue());
    expect(year).toBeGreaterThan(new Date().getFullYear());
    await page.getByLabel('通知标题').fill(`测试：${year}年节假日安排`);
    await page.getByLabel('发文字号').fill('测试〔0〕1号');
    await page.getByLabel('第1项放假的节日').fill('元旦');
    const range = page.locator('.ant-picker-range').first();
    await range.locator('input').first().fill(`${year}-01-01`);
    await range.locator('input').first().press('Tab');
    await range.locator('input').nth(1).fill(`${year}-01-03`);
    await range.locator('input').nth(1).press('Tab');
    await page.getByRole('button', { name: '增加一个调休上班日' }).click();
    const makeUp = page.getByLabel('第1个调休上班日', { exact: true });
    await makeUp.fill(`${year}-01-09`);
    await makeUp.press('Tab');
    await page.getByLabel('第1个调休上班日所补的节日').fill('元旦');
    await page.getByRole('button', { name: '录入并重新计算期限' }).click();
    const done = page.getByRole('dialog', { name: `已录入 ${year} 年节假日安排` });
    await done.waitFor();
    expect(await done.innerText()).toContain(`重新计算了 ${open} 个未办结期限`);
    await world.screenshot(page, 'holidays-stored-told');
    await done.getByRole('button', { name: '知道了' }).click();
    await done.waitFor({ state: 'hidden' });
    // the year is listed with its source, who entered it, its break and its make-up day
    const row = page.locator('.ant-table-row', { hasText: `测试：${year}年节假日安排（测试〔0〕1号）` });
    await row.waitFor();
    expect(await row.innerText()).toContain('元旦 01-01 至 01-03（3天）');
    expect(await row.innerText()).toContain('01-09（元旦）');
    expect(await row.innerText()).toMatch(/录入/);
    // the form now proposes the year after
    await expect.poll(() => page.getByRole('spinbutton', { name: '年度' }).inputValue()).toBe(String(year + 1));
    await world.screenshot(page, 'holidays-stored');
    const stored = await world.t.db.calendarYear.findUniqueOrThrow({ where: { year } });
    expect(stored.data).toMatchObject({
      holidays: { [`${year}-01-01`]: '元旦', [`${year}-01-02`]: '元旦', [`${year}-01-03`]: '元旦' },
      makeUpWorkdays: { [`${year}-01-09`]: '元旦' },
    });
    expect(await world.t.db.auditEntry.count({ where: { action: 'calendar.store-year', entityId: String(year) } })).toBe(1);
    await page.context().close();
  });

  test('the office reads the calendar but is offered no form to enter one', async () => {
    const page = await world.signedIn('duchaban');
    await page.getByRole('menuitem', { name: '节假日安排' }).click();
    await page.getByRole('heading', { name: '节假日安排' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.getByRole('button', { name: '录入并重新计算期限' }).count()).toBe(0);
    await page.context().close();
  });

  test('while next year’s notice is missing, the office is told on its landing page in the autumn, and led to the calendar', async () => {
    const nextYear = Number(chinaDate(new Date()).slice(0, 4)) + 1;
    await world.t.db.calendarYear.delete({ where: { year: nextYear } }); // the world's test copy of next year
    const page = await world.signedIn('duchaban');
    await page.clock.setSystemTime(new Date(`${nextYear - 1}-11-20T02:00:00Z`)); // the browser's day: 20 November
    await page.goto(new URL('/', page.url()).href);
    const notice = page.getByTestId('calendar-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`尚未录入 ${nextYear} 年节假日安排`);
    await page.waitForTimeout(2000); // the charts' entry animation (slower under the browser's set clock)
    await world.screenshot(page, 'holidays-missing-notice');
    await notice.getByRole('link', { name: '节假日安排' }).click();
    await page.getByRole('heading', { name: '节假日安排' }).waitFor();
    await page.getByText(`尚未录入 ${nextYear} 年节假日安排`).waitFor();
    await page.context().close();
  });
});


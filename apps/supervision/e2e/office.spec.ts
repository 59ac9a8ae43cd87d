// The supervision office in the browser: its dashboard's charts, and a task breakdown with one bad row refused whole.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BREAKDOWN_COLUMNS } from '../src/tasks/breakdown-layout';
import { startWorld, type World } from './harness';

let world: World;
beforeAll(async () => {
  world = await startWorld();
}, 120_000);
afterAll(async () => world?.close());

describe('the office', () => {
  test('sees the dashboard drawn: a chart by status, by department, by leader and the on-time rate', async () => {
    const page = await world.signedIn('duchaban');
    await page.getByTestId('dashboard').waitFor();
    await expect.poll(() => page.locator('[data-testid=dashboard] canvas').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.getByText('按时办结率').count()).toBe(1);
    // the pie's slices carry words, not colour alone
    const total = Number(await page.locator('.ant-statistic-content-value').first().innerText());
    expect(total).toBeGreaterThan(20);
    await page.waitForTimeout(800); // the charts' entry animation
    await world.screenshot(page, 'office-dashboard');
    // a chart clicks through to its list: the 滞后 card opens the list filtered by status
    await page.getByText('滞后', { exact: true }).first().click();
    await page.waitForURL(/status=behind/);
    await page.locator('.ant-table-row .ant-tag', { hasText: '滞后' }).first().waitFor();
    await expect
      .poll(async () => {
        const rows = await page.locator('.ant-table-row').count();
        const behind = await page.locator('.ant-table-row .ant-tag', { hasText: /^滞后$/ }).count();
        return rows > 0 && rows === behind;
      })
      .toBe(true);
    await page.context().close();
  });

  test('imports a breakdown with one bad row: the whole workbook is refused, the bad row named', async () => {
    const before = await world.t.db.task.count();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('任务分解表');
    ws.addRow(BREAKDOWN_COLUMNS.map((c) => c.header));
    ws.addRow(['8', '', '推进全域旅游发展', '', '区发展改革委', '', '2026-01-01', '2026-12-31', '每月', '']);
    ws.addRow(['8.1', '8', '创建国家全域旅游示范区', '', '区旅游局', '', '2026-01-01', '2026-12-31', '每月', '']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const page = await world.signedIn('duchaban');
    await page.getByRole('link', { name: '政府工作报告任务' }).click();
    await page.getByRole('button', { name: /导入任务分解表/ }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: '任务分解表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByText('整表未导入').waitFor({ timeout: 30_000 });
    const problem = page.locator('.ant-modal .ant-table-row').first();
    expect(await problem.innerText()).toMatch(/3\s+牵头单位\s+找不到单位“区旅游局”/);
    await world.screenshot(page, 'office-import-refused');
    expect(await world.t.db.task.count()).toBe(before);
    await page.context().close();
  });
});

// What the disclosure office sees handling an application (Debian's Chromium): registered with a receipt number and a
// one-time secret code, supplemented once (the clock restarts), extended once, answered inside its clock.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { choose, pickDate, startWorld, type World } from './harness';

let w: World;

beforeAll(async () => {
  w = await startWorld();
}, 180_000);
afterAll(() => w?.close());

it('an application is supplemented, extended and answered inside its clock', { timeout: 120_000 }, async () => {
  const page = await w.signedIn('disclosure-editor');
  await page.goto(`${w.staff}/applications`);
  await page.getByRole('button', { name: '登记申请' }).click();
  await page.getByLabel('申请人', { exact: true }).fill('刘某');
  await page.getByLabel('联系方式').fill('13900000000');
  await pickDate(page, '收到日期', '2026-10-09');
  await page.getByLabel('所需信息的名称、文号或便于查询的其他特征性描述').fill('2026年城区学校新增学位的分布');
  await page.getByRole('button', { name: /^登 ?记$/ }).click();
  const code = await page.getByTestId('secret-code').textContent();
  expect(code).toMatch(/^[A-Z2-9]{10}$/);
  await page.getByRole('button', { name: '查看申请' }).click();
  const due = page.getByTestId('due-date');
  // 20 working days from 9 October (National Day's make-up Saturday 10 October counts)
  expect(await due.textContent()).toContain('应于2026年11月5日前答复');

  await pickDate(page, '办理日期', '2026-10-12');
  await page.getByLabel('说明').fill('请写明所需学位信息的学段');
  await page.getByRole('button', { name: '一次性告知补正' }).click();
  await page.getByText('已一次性告知补正').waitFor();
  await pickDate(page, '办理日期', '2026-10-14');
  await page.getByRole('button', { name: '收到补正' }).click();
  await page.getByTestId('due-date').getByText('应于2026年11月11日前答复').waitFor();

  await page.getByLabel('说明').fill('涉及多个学段，需汇总核实');
  await page.getByLabel('同意延期的负责人').fill('区政府办公室主任 吴海涛');
  await page.getByRole('button', { name: '延期答复' }).click();
  await page.getByTestId('due-date').getByText('应于2026年12月9日前答复').waitFor();
  expect(await page.getByRole('button', { name: '延期答复' }).count()).toBe(0);

  await pickDate(page, '办理日期', '2026-12-01');
  await page.getByLabel('说明').fill('经核实，予以公开，附学位分布表。');
  await choose(page, '办理结果', '予以公开');
  await page.getByRole('button', { name: /^答 ?复$/ }).click();
  await page.getByText('已答复').first().waitFor();
  expect(await page.getByTestId('due-date').textContent()).toContain('已按期答复');
  const history = await page.getByTestId('application').textContent();
  for (const step of ['登记', '一次性告知补正', '收到补正', '延期答复', '答复']) expect(history).toContain(step);
  await w.screenshot(page, 'disclosure-5-application-answered');
  await page.context().close();
});

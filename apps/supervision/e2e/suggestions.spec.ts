// Deputies' suggestions in the browser. A suggestion registered and assigned by the office to the wrong unit, returned
// by that unit with its reasons within its window, and reassigned; and a suggestion answered, signed off by the unit's
// principal, rated 不满意, re-handled, rated again and its answer published through the disclosure app to the portal.
// The disclosure app runs as its own process on the same database.
// first: the shared secret must be in the environment before any app module reads it
import './service-secret';
import { chinaDate } from '@zhengling/core';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { disclosureClient } from '../src/disclosure/disclosure-client';
import { startWorld, type World } from './harness';

let world: World;
beforeAll(async () => {
  world = await startWorld({ withDisclosure: true });
}, 180_000);
afterAll(async () => world?.close());

const TODAY = chinaDate(new Date());
const daysBefore = (n: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
const SESSION = '开州区第十八届人民代表大会第六次会议';

/** Pick a date in a form's date field (typed, as a person may; leaving the field keeps it — Enter would submit). */
async function pickDate(dialog: Locator, label: string, date: string) {
  const field = dialog.getByLabel(label);
  await field.fill(date);
  await field.press('Tab');
  expect(await field.inputValue()).toBe(date);
}

/** Choose an option of the select under a form label. */
async function choose(page: Page, dialog: Locator, label: string, option: string) {
  await dialog.locator('.ant-form-item', { hasText: label }).locator('.ant-select').first().click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

async function openItem(page: Page, title: string) {
  await page.getByRole('menuitem', { name: /建议提案办理/ }).click();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
}

describe('deputies’ suggestions', () => {
  test('a suggestion assigned to the wrong unit is returned with its reasons and reassigned by the office', async () => {
    const title = '关于在社区建设养老服务驿站的建议';
    // the office registers it
    const office = await world.signedIn('duchaban');
    await office.getByRole('menuitem', { name: /建议提案办理/ }).click();
    await office.getByRole('button', { name: '登记建议提案' }).click();
    let dialog = office.getByRole('dialog');
    await dialog.getByLabel('会议届次').fill(SESSION);
    await dialog.getByLabel('编号').fill('0101');
    await dialog.getByLabel('标题').fill(title);
    await dialog.getByLabel('代表委员').fill('马红、田亮');
    await dialog.getByRole('button', { name: /^登\s?记$/ }).click();
    await office.getByRole('link', { name: title }).click();
    await office.getByRole('heading', { name: new RegExp(title) }).waitFor();
    const itemUrl = office.url();

    // and assigns it to the government office (its clocks from the day of assignment: within the return window)
    await office.getByRole('button', { name: /^交\s?办$/ }).click();
    dialog = office.getByRole('dialog');
    await choose(office, dialog, '主办单位', '区政府办公室');
    await pickDate(dialog, '交办日期', daysBefore(12));
    await dialog.getByRole('button', { name: /^交\s?办$/ }).click();
    await office.locator('.ant-tag', { hasText: '办理中' }).first().waitFor();

    // the government office returns it: not its responsibility, with its reasons
    const wrong = await world.signedIn('zhengfuban-staff');
    await wrong.goto(itemUrl);
    await wrong.getByText(/前可退回/).waitFor();
    await wrong.getByRole('button', { name: '退回交办' }).click();
    dialog = wrong.getByRole('dialog');
    await dialog
      .getByLabel('不属于本单位职责的理由')
      .fill('养老服务设施建设属民政部门职责，建议交区民政局办理。');
    await dialog.getByRole('button', { name: /^退\s?回$/ }).click();
    await wrong.locator('.ant-tag', { hasText: '退回待重新交办' }).first().waitFor();
    await wrong.close();

    // the office sees why, and reassigns it
    await office.reload();
    await office
      .getByText('区政府办公室退回：养老服务设施建设属民政部门职责，建议交区民政局办理。')
      .waitFor();
    await world.screenshot(office, 'suggestion-returned');
    await office.getByRole('button', { name: '重新交办' }).click();
    dialog = office.getByRole('dialog');
    await dialog.getByText('原主办单位区政府办公室退回').waitFor();
    await choose(office, dialog, '主办单位', '区教委');
    await pickDate(dialog, '交办日期', daysBefore(11));
    await dialog.getByRole('button', { name: /^交\s?办$/ }).click();
    await office.locator('.ant-tag', { hasText: '办理中' }).first().waitFor();
    const history = await office.locator('.ant-card', { hasText: '办理记录' }).innerText();
    for (const step of ['登记', '交办', '退回交办', '重新交办']) expect(history).toContain(step);
    expect(history).toContain('主办：区教委');

    // the new lead unit finds it among its items, its clocks running from the reassignment
    const lead = await world.signedIn('jiaowei-staff');
    await openItem(lead, title);
    const clocks = await lead.locator('.ant-card', { hasText: '办理时限' }).innerText();
    expect(clocks).toContain('联系代表委员');
    expect(clocks).toContain('答复时限');
    expect(clocks).toContain('已撤销');
    await world.screenshot(lead, 'suggestion-reassigned');
    await lead.close();

    // the office sees the session at a glance: by unit, by category, on-time and satisfaction rates
    await office.getByRole('menuitem', { name: /建议提案办理/ }).click();
    await office.getByRole('link', { name: title }).waitFor();
    await world.screenshot(office, 'suggestion-ledger');
    await office.getByRole('link', { name: '办理情况总览' }).click();
    const byUnit = office.locator('.ant-card', { hasText: '按主办单位' });
    await byUnit.getByText('区教委').waitFor();
    expect(await office.locator('.ant-statistic', { hasText: '满意率' }).innerText()).toMatch(/\d+(\.\d)?%/);
    await world.screenshot(office, 'suggestion-overview');
    await office.close();
  }, 180_000);

  test('an answer rated 不满意 is re-handled, signed off again and published to the portal', async () => {
    const title = '关于增设社区普惠托育点的建议';
    // set-up: registered and assigned to the education commission forty days ago
    const made = (await world.supervision('duchaban', 'suggestions.register', {
      sourceBody: 'npc-district',
      session: SESSION,
      number: '0102',
      title,
      proposers: ['宋佳'],
      body: '建议在新建小区配建普惠托育点。',
    })) as { id: string; version: number };
    await world.supervision('duchaban', 'suggestions.assign', {
      id: made.id,
      version: made.version,
      leadDepartmentId: await deptId('education'),
      coDepartmentIds: [],
      assignedOn: daysBefore(40),
    });

    // the unit contacts the deputy and drafts its answer
    const staff = await world.signedIn('jiaowei-staff');
    await openItem(staff, title);
    await staff.getByRole('button', { name: '记录联系代表委员' }).click();
    let dialog = staff.getByRole('dialog');
    await pickDate(dialog, '联系日期', daysBefore(35));
    await dialog.getByLabel('联系情况').fill('电话联系宋佳代表，了解托育需求');
    await dialog.getByRole('button', { name: /^记\s?录$/ }).click();
    await staff.getByRole('button', { name: '拟写答复' }).click();
    dialog = staff.getByRole('dialog');
    await dialog.getByLabel('A类（已解决或正在解决）').check();
    await dialog.getByLabel('答复内容').fill('我委已将普惠托育点建设纳入民生实事，正在新建小区配建托育点。');
    await dialog.getByRole('button', { name: '提交负责人签发' }).click();
    await staff.getByText('待负责人签发').waitFor();

    // the principal signs it off, dated the day of the letter
    const head = await world.signedIn('jiaowei-head');
    await head.goto(staff.url());
    await head.getByRole('button', { name: '签发答复' }).click();
    dialog = head.getByRole('dialog');
    await pickDate(dialog, '答复日期', daysBefore(20));
    await dialog.getByRole('button', { name: /^签\s?发$/ }).click();
    await head.locator('.ant-tag', { hasText: '已答复待评价' }).first().waitFor();

    // the deputy is not satisfied: re-handling opens with its own clock
    await staff.reload();
    await staff.getByRole('button', { name: '记录满意度' }).click();
    dialog = staff.getByRole('dialog');
    await dialog.getByLabel('不满意').check();
    await pickDate(dialog, '评价日期', daysBefore(18));
    await dialog.getByLabel('代表委员意见').fill('未说明托育点的数量和建成时间');
    await dialog.getByRole('button', { name: /^记\s?录$/ }).click();
    await staff.locator('.ant-tag', { hasText: '重新办理中' }).first().waitFor();
    expect(await staff.locator('.ant-card', { hasText: '办理时限' }).innerText()).toContain(
      '不满意重新办理答复',
    );
    expect(await staff.locator('.ant-card', { hasText: '首次答复' }).innerText()).toContain(
      '未说明托育点的数量和建成时间',
    );
    await world.screenshot(staff, 'suggestion-rehandling');

    // re-handled: a new answer with a promised action, signed off again
    await staff.getByRole('button', { name: '拟写答复' }).click();
    dialog = staff.getByRole('dialog');
    await dialog.getByText('代表委员对首次答复不满意').waitFor();
    await dialog.getByLabel('B类（列入计划拟解决）').check();
    await dialog
      .getByLabel('答复内容')
      .fill('经重新办理：明年新增普惠托育点6个、托位300个，首批3个点年中建成。');
    await dialog.getByRole('button', { name: '增加承诺事项' }).click();
    await dialog.getByPlaceholder('承诺事项').fill('首批3个普惠托育点建成');
    await dialog.getByPlaceholder('完成时限').fill(`${Number(TODAY.slice(0, 4)) + 1}-06-30`);
    await dialog.getByPlaceholder('完成时限').press('Tab');
    await dialog.getByRole('button', { name: '提交负责人签发' }).click();
    await staff.getByText('待负责人签发').waitFor();
    await head.reload();
    await head.getByRole('button', { name: '签发答复' }).click();
    dialog = head.getByRole('dialog');
    await pickDate(dialog, '答复日期', daysBefore(15));
    await dialog.getByRole('button', { name: /^签\s?发$/ }).click();
    await head.locator('.ant-tag', { hasText: '已答复待评价' }).first().waitFor();
    await head.getByText('首批3个普惠托育点建成').first().waitFor();
    await head.close();

    // rated 基本满意: closed; the office sends the answer for publication
    await staff.reload();
    await staff.getByRole('button', { name: '记录满意度' }).click();
    dialog = staff.getByRole('dialog');
    await dialog.getByLabel('基本满意').check();
    await dialog.getByRole('button', { name: /^记\s?录$/ }).click();
    await staff.locator('.ant-tag', { hasText: '办结' }).first().waitFor();
    await staff.close();
    const office = await world.signedIn('duchaban');
    await openItem(office, title);
    await office.getByRole('button', { name: '报送政务公开' }).click();
    await office.locator('.ant-descriptions').getByText(/已报送/).waitFor();

    // the disclosure office's part there: the unit submits, the office reviews for secrets, the unit's principal signs
    const item = await disclosureClient(world.disclosureUrl!).intake.status.query({
      sourceRef: `suggestion:${made.id}:2`,
    });
    const version = async () =>
      (
        (await world.disclosure('disclosure-editor', 'items.get', { id: item.id }, 'query')) as {
          version: number;
        }
      ).version;
    await world.disclosure('jiaowei-staff', 'items.submit', { id: item.id, version: await version() });
    await world.disclosure('disclosure-editor', 'items.review', {
      id: item.id,
      version: await version(),
      decision: 'pass',
    });
    await world.disclosure('jiaowei-head', 'items.sign', {
      id: item.id,
      version: await version(),
      attested: [],
    });
    await office.reload();
    await office.getByText(/已发布，索引号/).waitFor();
    await world.screenshot(office, 'suggestion-published');
    await office.close();

    // anyone reads the re-handled answer on the portal
    const reader = await world.browser.newPage({ javaScriptEnabled: false, locale: 'zh-CN' });
    await reader.goto(`${world.disclosureUrl}/documents/${item.id}`);
    const text = await reader.locator('body').innerText();
    expect(text).toContain('区教委关于开州区第十八届人民代表大会第六次会议第0102号建议的答复（重新办理）');
    expect(text).toContain('经重新办理：明年新增普惠托育点6个');
    await world.screenshot(reader, 'suggestion-portal-answer');
    await reader.close();
  }, 180_000);
});

async function deptId(code: string) {
  return (await world.t.db.department.findFirstOrThrow({ where: { code } })).id;
}

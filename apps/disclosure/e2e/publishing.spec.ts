// What a person sees publishing in the disclosure staff pages (Debian's Chromium): a policy refused until its drafting
// unit's interpretation exists, an interpretation by another unit refused with the rule, the policy then reviewed,
// signed by the deputy head in charge and published with its interpretation; an item withheld with its legal reason.
import { chinaDate } from '@zhengling/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, pickDate, startWorld, type World } from './harness';

let w: World;
let policyUrl: string;

beforeAll(async () => {
  w = await startWorld();
}, 180_000);
afterAll(() => w?.close());

async function draftThroughForm(username: string, fields: { title: string; kind?: string; signoffKind: string; interpretation?: boolean }) {
  const page = await w.signedIn(username);
  await page.goto(`${w.staff}/items/new`);
  if (fields.kind) await choose(page, '类别', fields.kind);
  await page.getByLabel('标题', { exact: true }).fill(fields.title);
  await page.getByLabel('文号').fill('开州府办发〔2026〕31号');
  await page.getByLabel('发文机关').fill('重庆市开州区人民政府办公室');
  // a day whose 20-working-day clock ends inside the years the calendar holds
  await pickDate(page, '成文日期', '2026-11-20');
  await pickDate(page, '信息形成（变更）日期', '2026-11-20');
  await choose(page, '主题分类', '科技、教育');
  await choose(page, '签发类别（决定由谁签发）', fields.signoffKind);
  await page.getByLabel('法律依据').fill('《中华人民共和国教育法》');
  await page.getByLabel('正文').fill('一、总体要求\n各中小学校应当提供课后托管服务。\n二、保障措施\n所需经费由区财政统筹安排。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.getByTestId('item').waitFor();
  return page;
}

describe('a policy and its interpretation in the browser', () => {
  it('is refused for review until its drafting unit has interpreted it, with KZ 二十八 on the page', { timeout: 120_000 }, async () => {
    const page = await draftThroughForm('jiaowei-staff', { title: '关于做好寒假期间中小学生安全工作的通知', signoffKind: '区政府办公室政策性公文（开州）' });
    policyUrl = page.url();
    await page.getByRole('button', { name: '提交保密审查' }).click();
    const refusal = page.getByTestId('action-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('二十八');
    expect(await refusal.textContent()).toContain('谁起草、谁解读');
    await w.screenshot(page, 'disclosure-1-policy-blocked');
    await page.goto(`${w.staff}/`);
    expect(await page.getByTestId('duties').textContent()).toContain('关于做好寒假期间中小学生安全工作的通知');
    await page.context().close();
  });

  it('refuses an interpretation written by another unit, naming the drafting unit and the article', { timeout: 120_000 }, async () => {
    const page = await w.signedIn('disclosure-editor');
    await page.goto(policyUrl);
    await page.getByLabel('解读内容').fill('一、出台背景\n（政务公开办公室代拟）');
    await page.getByRole('button', { name: '保存政策解读' }).click();
    const refusal = page.getByTestId('interpretation-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('政策解读须由起草单位区教委负责');
    expect(await refusal.textContent()).toContain('二十八');
    await w.screenshot(page, 'disclosure-2-wrong-unit-refused');
    await page.context().close();
  });

  it('is published with its interpretation once the drafting unit wrote it, reviewed and signed by the deputy in charge', { timeout: 120_000 }, async () => {
    const staff = await w.signedIn('jiaowei-staff');
    await staff.goto(policyUrl);
    await staff.getByRole('tab', { name: '问答式解读' }).click();
    await staff.getByLabel('问题1').fill('寒假期间学校要做哪些安全工作？');
    await staff.getByLabel('回答1').fill('开展一次安全教育，发放一封致家长的信，排查一次校园安全隐患。');
    await staff.getByRole('button', { name: '保存政策解读' }).click();
    await staff.getByText('已起草：').waitFor();
    await staff.getByRole('button', { name: '提交保密审查' }).click();
    await staff.getByText('保密审查中').first().waitFor();
    await staff.context().close();

    const editor = await w.signedIn('disclosure-editor');
    await editor.goto(policyUrl);
    await editor.getByRole('button', { name: '审查通过，送签发' }).click();
    await editor.getByText('待签发').first().waitFor();
    await editor.context().close();

    const lin = await w.signedIn('leader-lin');
    await lin.goto(policyUrl);
    expect(await lin.getByTestId('sign-panel').textContent()).toContain('应由 分管副区长 签发');
    await lin.getByRole('button', { name: /^签 ?发$/ }).click();
    expect(await lin.getByTestId('action-error').textContent()).toContain('区长不能签发该公文');
    await lin.context().close();

    const chen = await w.signedIn('leader-chen');
    await chen.goto(`${w.staff}/`);
    await chen.getByTestId('to-sign').getByText('关于做好寒假期间中小学生安全工作的通知').click();
    await chen.getByRole('button', { name: /^签 ?发$/ }).click();
    await chen.getByText('已发布').first().waitFor();
    const text = await chen.getByTestId('item').textContent();
    // the index number carries the year it was published in
    expect(text).toMatch(new RegExp(`11500234DEMO00000X/${chinaDate(new Date()).slice(0, 4)}-\\d{5}`));
    expect(text).toContain('分管副区长 陈雅琴（副区长）');
    expect(await chen.getByTestId('interpretation').textContent()).toContain('已发布');
    await w.screenshot(chen, 'disclosure-3-published-with-interpretation');
    await chen.context().close();
  });
});

describe('an item withheld in review', () => {
  it('shows its legal reason and the article of the regulation', { timeout: 120_000 }, async () => {
    const staff = await draftThroughForm('jiaowei-staff', { title: '关于申请追加课后服务经费的请示', kind: '其他主动公开信息', signoffKind: '部门自行发文' });
    const url = staff.url();
    await staff.getByRole('button', { name: '提交保密审查' }).click();
    await staff.getByText('保密审查中').first().waitFor();
    await staff.context().close();
    const editor = await w.signedIn('disclosure-editor');
    await editor.goto(url);
    await choose(editor, '不予公开理由', '讨论记录、过程稿、磋商信函、请示报告等过程性信息');
    await editor.getByRole('button', { name: '不予公开' }).click();
    await editor.getByText('该事项经保密审查不予公开').waitFor();
    const text = await editor.getByTestId('item').textContent();
    expect(text).toContain('过程性信息，《政府信息公开条例》第十六条第二款');
    await w.screenshot(editor, 'disclosure-4-withheld');
    await editor.context().close();
  });
});

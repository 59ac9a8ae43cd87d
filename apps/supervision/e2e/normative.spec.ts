// The normative-document registry in the browser: a document under legality review, moved on as far as the rules let
// it, refused at the meeting while the justice bureau's review is missing, with the article shown; then reviewed by
// the justice bureau and moved on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWorld, type World } from './harness';

let world: World;
beforeAll(async () => {
  world = await startWorld();
}, 120_000);
afterAll(async () => world?.close());

describe('the normative-document registry', () => {
  test('refuses a document the meeting while its legality review is missing, citing the rule, and lets it on once reviewed', async () => {
    const page = await world.signedIn('duchaban');
    await page.getByRole('menuitem', { name: /规范性文件$/ }).click();
    await page.getByRole('link', { name: '开州区户外广告设施设置管理办法' }).click();
    await page.getByText('下一步').first().waitFor();
    // Kaizhou: legality review → completeness review has no condition; the office moves it on
    await page.getByRole('button', { name: '进入「完备性审核」' }).click();
    await page.getByRole('button', { name: '进入「会议审议」' }).waitFor();
    // what the meeting still waits for is shown with its article before anyone tries
    const missing = page.locator('.missing-steps');
    await expect.poll(() => missing.innerText()).toContain('未经合法性审核，不得提请审议');
    expect(await missing.innerText()).toContain('开州府发〔2021〕7号');
    // tried anyway: refused, the rule and its article in the message, nothing moved
    await page.getByRole('button', { name: '进入「会议审议」' }).click();
    const refusal = page.locator('.ant-alert-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('不能进入「会议审议」');
    expect(await refusal.innerText()).toContain('未经合法性审核，不得提请审议。〔开州府发〔2021〕7号 十八第二段〕');
    expect(await page.locator('.ant-descriptions').innerText()).toContain('完备性审核');
    await world.screenshot(page, 'normative-refused');

    // the justice bureau records its review
    const justice = await world.signedIn('legal-reviewer');
    await justice.goto(page.url());
    await justice.getByRole('button', { name: '记录程序事项' }).click();
    const dialog = justice.getByRole('dialog');
    await dialog.locator('.ant-select').first().click();
    await justice.locator('.ant-select-item-option', { hasText: '已经合法性审查（审核）' }).click();
    await dialog.getByLabel('意见或依据').fill('经审核，未发现违法内容，同意提请审议。');
    await world.screenshot(justice, 'normative-review-form');
    await dialog.getByRole('button', { name: /^记\s?录$/ }).click();
    await justice.locator('.ant-tag', { hasText: '已经合法性审查（审核）：是' }).waitFor();
    await justice.close();

    // back at the office: only the other steps remain missing
    await page.reload();
    await expect.poll(() => page.locator('.missing-steps').innerText()).not.toContain('未经合法性审核');
    expect(await page.locator('.missing-steps').innerText()).toContain('未经公开征求意见');
    await world.screenshot(page, 'normative-reviewed');
  }, 90_000);
});

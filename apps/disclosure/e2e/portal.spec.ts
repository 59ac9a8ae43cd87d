// What a reader sees on the public portal (Debian's Chromium, JavaScript off: the pages must not need it): a policy
// found by a two-character search, opened with its interpretation linked; a withheld item absent; larger text; an
// application submitted and its status checked; and every kind of page checked by axe-core (no serious violation),
// in the standard and the larger text.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousAxeViolations } from '@zhengling/testing/browser';
import { startWorld, type World } from './harness';

let w: World;

beforeAll(async () => {
  w = await startWorld();
}, 180_000);
afterAll(() => w?.close());

it('a reader finds a policy by two characters and reads it with its interpretation, without JavaScript', { timeout: 120_000 }, async () => {
  const root = w.staff.replace(/\/staff$/, '');
  const context = await w.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', javaScriptEnabled: false });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${root}/`);
  await page.getByRole('searchbox', { name: '站内检索' }).fill('工作规则');
  await page.getByRole('button', { name: '检索' }).click();
  await page.getByTestId('results').waitFor();
  expect(await page.locator('mark').first().textContent()).toBe('工作规则');
  await w.screenshot(page, 'portal-1-search');
  await page.getByRole('link', { name: '重庆市开州区人民政府工作规则' }).first().click();
  expect(await page.getByTestId('metadata').textContent()).toContain('开州府发〔2021〕7号');
  await page.getByTestId('interpretation-link').getByRole('link').click();
  expect(await page.getByTestId('interprets-link').textContent()).toContain('重庆市开州区人民政府工作规则');
  await w.screenshot(page, 'portal-2-interpretation');

  // the withheld 请示 of the demo is nowhere
  await page.goto(`${root}/search?q=${encodeURIComponent('前期工作经费')}`);
  expect(await page.getByTestId('results').textContent()).toContain('没有找到相关信息');

  // larger text, kept across pages
  await page.goto(`${root}/guide`);
  await page.getByRole('link', { name: '大', exact: true }).click();
  expect(await page.locator('body').getAttribute('class')).toBe('large');
  await page.goto(`${root}/`);
  expect(await page.locator('body').getAttribute('class')).toBe('large');
  await w.screenshot(page, 'portal-3-large-text');
  await context.close();
});

it('an applicant submits an application without JavaScript and checks its status with the receipt', { timeout: 120_000 }, async () => {
  const root = w.staff.replace(/\/staff$/, '');
  const context = await w.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', javaScriptEnabled: false });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${root}/`);
  await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '依申请公开' }).click();
  // a mistake first: the form comes back with what was typed and the reason beside the field
  await page.getByLabel('申请人类型（必填）').selectOption({ label: '自然人' });
  await page.getByLabel('申请人姓名或者名称（必填）').fill('周某');
  await page.getByLabel('联系方式（必填）').fill('zhou@example.cn');
  await page.getByLabel('所需政府信息的名称、文号或者便于查询的其他特征性描述（必填）').fill('　');
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('申请未提交');
  expect(await page.getByLabel('联系方式（必填）').inputValue()).toBe('zhou@example.cn');
  await page.getByLabel('所需政府信息的名称、文号或者便于查询的其他特征性描述（必填）').fill('本区2026年城区义务教育学校学位数及划片范围');
  await page.getByLabel('获取信息的方式和其他说明').fill('电子邮件发送');
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByTestId('receipt').waitFor();
  const receipt = (await page.getByTestId('receipt-number').textContent())!;
  const code = (await page.getByTestId('secret-code').textContent())!;
  expect(receipt).toMatch(/^开州政公申〔\d{4}〕\d+号$/);
  await w.screenshot(page, 'portal-4-application-receipt');
  const stored = await w.t.db.disclosureApplication.findUniqueOrThrow({ where: { receiptNumber: receipt } });
  expect(stored).toMatchObject({ channel: 'online', applicantName: '周某', description: '本区2026年城区义务教育学校学位数及划片范围' });

  await page.getByRole('link', { name: '查询办理进度 »' }).click();
  expect(await page.getByLabel('受理编号').inputValue()).toBe(receipt);
  await page.getByLabel('查询码').fill(code);
  await page.getByRole('button', { name: '查询进度' }).click();
  await page.getByTestId('application-status').waitFor();
  const status = (await page.getByTestId('application-status').textContent())!;
  expect(status).toContain(receipt);
  expect(status).toContain('办理中');
  expect(status).toContain('答复期限');
  await w.screenshot(page, 'portal-5-application-status');
  await context.close();
});

it('every kind of portal page has no serious accessibility violation (axe-core), in standard and larger text', { timeout: 120_000 }, async () => {
  const root = w.staff.replace(/\/staff$/, '');
  const policy = await w.t.db.disclosureItem.findFirstOrThrow({ where: { docNumber: { startsWith: '开州府发〔2021〕' }, state: 'published' } });
  const replaced = await w.t.db.disclosureItem.findFirstOrThrow({ where: { validity: 'repealed', state: 'published' } });
  const pages = ['/', `/search?q=${encodeURIComponent('解读')}`, '/policies', '/catalogue', '/interpretations', '/cleanup', '/answers', `/documents/${policy.id}`, `/documents/${replaced.id}`, '/guide', '/apply', '/apply/status?receipt=X&code=Y', '/documents/nothing-here'];
  // axe runs as a script in the page: this context allows script (the pages ship none, so they render the same)
  const context = await w.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const found: Record<string, unknown> = {};
  for (const size of ['normal', 'large'])
    for (const path of pages) {
      await page.goto(`${root}/prefs/text-size?value=${size}&back=${encodeURIComponent(path)}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      const violations = await seriousAxeViolations(page);
      if (violations.length) found[`${size} ${path}`] = violations;
    }
  // the form with its errors shown
  await page.goto(`${root}/apply`);
  await page.getByRole('button', { name: '提交申请' }).evaluate((b) => (b as unknown as { form: { noValidate: boolean } }).form.noValidate = true);
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByRole('alert').waitFor();
  const withErrors = await seriousAxeViolations(page);
  if (withErrors.length) found['large /apply (errors)'] = withErrors;
  await w.screenshot(page, 'portal-6-application-errors-large-text');
  expect(found).toEqual({});
  await context.close();
});

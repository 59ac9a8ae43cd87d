// A cleanup in the browser, from a unit's proposal to the portal: this year's cleanup under way (one unit past its
// deadline), the development and reform commission proposes to repeal its investment measures, the justice bureau
// reviews (Kaizhou's rulebook is silent on cleanups: the page says so), the office records the meeting's approval and
// sends the result list to the disclosure app — where, once reviewed and signed, it marks the document 废止 on the
// portal's own page for it. The disclosure app runs as its own process on the same database.
// first: the shared secret must be in the environment before any app module reads it
import './service-secret';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { disclosureClient } from '../src/disclosure/disclosure-client';
import { startWorld, type World } from './harness';

let world: World;
beforeAll(async () => {
  world = await startWorld({ withDisclosure: true });
}, 180_000);
afterAll(async () => world?.close());

/** The disclosure office's part, as its staff do it there: the drafting unit interprets and submits (or the office
 * submits what it received), the office reviews for secrets, the one the rulebook names signs. */
async function publishThere(sourceRef: string, steps: { drafter: string; interpret: boolean; signer: string; attested: number }) {
  // what became of the draft there, asked as the supervision app asks (its intake's status)
  const item = await disclosureClient(world.disclosureUrl!).intake.status.query({ sourceRef });
  const version = async () => ((await world.disclosure('disclosure-editor', 'items.get', { id: item.id }, 'query')) as { version: number }).version;
  if (steps.interpret)
    await world.disclosure(steps.drafter, 'items.writeInterpretation', {
      policyId: item.id,
      content: { form: 'qa', pairs: [{ q: '为什么制定本办法？', a: '规范政府投资项目的审批和管理。' }] },
    });
  await world.disclosure(steps.drafter, 'items.submit', { id: item.id, version: await version() });
  await world.disclosure('disclosure-editor', 'items.review', { id: item.id, version: await version(), decision: 'pass' });
  const attested = Array.from({ length: steps.attested }, (_, index) => ({ index, reference: `记录${index + 1}` }));
  await world.disclosure(steps.signer, 'items.sign', { id: item.id, version: await version(), attested });
  return item.id;
}

describe('a cleanup of normative documents', () => {
  test('a repeal proposed, reviewed, approved at the meeting and published reaches the portal’s page for the document as 废止', async () => {
    // the office sees the cleanup under way: a unit past its deadline
    const office = await world.signedIn('duchaban');
    await office.getByRole('menuitem', { name: '规范性文件清理' }).click();
    await office.getByRole('link', { name: /年度规范性文件清理$/ }).click();
    const units = office.locator('.ant-card', { hasText: '各单位进度' });
    await units.getByText('逾期未报').waitFor();
    expect(await office.locator('.ant-descriptions').innerText()).toContain('开州区规则未规定规范性文件定期清理');
    await world.screenshot(office, 'cleanup-under-way');
    const cleanupUrl = office.url();

    // the development and reform commission proposes to repeal its investment measures
    const unit = await world.signedIn('fagaiwei-staff');
    await unit.goto(cleanupUrl);
    const row = unit.locator('tr', { hasText: '政府投资项目管理办法' });
    await row.getByRole('button', { name: '提出意见' }).click();
    const propose = unit.getByRole('dialog');
    await propose.getByLabel('废止').check();
    await propose.getByLabel('理由').fill('《政府投资条例》施行后，办法的审批程序已不适用，拟以新办法替代。');
    await propose.getByRole('button', { name: /^提\s?出$/ }).click();
    await row.getByText('待司法局审查').waitFor();
    await unit.close();

    // the justice bureau reviews both proposals awaiting it; the basis says the rulebook is silent
    const justice = await world.signedIn('legal-reviewer');
    await justice.goto(cleanupUrl);
    for (const title of ['校外托管机构管理办法', '政府投资项目管理办法']) {
      const r = justice.locator('tr', { hasText: title });
      await r.getByRole('button', { name: /^审\s?查$/ }).click();
      const review = justice.getByRole('dialog');
      await review.getByLabel('审查意见').fill('经审查，同意起草单位意见。');
      await review.getByRole('button', { name: '提交审查意见' }).click();
      await r.getByText('审查同意').waitFor();
    }
    expect(await justice.locator('tr', { hasText: '政府投资项目管理办法' }).innerText()).toContain('规则未规定');
    await world.screenshot(justice, 'cleanup-reviewed');
    await justice.close();

    // the office records the meeting's approval (only the meetings rules-core names are offered)
    await office.reload();
    await office.getByRole('button', { name: '登记会议审定' }).click();
    const approve = office.getByRole('dialog');
    await approve.locator('.ant-select').click();
    const options = await office.locator('.ant-select-item-option').allInnerTexts();
    expect(options).toEqual(['区政府全体会议', '区政府常务会议']);
    await office.locator('.ant-select-item-option', { hasText: '区政府常务会议' }).click();
    await approve.getByLabel('会议名称').fill('区政府第45次常务会议');
    // the meeting sat the day the cleanup opened: the result list's 20-working-day disclosure clock then ends in a year
    // whose holiday schedule the calendar holds (a day in 2027 cannot be counted yet, and is never guessed)
    const opened = (await world.t.db.normativeCleanup.findFirstOrThrow({ where: { state: 'open' } })).openedOn.toISOString().slice(0, 10);
    await approve.getByLabel('会议日期').fill(opened);
    await approve.getByLabel('会议日期').press('Enter');
    await approve.getByRole('button', { name: /^登\s?记$/ }).click();
    await office.locator('.ant-tag', { hasText: '已审定' }).first().waitFor();

    // the document is on the portal already (its unit sent it with its text from the registry)
    const doc = await world.t.db.normativeDocument.findFirstOrThrow({ where: { title: { contains: '政府投资项目管理办法' } } });
    expect(doc.validity).toBe('repealed');
    const owner = await world.signedIn('fagaiwei-staff');
    await owner.goto(`${world.url}/normative/${doc.id}`);
    await owner.getByRole('button', { name: '报送政务公开' }).click();
    const send = owner.getByRole('dialog');
    await send.getByLabel('文件全文').fill('第一条 为了规范政府投资行为，根据《政府投资条例》，制定本办法。\n第二条 本办法自公布之日起施行。');
    await send.getByRole('button', { name: /^报\s?送$/ }).click();
    await owner.getByText(/已于 .* 报送政务公开系统/).waitFor();
    await owner.close();
    await publishThere(`normative:${doc.id}`, { drafter: 'fagaiwei-staff', interpret: true, signer: 'leader-lin', attested: 3 });

    // the office sends the result list; published there, it marks the document
    await office.getByRole('button', { name: '报送政务公开' }).click();
    await office.getByText(/清理结果已报送/).waitFor();
    const cleanup = await world.t.db.normativeCleanup.findFirstOrThrow({ where: { state: 'sent' }, orderBy: { sentAt: 'desc' } });
    await publishThere(`cleanup:${cleanup.id}`, { drafter: 'disclosure-editor', interpret: false, signer: 'leader-wu', attested: 0 });
    await office.reload();
    await office.getByText(/已发布，索引号/).waitFor();
    await world.screenshot(office, 'cleanup-sent');

    // anyone reading the portal sees 废止 on the document's own page, and why
    const item = await disclosureClient(world.disclosureUrl!).intake.status.query({ sourceRef: `normative:${doc.id}` });
    const reader = await world.browser.newPage({ javaScriptEnabled: false, locale: 'zh-CN' });
    await reader.goto(`${world.disclosureUrl}/documents/${item.id}`);
    const text = await reader.locator('body').innerText();
    expect(text).toContain('废止');
    expect(text).toContain('依清理结果：关于公布');
    await world.screenshot(reader, 'cleanup-portal-repealed');
    await reader.close();
  }, 180_000);
});

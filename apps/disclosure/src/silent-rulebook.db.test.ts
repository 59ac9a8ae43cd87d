// Where a rulebook is silent the app says so and never guesses: Shapingba's rules say nothing on policy
// interpretation (its 第十九条第二款 is about interpreting normative documents), so the office's setting decides,
// with its source on every refusal; a document kind whose signer the rulebook does not name is shown as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, refusalOf, startTestServer, type TestServer } from './testing/server';

let s: TestServer;
let staff: Caller;
let editor: Caller;
let wu: Caller;
let education: string;

const rejected = refusalOf;

beforeAll(async () => {
  s = await startTestServer({ district: 'shapingba', now: () => new Date('2026-03-10T02:00:00Z') });
  [staff, editor, wu] = (await Promise.all(['jiaowei-staff', 'disclosure-editor', 'leader-wu'].map((u) => s.as(u)))) as [Caller, Caller, Caller];
  education = (await s.t.db.department.findUniqueOrThrow({ where: { code: 'education' } })).id;
}, 120_000);
afterAll(() => s?.close());

const fields = (over: Record<string, unknown> = {}) => ({
  kind: 'policy',
  title: '关于规范校外培训的通知',
  issuer: '重庆市沙坪坝区人民政府办公室',
  draftingDepartmentId: education,
  formedOn: '2026-03-02',
  category: '科技、教育',
  legalBasis: '《中华人民共和国教育法》',
  bodyText: '一、总体要求\n规范校外培训。',
  signoffKind: 'office-document',
  ...over,
});

describe('in Shapingba, whose rulebook is silent on policy interpretation', () => {
  it('asks the drafting unit for an interpretation by the configured practice, saying the rulebook is silent', async () => {
    const item = await staff.mutate<{ id: string; version: number; needsInterpretation: boolean }>('items.create', fields());
    expect(item.needsInterpretation).toBe(true);
    const e = await rejected(staff.mutate('items.submit', { id: item.id, version: item.version }));
    expect(e.appCode).toBe('RULE_VIOLATION');
    expect(e.messageZh).toContain('沙坪坝区规则未规定政策解读');
    expect(e.messageZh).toContain('国办发〔2016〕80号');
    const other = await rejected(editor.mutate('items.writeInterpretation', { policyId: item.id, content: { form: 'text', bodyText: '代拟解读' } }));
    expect(other.messageZh).toContain('本区规则未规定政策解读由谁负责；按配置');
  });

  it('has the office director sign an office document (第四十八条第（三）项)', async () => {
    let item = await staff.mutate<{ id: string; version: number; state: string }>('items.create', fields({ title: '关于召开全区教育工作会议的通知', needsInterpretation: false }));
    item = await staff.mutate('items.submit', { id: item.id, version: item.version });
    item = await editor.mutate('items.review', { id: item.id, version: item.version, decision: 'pass' });
    const full = await wu.query<{ signoffPlan: { signers: string[]; basis: string } }>('items.get', { id: item.id });
    expect(full.signoffPlan.signers).toEqual(['区政府办公室主任']);
    expect(full.signoffPlan.basis).toContain('第四十八条第（三）项');
    item = await wu.mutate('items.sign', { id: item.id, version: item.version });
    expect(item.state).toBe('published');
  });

  it('shows that the rulebook does not name the signer of a kind it does not regulate, and refuses to publish it', async () => {
    let item = await staff.mutate<{ id: string; version: number }>('items.create', fields({ title: '关于2026年学校食堂检查情况的通报', needsInterpretation: false, signoffKind: 'overall-policy-document' }));
    item = await staff.mutate('items.submit', { id: item.id, version: item.version });
    item = await editor.mutate('items.review', { id: item.id, version: item.version, decision: 'pass' });
    const full = await editor.query<{ signoffPlan: { silent?: string } }>('items.get', { id: item.id });
    expect(full.signoffPlan.silent).toContain('未作规定');
    expect((await rejected(wu.mutate('items.sign', { id: item.id, version: item.version }))).appCode).toBe('RULEBOOK_SILENT');
  });
});

// Publishing, as the rulebooks and the regulation say it goes: drafted by a unit, reviewed for secrets by the
// disclosure office, signed by whoever the district's rulebook names, then published with its 索引号 — a policy only
// with its drafting unit's interpretation (谁起草、谁解读, KZ 二十八) — or withheld with its legal reason.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, refusalOf, startTestServer, type TestServer } from './testing/server';

let s: TestServer;
let staff: Caller; // 区教委 张敏
let editor: Caller; // 政务公开 何静 (big-data)
let chen: Caller; // 陈雅琴, deputy head in charge of education
let lin: Caller; // 林志远, district head
let fagaiwei: Caller;
let education: string;
let govOffice: string;

interface Item {
  id: string;
  version: number;
  state: string;
  indexNumber: string | null;
  validity: string;
}
interface FullItem extends Item {
  interpretation: { id: string; state: string } | null;
  interprets: { id: string } | null;
  events: { step: string; note: string; actorLabel: string }[];
  deadlines: { kind: string; status: string }[];
  relatedTo: { kind: string; from: { id: string } }[];
}

const fields = (over: Record<string, unknown> = {}) => ({
  kind: 'policy',
  title: '关于进一步加强中小学课后服务工作的通知',
  docNumber: '开州府办发〔2026〕12号',
  issuer: '重庆市开州区人民政府办公室',
  draftingDepartmentId: education,
  writtenOn: '2026-03-02',
  formedOn: '2026-03-02',
  category: '科技、教育',
  attribute: 'proactive',
  legalBasis: '《中华人民共和国教育法》',
  summary: '课后服务的时间、内容和保障',
  bodyText: '一、总体要求\n各校应当在课后提供托管服务。\n二、保障措施\n经费由区财政统筹。',
  signoffKind: 'office-policy-document',
  ...over,
});

const rejected = refusalOf;

beforeAll(async () => {
  s = await startTestServer({ now: () => new Date('2026-03-10T02:00:00Z') });
  [staff, editor, chen, lin, fagaiwei] = (await Promise.all(
    ['jiaowei-staff', 'disclosure-editor', 'leader-chen', 'leader-lin', 'fagaiwei-staff'].map((u) => s.as(u)),
  )) as [Caller, Caller, Caller, Caller, Caller];
  education = (await s.t.db.department.findUniqueOrThrow({ where: { code: 'education' } })).id;
  govOffice = (await s.t.db.department.findUniqueOrThrow({ where: { code: 'gov-office' } })).id;
}, 120_000);
afterAll(() => s?.close());

describe('a policy and its interpretation (谁起草、谁解读)', () => {
  let policy: Item;

  it('cannot be submitted before its drafting unit has interpreted it, citing KZ 二十八', async () => {
    policy = await staff.mutate<Item>('items.create', fields());
    const e = await rejected(staff.mutate('items.submit', { id: policy.id, version: policy.version }));
    expect(e.appCode).toBe('RULE_VIOLATION');
    expect(e.messageZh).toContain('开州府发〔2021〕7号 二十八');
    expect(e.messageZh).toContain('谁起草、谁解读');
    const home = await staff.query<{ duties: { id: string; dueDate: string }[] }>('items.home');
    expect(home.duties.map((d) => d.id)).toContain(policy.id);
    // 20 working days from 2 March 2026
    expect(home.duties.find((d) => d.id === policy.id)!.dueDate).toBe('2026-03-30');
  });

  it('refuses an interpretation by any other unit, naming the drafting unit and the article', async () => {
    const e = await rejected(
      editor.mutate('items.writeInterpretation', { policyId: policy.id, content: { form: 'text', bodyText: '代为解读。' } }),
    );
    expect(e.appCode).toBe('RULE_VIOLATION');
    expect(e.messageZh).toContain('须由起草单位区教委负责');
    expect(e.messageZh).toContain('二十八');
    // another department does not even learn that the draft exists
    expect((await rejected(fagaiwei.mutate('items.writeInterpretation', { policyId: policy.id, content: { form: 'text', bodyText: '解读' } }))).appCode).toBe('NOT_FOUND');
  });

  it('accepts the drafting unit’s interpretation as questions and answers, then goes to review', async () => {
    await staff.mutate('items.writeInterpretation', {
      policyId: policy.id,
      content: { form: 'qa', pairs: [{ q: '课后服务收费吗？', a: '不收费，经费由区财政统筹。' }] },
    });
    const home = await staff.query<{ duties: { id: string }[] }>('items.home');
    expect(home.duties.map((d) => d.id)).not.toContain(policy.id);
    policy = await staff.mutate<Item>('items.submit', { id: policy.id, version: policy.version });
    expect(policy.state).toBe('in_review');
  });

  it('is reviewed for secrets by the disclosure office only', async () => {
    expect((await rejected(staff.mutate('items.review', { id: policy.id, version: policy.version, decision: 'pass' }))).appCode).toBe('FORBIDDEN');
    policy = await editor.mutate<Item>('items.review', { id: policy.id, version: policy.version, decision: 'pass' });
    expect(policy.state).toBe('awaiting_signoff');
  });

  it('is signed by the deputy head in charge (KZ 四十三（四）), not by the district head', async () => {
    const e = await rejected(lin.mutate('items.sign', { id: policy.id, version: policy.version }));
    expect(e.appCode).toBe('RULE_VIOLATION');
    expect(e.messageZh).toContain('应由分管副区长签发');
    expect(e.messageZh).toContain('四十三（四）');
    const home = await chen.query<{ toSign: { id: string }[] }>('items.home');
    expect(home.toSign.map((i) => i.id)).toContain(policy.id);
    policy = await chen.mutate<Item>('items.sign', { id: policy.id, version: policy.version });
    expect(policy.state).toBe('published');
    expect(policy.indexNumber).toBe('11500234DEMO00000X/2026-00001');
  });

  it('is published together with its interpretation, each linking to the other, its clocks met', async () => {
    const full = await staff.query<FullItem>('items.get', { id: policy.id });
    expect(full.interpretation).toMatchObject({ state: 'published' });
    const interp = await fagaiwei.query<FullItem>('items.get', { id: full.interpretation!.id });
    expect(interp.interprets!.id).toBe(policy.id);
    expect(interp.indexNumber).toBe('11500234DEMO00000X/2026-00002');
    expect(full.deadlines.map((d) => [d.kind, d.status])).toEqual([
      ['disclosure.interpretation', 'met'],
      ['disclosure.proactive', 'met'],
    ]);
    expect(full.events.map((e) => e.step)).toEqual(['created', 'interpretation', 'submitted', 'reviewed', 'signed', 'published']);
    expect(full.events.find((e) => e.step === 'signed')!.note).toContain('分管副区长 陈雅琴（副区长） 签发');
  });
});

describe('a document the office withholds', () => {
  it('is withheld with a legal reason from the fixed list, and its clocks cancelled', async () => {
    let item = await staff.mutate<Item>('items.create', fields({ kind: 'other', title: '关于课后服务经费测算的请示', signoffKind: 'department', needsInterpretation: false }));
    item = await staff.mutate<Item>('items.submit', { id: item.id, version: item.version });
    expect((await rejected(editor.mutate('items.review', { id: item.id, version: item.version, decision: 'withhold', reason: 'made-up' }))).appCode).toBe('INVALID_INPUT');
    item = await editor.mutate<Item>('items.review', {
      id: item.id,
      version: item.version,
      decision: 'withhold',
      reason: 'process-information',
    });
    const full = await staff.query<FullItem & { attribute: string; attributeReason: string }>('items.get', { id: item.id });
    expect(full).toMatchObject({ state: 'withheld', attribute: 'withheld', attributeReason: 'process-information', indexNumber: null });
    expect(full.events.at(-1)!.note).toContain('过程性信息');
    expect(full.events.at(-1)!.note).toContain('第十六条第二款');
    expect(full.deadlines.every((d) => d.status === 'cancelled')).toBe(true);
    // and another department never sees it
    expect((await rejected(fagaiwei.query('items.get', { id: item.id }))).appCode).toBe('NOT_FOUND');
  });
});

describe('a normative document of the district government (KZ 四十三（二）)', () => {
  let old: Item;
  let amending: Item;
  const normative = (over: Record<string, unknown>) =>
    fields({ kind: 'normative_document', signoffKind: 'government-normative-document', issuer: '重庆市开州区人民政府', draftingDepartmentId: govOffice, needsInterpretation: false, ...over });

  it('is signed by the district head only after the justice bureau, the executive meeting and the deputy in charge', async () => {
    const office = await s.as('zhengfuban-staff');
    old = await office.mutate<Item>('items.create', normative({ title: '开州区行政规范性文件管理办法', docNumber: '开州府发〔2026〕1号' }));
    old = await office.mutate<Item>('items.submit', { id: old.id, version: old.version });
    old = await editor.mutate<Item>('items.review', { id: old.id, version: old.version, decision: 'pass' });
    const e = await rejected(lin.mutate('items.sign', { id: old.id, version: old.version }));
    expect(e.appCode).toBe('RULE_VIOLATION');
    expect(e.messageZh).toContain('签发前尚缺');
    expect(e.messageZh).toContain('区司法局');
    const attested = [0, 1, 2].map((index) => ({ index, reference: `记录${index + 1}` }));
    old = await lin.mutate<Item>('items.sign', { id: old.id, version: old.version, attested });
    expect(old.state).toBe('published');
  });

  it('once amended keeps its old text readable, marked 已修改, and comparable with the amendment', async () => {
    const office = await s.as('zhengfuban-staff');
    amending = await office.mutate<Item>(
      'items.create',
      normative({ title: '开州区人民政府关于修改《开州区行政规范性文件管理办法》的决定', docNumber: '开州府发〔2026〕9号', relation: { itemId: old.id, kind: 'amends' }, bodyText: '一、第三条修改为……' }),
    );
    amending = await office.mutate<Item>('items.submit', { id: amending.id, version: amending.version });
    amending = await editor.mutate<Item>('items.review', { id: amending.id, version: amending.version, decision: 'pass' });
    const attested = [0, 1, 2].map((index) => ({ index, reference: `记录${index + 1}` }));
    await lin.mutate('items.sign', { id: amending.id, version: amending.version, attested });
    const after = await fagaiwei.query<FullItem>('items.get', { id: old.id });
    expect(after.validity).toBe('amended');
    expect(after.relatedTo).toEqual([expect.objectContaining({ kind: 'amends', from: expect.objectContaining({ id: amending.id }) })]);
    expect(after.events.at(-1)!.note).toContain('被修改：开州区人民政府关于修改');
    const side = await fagaiwei.query<{ left: { title: string; validity: string }; right: { title: string } }>('items.compare', {
      left: { itemId: old.id },
      right: { itemId: amending.id },
    });
    expect(side.left).toMatchObject({ title: '开州区行政规范性文件管理办法', validity: 'amended' });
    expect(side.right.title).toContain('修改');
  });

  it('refuses a step taken on an old version, naming who moved it on', async () => {
    const e = await rejected(editor.mutate('items.changeValidity', { id: old.id, version: 1, validity: 'repealed', note: '清理' }));
    expect(e.appCode).toBe('CONFLICT');
    expect(e.messageZh).toContain('请刷新后再编辑');
  });
});

describe('a cleanup result list naming documents by 文号 (as the supervision app keeps them)', () => {
  it('marks each document it names 废止 or 失效 when it is published, and notes on the list a number it could not find', async () => {
    const office = await s.as('zhengfuban-staff');
    const attested = [0, 1, 2].map((index) => ({ index, reference: `记录${index + 1}` }));
    const publishNormative = async (title: string, docNumber: string) => {
      let it = await office.mutate<Item>('items.create', fields({ kind: 'normative_document', signoffKind: 'government-normative-document', issuer: '重庆市开州区人民政府', draftingDepartmentId: govOffice, needsInterpretation: false, title, docNumber }));
      it = await office.mutate<Item>('items.submit', { id: it.id, version: it.version });
      it = await editor.mutate<Item>('items.review', { id: it.id, version: it.version, decision: 'pass' });
      return lin.mutate<Item>('items.sign', { id: it.id, version: it.version, attested });
    };
    const toRepeal = await publishNormative('开州区城区占道经营临时管理办法', '开州府发〔2024〕5号');
    const toExpire = await publishNormative('开州区2024年春运交通保障暂行办法', '开州府发〔2024〕6号');
    let list = await office.mutate<Item>(
      'items.create',
      fields({
        kind: 'cleanup_result',
        title: '关于公布规范性文件清理结果的通知',
        docNumber: '开州府办发〔2026〕40号',
        issuer: '重庆市开州区人民政府办公室',
        draftingDepartmentId: govOffice,
        signoffKind: 'office-routine-document',
        needsInterpretation: false,
        validityChanges: [
          { docNumber: '开州府发〔2024〕5号', validity: 'repealed' },
          { docNumber: '开州府发〔2024〕6号', validity: 'expired' },
          { docNumber: '开州府发〔2019〕99号', validity: 'repealed' },
        ],
      }),
    );
    list = await office.mutate<Item>('items.submit', { id: list.id, version: list.version });
    list = await editor.mutate<Item>('items.review', { id: list.id, version: list.version, decision: 'pass' });
    const signer = await s.as('leader-wu');
    list = await signer.mutate<Item>('items.sign', { id: list.id, version: list.version });
    expect(list.state).toBe('published');
    expect((await fagaiwei.query<FullItem>('items.get', { id: toRepeal.id })).validity).toBe('repealed');
    const expired = await fagaiwei.query<FullItem>('items.get', { id: toExpire.id });
    expect(expired.validity).toBe('expired');
    expect(expired.events.at(-1)!.note).toContain('依清理结果：关于公布规范性文件清理结果的通知（开州府办发〔2026〕40号）');
    const events = (await office.query<FullItem>('items.get', { id: list.id })).events;
    expect(events.find((e) => e.step === 'validity-unmatched')?.note).toContain('开州府发〔2019〕99号');
  });

  it('refuses an entry that names neither a document nor a number', async () => {
    const office = await s.as('zhengfuban-staff');
    const e = await rejected(
      office.mutate('items.create', fields({ kind: 'cleanup_result', signoffKind: 'office-routine-document', needsInterpretation: false, draftingDepartmentId: govOffice, validityChanges: [{ validity: 'repealed' }] })),
    );
    expect(e.appCode).toBe('INVALID_INPUT');
  });
});

describe('an exemption from interpretation', () => {
  it('lets a policy be submitted without one only after the office approved the drafting unit’s request', async () => {
    let item = await staff.mutate<Item>('items.create', fields({ title: '关于调整课后服务时段的补充通知' }));
    item = await staff.mutate<Item>('items.requestExemption', { id: item.id, version: item.version, reason: '仅调整时段，无新增政策措施' });
    expect((await rejected(staff.mutate('items.submit', { id: item.id, version: item.version }))).appCode).toBe('RULE_VIOLATION');
    item = await editor.mutate<Item>('items.reviewExemption', { id: item.id, version: item.version, approve: true, note: '同意' });
    item = await staff.mutate<Item>('items.submit', { id: item.id, version: item.version });
    expect(item.state).toBe('in_review');
    const full = await staff.query<FullItem>('items.get', { id: item.id });
    expect(full.deadlines.find((d) => d.kind === 'disclosure.interpretation')!.status).toBe('cancelled');
  });
});

describe('an interpretation as an image', () => {
  // the smallest PNG: a 1×1 transparent pixel
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );

  it('takes a PNG or JPEG with alt text saying what it shows, and serves it only to who may see the draft', async () => {
    const item = await staff.mutate<Item>('items.create', fields({ title: '关于实施学生营养改善计划的通知' }));
    const write = (image: Buffer, imageAlt: string) =>
      staff.mutate('items.writeInterpretation', { policyId: item.id, content: { form: 'image', image: image.toString('base64'), imageAlt } });
    expect((await rejected(write(Buffer.from('<svg onload=alert(1)>'), '一图读懂学生营养改善计划的补助标准和范围'))).appCode).toBe('FILE_REJECTED');
    expect((await rejected(write(PNG, '一图读懂'))).messageZh).toContain('替代文本');
    const interpretation = await write(PNG, '一图读懂：学生营养改善计划覆盖全区农村义务教育学校，每生每天补助5元');
    expect(interpretation).toMatchObject({ form: 'image', imageType: 'image/png' });
    const { id } = interpretation as { id: string };
    expect((await s.server.inject({ method: 'GET', url: `/files/items/${id}/image` })).statusCode).toBe(404);
    const { cookie } = await s.signIn('jiaowei-staff');
    const res = await s.server.inject({ method: 'GET', url: `/files/items/${id}/image`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(PNG)).toBe(true);
  });
});

describe('the registry', () => {
  it('shows a department its own items and what is published, and searches within that', async () => {
    type Page = { total: number; rows: { title: string; state: string; draftingDepartment: string }[] };
    const mine = await staff.query<Page>('items.list', { q: '课后服务' });
    expect(mine.rows.map((r) => r.state)).toEqual(expect.arrayContaining(['published', 'in_review', 'withheld']));
    expect(mine.rows.every((r) => r.title.includes('课后服务'))).toBe(true);
    const others = await fagaiwei.query<Page>('items.list', { q: '课后服务' });
    expect(others.rows.length).toBeGreaterThan(0);
    expect(others.rows.every((r) => r.state === 'published' && r.title.includes('课后服务'))).toBe(true);
    expect((await fagaiwei.query<Page>('items.list', { q: '不存在的标题' })).total).toBe(0);
    // the ledger (Excel) holds the same rows as the list it was exported from
    const { cookie } = await s.signIn('fagaiwei-staff');
    const res = await s.server.inject({ method: 'GET', url: `/exports/items.xlsx?q=${encodeURIComponent('课后服务')}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('公开事项台账')!;
    expect(sheet.rowCount - 1).toBe(others.total);
    expect(sheet.getRow(2).getCell(8).value).toBe('已发布');
    expect((await s.server.inject({ method: 'GET', url: '/exports/items.xlsx?state=nonsense', headers: { cookie } })).statusCode).toBe(400);
  });
});

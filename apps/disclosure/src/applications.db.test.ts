// Disclosure on application on the statutory clock (条例第三十条至第三十三条), and the annual report counted from the
// registry and the applications — its figures equal what the database holds and add up as the national layout requires.
import { vi } from 'vitest';

const SECRET = vi.hoisted(() => {
  const secret = 'test-service-secret-of-at-least-32-characters';
  process.env.SERVICE_SECRET = secret;
  return secret;
});

import { serviceAuthorization } from '@zhengling/server-kit';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, OUTCOME_ROWS, outcomesTotal, rowTotal } from './annual-report/layout';
import { type Caller, refusalOf, startTestServer, type TestServer } from './testing/server';

let s: TestServer;
let editor: Caller;
let staff: Caller;
// one clock for the whole file (a session slides with it): the answer's day is not in the future
const today = new Date('2026-04-20T02:00:00Z');

interface Application {
  id: string;
  version: number;
  state: string;
  receiptNumber: string;
}
interface Deadline {
  id: string;
  status: string;
  dueDate: string;
}

const rejected = refusalOf;
const dueOf = async (id: string) =>
  (await editor.query<{ deadlines: Deadline[] }>('applications.get', { id })).deadlines.map((d) => [d.status, d.dueDate.slice(0, 10)]);

beforeAll(async () => {
  s = await startTestServer({ now: () => today });
  editor = await s.as('disclosure-editor');
  staff = await s.as('jiaowei-staff');
}, 120_000);
afterAll(() => s?.close());

describe('an application on its clock', () => {
  let a: Application;
  let code: string;

  it('is registered by the office with a receipt number and a secret code, due in 20 working days', async () => {
    const input = {
      applicantType: 'natural-person',
      applicantName: '李四',
      contact: '13800000000',
      channel: 'letter',
      receivedOn: '2026-03-02',
      description: '申请公开2025年课后服务经费的使用情况',
    };
    expect((await rejected(staff.mutate('applications.register', input))).appCode).toBe('FORBIDDEN');
    const r = await editor.mutate<{ application: Application & { secretHash?: string }; secretCode: string }>('applications.register', input);
    a = r.application;
    code = r.secretCode;
    expect(a.receiptNumber).toBe('开州政公申〔2026〕1号');
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    expect(r.application.secretHash).toBeUndefined();
    expect(await dueOf(a.id)).toEqual([['open', '2026-03-30']]);
  });

  it('asks for a supplement once: the clock stops, and restarts 20 working days from the supplement', async () => {
    a = await editor.mutate<Application>('applications.requestSupplement', { id: a.id, version: a.version, requestedOn: '2026-03-04', request: '请写明所需信息的年份和学校' });
    expect(a.state).toBe('awaiting_supplement');
    expect((await s.anonymous().query<{ state: string; dueDate: null }>('applications.status', { receiptNumber: a.receiptNumber, code })).dueDate).toBeNull();
    a = await editor.mutate<Application>('applications.receiveSupplement', { id: a.id, version: a.version, receivedOn: '2026-03-09' });
    expect(await dueOf(a.id)).toEqual([
      ['cancelled', '2026-03-30'],
      ['open', '2026-04-07'],
    ]);
    const again = await rejected(editor.mutate('applications.requestSupplement', { id: a.id, version: a.version, requestedOn: '2026-03-10', request: '再补' }));
    expect(again).toMatchObject({ appCode: 'RULE_VIOLATION' });
    expect(again.messageZh).toContain('一次性');
  });

  it('pauses while a third party is consulted (time not counted) and resumes on its reply', async () => {
    a = await editor.mutate<Application>('applications.consultThirdParty', { id: a.id, version: a.version, party: '某培训机构', sentOn: '2026-03-10' });
    expect((await dueOf(a.id)).at(-1)![0]).toBe('paused');
    expect((await rejected(editor.mutate('applications.answer', { id: a.id, version: a.version, outcome: 'disclosed', answer: '予以公开', answeredOn: '2026-03-12' }))).messageZh).toContain('第三方意见尚未收回');
    a = await editor.mutate<Application>('applications.thirdPartyReplied', { id: a.id, version: a.version, repliedOn: '2026-03-17', opinion: '不同意公开合同单价' });
    // five working days (10–16 March) not counted: 7 April moves to 14 April
    expect((await dueOf(a.id)).at(-1)).toEqual(['open', '2026-04-14']);
  });

  it('is extended once, by at most 20 working days', async () => {
    const tooLong = await rejected(editor.mutate('applications.extend', { id: a.id, version: a.version, length: 21, reason: '涉及多所学校', approvedBy: '何立' }));
    expect(tooLong.appCode).toBe('RULE_VIOLATION');
    a = await editor.mutate<Application>('applications.extend', { id: a.id, version: a.version, length: 15, reason: '涉及多所学校', approvedBy: '何立' });
    expect((await dueOf(a.id)).at(-1)).toEqual(['open', '2026-05-08']);
    expect((await rejected(editor.mutate('applications.extend', { id: a.id, version: a.version, length: 5, reason: '再延', approvedBy: '何立' }))).messageZh).toContain('延期只能一次');
  });

  it('is answered inside its clock; a partial answer needs its legal reasons', async () => {
    const base = { id: a.id, version: a.version, outcome: 'partly-disclosed', answer: '经费使用情况予以公开；合同单价涉及商业秘密不予公开。', answeredOn: '2026-04-20' };
    expect((await rejected(editor.mutate('applications.answer', { ...base, reasons: [] }))).appCode).toBe('INVALID_INPUT');
    a = await editor.mutate<Application>('applications.answer', { ...base, reasons: ['third-party-rights'] });
    expect(a.state).toBe('answered');
    expect((await dueOf(a.id)).at(-1)![0]).toBe('met');
  });

  it('tells the applicant its status with the receipt number and the secret code only', async () => {
    const status = await s.anonymous().query<{ state: string; outcome: string }>('applications.status', { receiptNumber: a.receiptNumber, code });
    expect(status).toMatchObject({ state: 'answered', outcome: '部分公开' });
    expect((await rejected(s.anonymous().query('applications.status', { receiptNumber: a.receiptNumber, code: 'WRONGCODE2' }))).appCode).toBe('NOT_FOUND');
  });

  it('is in the office’s ledger (Excel) with its clock and outcome, which a department cannot download', async () => {
    const { cookie } = await s.signIn('disclosure-editor');
    const res = await s.server.inject({ method: 'GET', url: '/exports/applications.xlsx', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('依申请公开台账')!;
    const row = sheet.getRow(2).values as unknown[];
    expect(row).toEqual(expect.arrayContaining(['开州政公申〔2026〕1号', '李四', '自然人', '信函', '2026-03-02', '延长15个工作日', '已答复', '部分公开', '2026-04-20']));
    const other = await s.signIn('jiaowei-staff');
    expect((await s.server.inject({ method: 'GET', url: '/exports/applications.xlsx', headers: { cookie: other.cookie } })).statusCode).toBe(403);
  });
});

describe('the annual report', () => {
  it('counts the applications table from the database so that it adds up in every applicant column', async () => {
    const db = s.t.db;
    const mk = (n: number, over: Record<string, unknown>) =>
      db.disclosureApplication.create({
        data: {
          receiptNumber: `测试〔${n}〕`,
          secretHash: 'x',
          applicantType: 'natural-person',
          applicantName: '测试',
          contact: '-',
          channel: 'letter',
          receivedOn: new Date('2026-05-01'),
          description: '-',
          createdById: 'seed',
          ...over,
        },
      });
    await mk(1, { receivedOn: new Date('2025-12-20') }); // carried over from 2025, still open
    await mk(2, { receivedOn: new Date('2025-12-22'), state: 'answered', outcome: 'not-held', answeredOn: new Date('2026-01-10'), applicantType: 'business' });
    await mk(3, { receivedOn: new Date('2025-06-01'), state: 'answered', outcome: 'disclosed', answeredOn: new Date('2025-06-20') }); // all in 2025
    await mk(4, { receivedOn: new Date('2026-12-28'), applicantType: 'research' }); // carried forward
    await mk(5, { receivedOn: new Date('2026-06-01'), state: 'answered', outcome: 'duplicate', answeredOn: new Date('2027-01-05') }); // answered next year
    const { report, problems } = await editor.query<{ report: { applications: Record<string, never> }; problems: unknown[] }>('annualReport.get', { year: 2026 });
    expect(problems).toEqual([]);
    const apps = report.applications as unknown as {
      received: Record<string, number>;
      carriedOver: Record<string, number>;
      outcomes: Record<string, Record<string, number>>;
      carriedForward: Record<string, number>;
    };
    // from the database: received in 2026, open at the start of 2026, answered in 2026, open at its end
    const y = (m: string) => new Date(m);
    const all = await db.disclosureApplication.findMany();
    const count = (f: (x: (typeof all)[number]) => boolean) => all.filter(f).length;
    expect(rowTotal(apps.received as never)).toBe(count((x) => x.receivedOn >= y('2026-01-01') && x.receivedOn < y('2027-01-01')));
    expect(rowTotal(apps.carriedOver as never)).toBe(count((x) => x.receivedOn < y('2026-01-01') && (!x.answeredOn || x.answeredOn >= y('2026-01-01'))));
    expect(rowTotal(outcomesTotal(apps.outcomes as never))).toBe(count((x) => !!x.answeredOn && x.answeredOn >= y('2026-01-01') && x.answeredOn < y('2027-01-01')));
    expect(rowTotal(apps.carriedForward as never)).toBe(count((x) => x.receivedOn < y('2027-01-01') && (!x.answeredOn || x.answeredOn >= y('2027-01-01'))));
    expect(apps.received['natural-person']).toBe(2); // the registered one and no. 5
    expect(apps.outcomes['not-held']!['business']).toBe(1);
    expect(apps.outcomes['partly-disclosed']!['natural-person']).toBe(1);
    for (const c of APPLICANT_COLUMNS)
      expect(OUTCOME_ROWS.reduce((sum, r) => sum + apps.outcomes[r]![c.id]!, 0) + apps.carriedForward[c.id]!).toBe(apps.received[c.id]! + apps.carriedOver[c.id]!);
  });

  it('counts the normative documents published, repealed and in force from the registry', async () => {
    const { report } = await editor.query<{ report: { proactive: { normativeDocuments: Record<string, number> } } }>('annualReport.get', { year: 2026 });
    const db = s.t.db;
    const inForce = await db.disclosureItem.count({ where: { kind: 'normative_document', state: 'published', validity: { in: ['in_force', 'amended'] } } });
    expect(report.proactive.normativeDocuments).toEqual({ issued: await db.disclosureItem.count({ where: { kind: 'normative_document', state: 'published' } }), repealed: 0, inForce });
  });

  it('is saved with its text and hand-entered figures, then published as a draft in the workflow', async () => {
    const empty = await editor.query<{ version: number }>('annualReport.get', { year: 2026 });
    const manual = { rules: { issued: 0, repealed: 0, inForce: 0 }, licensing: { decisions: 120 }, penalties: { decisions: 8 }, enforcement: { decisions: 0 }, fees: { amountWanYuan: 0 } };
    const review = Object.fromEntries(['review', 'suit-without-review', 'suit-after-review'].map((k) => [k, { upheld: 0, corrected: 0, other: 0, pending: 0 }]));
    const saved = await editor.mutate<{ version: number }>('annualReport.save', { year: 2026, version: empty.version, overview: '全年依法公开政府信息。', problems: '', otherMatters: '', manualProactive: manual, reviewAndLitigation: review });
    // the printable document: the office only, the national layout's parts and tables
    const { cookie } = await s.signIn('disclosure-editor');
    const print = await s.server.inject({ method: 'GET', url: '/annual-report/2026/print', headers: { cookie } });
    expect(print.statusCode).toBe(200);
    for (const part of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'])
      expect(print.body).toContain(part);
    expect(print.body).toContain('<td>行政许可</td><td>120</td>');
    const other = await s.signIn('jiaowei-staff');
    expect((await s.server.inject({ method: 'GET', url: '/annual-report/2026/print', headers: { cookie: other.cookie } })).statusCode).toBe(403);
    const item = await editor.mutate<{ id: string; state: string; title: string }>('annualReport.publish', { year: 2026, version: saved.version, signoffKind: 'office-routine-document' });
    expect(item).toMatchObject({ state: 'draft', title: '重庆市开州区人民政府2026年政府信息公开工作年度报告' });
    const full = await editor.query<{ body: { type: string; rows?: string[][] }[] }>('items.get', { id: item.id });
    const table = full.body.filter((b) => b.type === 'table')[3]!;
    expect(table.rows![1]![0]).toBe('一、本年新收政府信息公开申请数量');
  });
});

describe('the intake API for the supervision app', () => {
  const draft = (sourceRef: string) => ({
    sourceRef,
    fields: {
      kind: 'meeting_decision',
      title: '区政府第12次常务会议议定事项',
      issuer: '重庆市开州区人民政府',
      draftingDepartmentId: '',
      formedOn: '2026-03-05',
      category: '综合政务',
      legalBasis: '开州府发〔2021〕7号',
      bodyText: '会议研究了课后服务工作。',
      signoffKind: 'executive-minutes',
      needsInterpretation: false,
    },
  });

  it('refuses a call without the service credential, even from a signed-in user', async () => {
    const office = (await s.t.db.department.findUniqueOrThrow({ where: { code: 'gov-office' } })).id;
    const input = draft('meeting:12');
    input.fields.draftingDepartmentId = office;
    expect((await rejected(s.anonymous().mutate('intake.submit', input))).appCode).toBe('UNAUTHENTICATED');
    expect((await rejected(editor.mutate('intake.submit', input))).appCode).toBe('UNAUTHENTICATED');
  });

  it('turns a sent decision into a draft once, audited with the sending app as actor', async () => {
    const office = (await s.t.db.department.findUniqueOrThrow({ where: { code: 'gov-office' } })).id;
    const input = draft('meeting:12');
    input.fields.draftingDepartmentId = office;
    const supervision = s.anonymous({ authorization: serviceAuthorization(SECRET, 'supervision') });
    const first = await supervision.mutate<{ id: string; created: boolean; state: string }>('intake.submit', input);
    const second = await supervision.mutate<{ id: string; created: boolean }>('intake.submit', input);
    expect(first).toMatchObject({ created: true, state: 'draft' });
    expect(second).toEqual({ id: first.id, state: 'draft', created: false });
    const audit = await s.t.db.auditEntry.findFirstOrThrow({ where: { action: 'disclosure.item.create', entityId: first.id } });
    expect(audit).toMatchObject({ actorLabel: 'app:supervision', actorUserId: null });
    expect(await supervision.query('intake.status', { sourceRef: 'meeting:12' })).toMatchObject({ id: first.id, state: 'draft', indexNumber: null });
  });
});

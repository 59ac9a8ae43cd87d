// The public side of disclosure on application (条例第二十七条 to 第三十三条), from outside over HTTP as a browser
// without script would use it: the form posts, the receipt shows the number and the secret code once, the clock runs
// on the office's calendar from today, and the status check answers with both. A form with mistakes comes back with
// every field as typed and the reason beside each; an address that submits too often is slowed, not served.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server';

let w: TestServer;
let t: TestServer['t'];
let server: FastifyInstance;
const NOW = new Date('2026-11-24T03:00:00Z'); // a Tuesday, 11:00 in China
let now = NOW;

const post = (form: Record<string, string>, remoteAddress = '203.0.113.7') =>
  server.inject({ method: 'POST', url: '/apply', remoteAddress, payload: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
const get = (url: string, remoteAddress = '203.0.113.7') => server.inject({ method: 'GET', url, remoteAddress });
const textOf = (html: string, testId: string) => new RegExp(`data-testid="${testId}">(?:<strong>)?([^<]+)<`).exec(html)?.[1];

const application = {
  applicantType: 'natural-person',
  applicantName: '周某',
  contact: 'zhou@example.cn',
  description: '2026年城区义务教育学校学位数及划片范围',
  purpose: '电子邮件发送',
};

beforeAll(async () => {
  w = await startTestServer({ demo: '2026-11-20', now: () => now });
  ({ t, server } = w);
}, 120_000);
afterAll(() => w?.close());

describe('an application submitted on the portal', () => {
  it('is received today with a receipt number and a secret code shown once, and its status answers to both', async () => {
    const res = await post(application);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const receipt = textOf(res.body, 'receipt-number')!;
    const code = textOf(res.body, 'secret-code')!;
    expect(receipt).toMatch(/^开州政公申〔2026〕\d+号$/);
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    expect(res.body).toContain('2026年11月24日');

    const stored = await t.db.disclosureApplication.findUniqueOrThrow({ where: { receiptNumber: receipt } });
    expect(stored).toMatchObject({ channel: 'online', applicantName: '周某', contact: 'zhou@example.cn', state: 'registered', createdById: 'portal' });
    expect(stored.secretHash).not.toContain(code);
    // the statutory clock: 20 working days from today, on the disclosure office's list
    const deadline = await t.db.deadline.findUniqueOrThrow({ where: { id: stored.deadlineId! } });
    const office = await t.db.user.findUniqueOrThrow({ where: { username: 'disclosure-editor' } });
    expect(deadline).toMatchObject({ departmentId: office.departmentId, length: 20, startEvent: '收到申请之日' });
    expect(deadline.dueDate.toISOString().slice(0, 10)).toBe('2026-12-22');
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityType: 'disclosure-application', entityId: stored.id } });
    expect(audit).toMatchObject({ action: 'disclosure.application.register', actorLabel: 'portal:applicant', actorUserId: null });

    const status = await get(`/apply/status?receipt=${encodeURIComponent(receipt)}&code=${code.toLowerCase()}`);
    expect(status.statusCode).toBe(200);
    expect(status.headers['cache-control']).toBe('no-store');
    expect(status.body).toContain('办理中');
    expect(status.body).toContain('2026年12月22日');
    const wrong = await get(`/apply/status?receipt=${encodeURIComponent(receipt)}&code=ABCDEFGHJK`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).not.toContain('周某');
  });

  it('comes back with every field as typed and the reason beside each mistake, and nothing registered', async () => {
    const before = await t.db.disclosureApplication.count();
    const res = await post({ applicantType: 'natural-person', applicantName: '  ', contact: '13800000000', description: '', purpose: '邮寄<纸质>文本' }, '203.0.113.8');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('申请未提交');
    expect(res.body).toContain('请填写申请人姓名或者名称');
    expect(res.body).toContain('请填写所需政府信息的描述');
    expect(res.body).toContain('value="13800000000"');
    expect(res.body).toContain('邮寄&lt;纸质&gt;文本</textarea>');
    expect(res.body).toContain('<option value="natural-person" selected="">');
    expect(res.body).toContain('aria-invalid="true"');
    const unknownType = await post({ ...application, applicantType: 'robot' }, '203.0.113.8');
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.body).toContain('请选择申请人类型');
    expect(await t.db.disclosureApplication.count()).toBe(before);
  });

  it('is slowed down when one address submits too often, with the wait in Chinese and Retry-After', async () => {
    const address = '198.51.100.20';
    for (let i = 0; i < 5; i++) expect((await post({ ...application, applicantName: `申请人${i}` }, address)).statusCode).toBe(200);
    const before = await t.db.disclosureApplication.count();
    const refused = await post({ ...application, applicantName: '第六份' }, address);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatch(/提交过于频繁，请在\d+分钟后再试/);
    expect(refused.body).toContain('value="第六份"');
    expect(await t.db.disclosureApplication.count()).toBe(before);
    // another address is not affected
    expect((await post(application, '198.51.100.21')).statusCode).toBe(200);
  });

  it('lets one address check a status only so often (guessing codes is slowed down)', async () => {
    const address = '198.51.100.30';
    for (let i = 0; i < 30; i++) expect((await get('/apply/status?receipt=X&code=Y', address)).statusCode).toBe(404);
    const refused = await get('/apply/status?receipt=X&code=Y', address);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('提交过于频繁');
  });
});

describe('an application whose clock cannot be counted yet', () => {
  it('is not taken online while the next year’s holiday notice is missing: the form comes back as typed, with why', async () => {
    now = new Date('2026-12-10T03:00:00Z'); // 20 working days from here run into 2027, whose calendar is not entered
    try {
      const before = await t.db.disclosureApplication.count();
      const res = await post({ ...application, applicantName: '年底申请人' }, '203.0.113.9');
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('暂不能在线受理：答复期限须按工作日计算');
      expect(res.body).toContain('2027 年');
      expect(res.body).toContain('value="年底申请人"');
      expect(await t.db.disclosureApplication.count()).toBe(before);
    } finally {
      now = NOW;
    }
  });
});

describe('the home page’s columns', () => {
  it('show notices, interpretations, the cleanup results and the answers to suggestions, each with its own list', async () => {
    const home = await get('/');
    for (const column of ['通知公告', '政策解读', '规范性文件清理结果', '建议提案办理复文']) expect(home.body).toContain(`<h2>${column}</h2>`);
    expect(home.body).toContain('关于公布2026年行政规范性文件清理结果的通知');
    expect(home.body).toContain('对区人大代表关于增加城区义务教育学位供给的建议的答复');
    const cleanup = await get('/cleanup');
    expect(cleanup.body).toContain('关于公布2026年行政规范性文件清理结果的通知');
    expect(cleanup.body).not.toContain('对区人大代表');
    const answers = await get('/answers');
    expect(answers.body).toContain('对区人大代表关于增加城区义务教育学位供给的建议的答复');
    expect(answers.body).toContain('共 1 条');
  });
});

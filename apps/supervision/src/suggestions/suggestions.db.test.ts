// Deputies' suggestions and CPPCC proposals through the API on real PostgreSQL and the reminder engine: registered and
// assigned by the office, returned by a unit that is not responsible and reassigned, handled with the proposer
// contacted and the co-handler's opinion in, answered in a category and signed off by the unit's principal, rated —
// 不满意 opening the re-handling with its own clock — and a session seen at a glance. Every clock is the source body's
// configuration (the rulebooks fix none: rules-spec R-SUP-11).
import { loadCalendar } from '@zhengling/reminders';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, refusalOf, startTestServer, type TestServer } from '../testing/server';

// "today" is 2 July 2026, 10:00 in Chongqing
const NOW = new Date('2026-07-02T02:00:00Z');
const SESSION = '区第十八届人民代表大会第六次会议';

interface Item {
  id: string;
  version: number;
  state: string;
  round: number;
  leadDepartmentId: string | null;
  coDepartmentIds: string[];
  returnByOn: string | null;
  returnReason: string | null;
  answerCategory: string | null;
  answerSignedBy: string | null;
  answeredOn: string | null;
  ratingDueOn: string | null;
  rating: string | null;
  firstAnswer: { rating: string; text: string; answeredOn: string } | null;
  opinions: { departmentId: string; submittedAt: string | null; opinion: string }[];
  events: { action: string; byName: string; note: string }[];
  deadlines: { kind: string; departmentId: string; dueDate: string; status: string; ruleSource: string }[];
  tasks: { number: string; title: string; dueDate: string }[];
  can: Record<string, boolean>;
  disclosureExempt: boolean;
  exemptReason: string | null;
}

let env: TestServer;
let office: Caller;
let eduStaff: Caller;
let eduHead: Caller;
let fgwStaff: Caller;
let govStaff: Caller;
const dept: Record<string, string> = {};
const get = (c: Caller, id: string) => c.query<Item>('suggestions.get', { id });
const register = (number: string, title: string, sourceBody = 'npc-district') =>
  office.mutate<{ id: string; version: number }>('suggestions.register', {
    sourceBody,
    session: SESSION,
    number,
    title,
    proposers: ['李明', '王芳'],
    body: '建议内容。',
  });

beforeAll(async () => {
  env = await startTestServer({ now: () => NOW, district: 'kaizhou' });
  for (const d of await env.t.db.department.findMany()) dept[d.code] = d.id;
  [office, eduStaff, eduHead, fgwStaff, govStaff] = await Promise.all([
    env.as('duchaban'),
    env.as('jiaowei-staff'),
    env.as('jiaowei-head'),
    env.as('fagaiwei-staff'),
    env.as('zhengfuban-staff'),
  ]);
}, 60_000);
afterAll(() => env?.close());

describe('registration and assignment', () => {
  it('is the office’s: a unit cannot register, and a number is registered once per session and source body', async () => {
    expect(
      (
        await refusalOf(
          eduStaff.mutate('suggestions.register', {
            sourceBody: 'npc-district',
            session: SESSION,
            number: '0001',
            title: '标题',
            proposers: ['李明'],
          }),
        )
      ).appCode,
    ).toBe('FORBIDDEN');
    await register('0001', '关于加强校园周边交通安全的建议');
    expect((await refusalOf(register('0001', '重复'))).appCode).toBe('CONFLICT');
    // the same number from the CPPCC is another item
    await register('0001', '关于发展乡村旅游的提案', 'cppcc-district');
  });

  it('gives the lead unit its clocks from the day of assignment: contact, answer, and each co-handler’s opinion', async () => {
    const s = await register('0002', '关于增加城区公办幼儿园学位的建议');
    await office.mutate('suggestions.assign', {
      id: s.id,
      version: s.version,
      leadDepartmentId: dept.education,
      coDepartmentIds: [dept['development-reform']],
      assignedOn: '2026-06-01',
    });
    const item = await get(office, s.id);
    const calendar = await loadCalendar(env.t.db);
    expect(item.state).toBe('assigned');
    expect(item.returnByOn).toBe(calendar.addWorkingDays('2026-06-01', 10));
    const by = (kind: string) => item.deadlines.find((d) => d.kind === kind)!;
    expect(by('supervision.suggestion-contact')).toMatchObject({
      departmentId: dept.education,
      dueDate: calendar.addWorkingDays('2026-06-01', 20),
      status: 'open',
    });
    expect(by('supervision.suggestion-answer')).toMatchObject({
      departmentId: dept.education,
      dueDate: '2026-09-01',
      status: 'open',
    });
    expect(by('supervision.suggestion-co-opinion')).toMatchObject({
      departmentId: dept['development-reform'],
      dueDate: calendar.addWorkingDays('2026-06-01', 30),
    });
    expect(by('supervision.suggestion-answer').ruleSource).toContain('suggestion.clocks.npc-district');
    expect(await env.t.db.reminder.count({ where: { deadline: { entityId: s.id } } })).toBeGreaterThan(0);
  });

  it('takes an office’s changed clock for the source body it names', async () => {
    await office.mutate('settings.update', {
      key: 'suggestion.clocks.cppcc-district',
      value: {
        returnWorkingDays: 5,
        contactWorkingDays: 15,
        coOpinionWorkingDays: 20,
        answerMonths: 2,
        difficultAnswerMonths: 4,
        ratingWorkingDays: 15,
        rehandleMonths: 1,
      },
    });
    const s = await register('0003', '关于规范校外培训的提案', 'cppcc-district');
    await office.mutate('suggestions.assign', {
      id: s.id,
      version: s.version,
      leadDepartmentId: dept.education,
      coDepartmentIds: [],
      assignedOn: '2026-06-01',
    });
    const item = await get(office, s.id);
    expect(item.deadlines.find((d) => d.kind === 'supervision.suggestion-answer')!.dueDate).toBe(
      '2026-08-01',
    );
  });
});

describe('a misassigned item', () => {
  let id: string;
  beforeAll(async () => {
    const s = await register('0010', '关于中小学课后服务的建议');
    id = s.id;
    await office.mutate('suggestions.assign', {
      id,
      version: s.version,
      leadDepartmentId: dept['development-reform'],
      coDepartmentIds: [],
      assignedOn: '2026-06-29',
    });
  });

  it('is returned by its lead unit with reasons within the window, its clocks stopped', async () => {
    const before = await get(fgwStaff, id);
    expect(before.can.return).toBe(true);
    expect(
      (
        await refusalOf(
          eduStaff.mutate('suggestions.return', { id, version: before.version, reason: '不属于本单位职责' }),
        )
      ).appCode,
    ).toBe('FORBIDDEN');
    expect(
      (await refusalOf(fgwStaff.mutate('suggestions.return', { id, version: before.version, reason: '否' })))
        .appCode,
    ).toBe('INVALID_INPUT');
    await fgwStaff.mutate('suggestions.return', {
      id,
      version: before.version,
      reason: '课后服务属教育部门职责，请交区教委办理',
    });
    const after = await get(office, id);
    expect(after).toMatchObject({
      state: 'returned',
      returnReason: '课后服务属教育部门职责，请交区教委办理',
    });
    expect(after.deadlines.every((d) => d.status === 'cancelled')).toBe(true);
    expect(after.events.map((e) => e.action)).toEqual(['register', 'assign', 'return']);
  });

  it('is reassigned by the office to another unit, its clocks from the new day', async () => {
    const item = await get(office, id);
    expect(
      (
        await refusalOf(
          office.mutate('suggestions.assign', {
            id,
            version: item.version,
            leadDepartmentId: dept['development-reform'],
            coDepartmentIds: [],
            assignedOn: '2026-07-01',
          }),
        )
      ).appCode,
    ).toBe('INVALID_INPUT');
    await office.mutate('suggestions.assign', {
      id,
      version: item.version,
      leadDepartmentId: dept.education,
      coDepartmentIds: [],
      assignedOn: '2026-07-01',
    });
    const now = await get(eduStaff, id);
    expect(now.state).toBe('assigned');
    expect(now.deadlines.filter((d) => d.status === 'open').map((d) => [d.kind, d.departmentId])).toEqual([
      ['supervision.suggestion-contact', dept.education],
      ['supervision.suggestion-answer', dept.education],
    ]);
    expect(now.events.at(-1)!.action).toBe('reassign');
    // the unit that returned it no longer sees it
    expect((await refusalOf(get(fgwStaff, id))).appCode).toBe('NOT_FOUND');
  });

  it('cannot be returned once its window has passed', async () => {
    const s = await register('0011', '关于老旧小区改造的建议');
    await office.mutate('suggestions.assign', {
      id: s.id,
      version: s.version,
      leadDepartmentId: dept['development-reform'],
      coDepartmentIds: [],
      assignedOn: '2026-05-06',
    });
    const item = await get(fgwStaff, s.id);
    expect(item.can.return).toBe(false);
    const e = await refusalOf(
      fgwStaff.mutate('suggestions.return', { id: s.id, version: item.version, reason: '不属于本单位职责' }),
    );
    expect(e.appCode).toBe('WRONG_STATE');
    expect(e.messageZh).toContain('10个工作日');
  });
});

describe('answering, rating and re-handling', () => {
  let id: string;
  const item = () => get(office, id);
  beforeAll(async () => {
    const s = await register('0020', '关于解决城区学校大班额问题的建议');
    id = s.id;
    await office.mutate('suggestions.assign', {
      id,
      version: s.version,
      leadDepartmentId: dept.education,
      coDepartmentIds: [dept['development-reform']],
      assignedOn: '2026-04-01',
    });
  });

  it('is signed off by the lead unit’s principal only once the proposer is contacted and the co-handler’s opinion is in', async () => {
    let s = await item();
    await eduStaff.mutate('suggestions.draft', {
      id,
      version: s.version,
      category: 'B',
      text: '我委已将城区新建学校纳入教育设施布局规划，逐步化解大班额。',
      promises: [{ title: '建成城区第三小学并秋季招生', dueOn: '2027-09-01' }],
    });
    s = await item();
    expect(
      (
        await refusalOf(
          eduStaff.mutate('suggestions.signOff', { id, version: s.version, decision: 'sign_off' }),
        )
      ).appCode,
    ).toBe('FORBIDDEN');
    const noContact = await refusalOf(
      eduHead.mutate('suggestions.signOff', { id, version: s.version, decision: 'sign_off' }),
    );
    expect(noContact.messageZh).toContain('联系代表');
    await eduStaff.mutate('suggestions.contact', {
      id,
      version: s.version,
      contactedOn: '2026-04-10',
      note: '电话联系李明代表，了解具体诉求',
    });
    s = await item();
    const noOpinion = await refusalOf(
      eduHead.mutate('suggestions.signOff', { id, version: s.version, decision: 'sign_off' }),
    );
    expect(noOpinion.messageZh).toContain('协办单位未提出书面意见');
    await fgwStaff.mutate('suggestions.opinion', { id, opinion: '新建学校项目已列入年度政府投资计划。' });
    s = await item();
    expect(s.deadlines.find((d) => d.kind === 'supervision.suggestion-contact')!.status).toBe('met');
    expect(s.deadlines.find((d) => d.kind === 'supervision.suggestion-co-opinion')!.status).toBe('met');
    await eduHead.mutate('suggestions.signOff', {
      id,
      version: s.version,
      decision: 'sign_off',
      answeredOn: '2026-06-20',
    });
    s = await item();
    expect(s).toMatchObject({
      state: 'answered',
      answerCategory: 'B',
      answerSignedBy: '区教委主任 刘强',
      answeredOn: '2026-06-20',
    });
    expect(s.ratingDueOn).toBe((await loadCalendar(env.t.db)).addWorkingDays('2026-06-20', 20));
    expect(s.deadlines.find((d) => d.kind === 'supervision.suggestion-answer')!.status).toBe('met');
  });

  it('turns each promised action into a tracked task of the lead unit', async () => {
    const s = await item();
    expect(s.tasks).toEqual([
      expect.objectContaining({
        number: '0020-1-1',
        title: '建成城区第三小学并秋季招生',
        dueDate: '2027-09-01',
      }),
    ]);
    const task = await env.t.db.task.findFirstOrThrow({ where: { suggestionId: id } });
    expect(task).toMatchObject({ kind: 'suggestion_commitment', leadDepartmentId: dept.education });
    expect(task.dueDeadlineId).not.toBeNull();
  });

  it('reopens on 不满意 with the re-handling clock, the first answer and its rating kept', async () => {
    let s = await item();
    expect(
      (
        await refusalOf(
          office.mutate('suggestions.rate', {
            id,
            version: s.version,
            rating: 'dissatisfied',
            note: '',
            ratedOn: '2026-06-25',
          }),
        )
      ).appCode,
    ).toBe('INVALID_INPUT');
    await office.mutate('suggestions.rate', {
      id,
      version: s.version,
      rating: 'dissatisfied',
      note: '建设进度太慢，希望明确分年度计划',
      ratedOn: '2026-06-25',
    });
    s = await item();
    expect(s).toMatchObject({ state: 'rehandling', round: 2, answerCategory: null, rating: null });
    expect(s.firstAnswer).toMatchObject({ rating: 'dissatisfied', answeredOn: '2026-06-20' });
    expect(s.deadlines.find((d) => d.kind === 'supervision.suggestion-rehandle')).toMatchObject({
      dueDate: '2026-08-25',
      status: 'open',
      departmentId: dept.education,
    });
  });

  it('closes when the re-handled answer is rated 基本满意', async () => {
    let s = await item();
    await eduStaff.mutate('suggestions.draft', {
      id,
      version: s.version,
      category: 'A',
      text: '经重新办理，已明确分年度建设计划，城区第三小学主体工程已开工。',
      promises: [],
    });
    s = await item();
    const early = await refusalOf(
      eduHead.mutate('suggestions.signOff', {
        id,
        version: s.version,
        decision: 'sign_off',
        answeredOn: '2026-06-24',
      }),
    );
    expect(early.appCode).toBe('INVALID_INPUT');
    await eduHead.mutate('suggestions.signOff', {
      id,
      version: s.version,
      decision: 'sign_off',
      answeredOn: '2026-07-01',
    });
    s = await item();
    expect(s.deadlines.find((d) => d.kind === 'supervision.suggestion-rehandle')!.status).toBe('met');
    await eduStaff.mutate('suggestions.rate', {
      id,
      version: s.version,
      rating: 'basically_satisfied',
      note: '',
      ratedOn: '2026-07-02',
    });
    s = await item();
    expect(s).toMatchObject({ state: 'closed', rating: 'basically_satisfied', round: 2 });
    expect(s.events.map((e) => e.action)).toEqual([
      'register',
      'assign',
      'draft',
      'contact',
      'opinion',
      'commitment',
      'sign-off',
      'rate',
      'rehandle',
      'draft',
      'sign-off',
      'rate',
    ]);
  });

  it('is exempted from disclosure only with a recorded reason, by the office', async () => {
    const s = await item();
    expect(
      (await refusalOf(office.mutate('suggestions.exempt', { id, version: s.version, reason: '否' })))
        .appCode,
    ).toBe('INVALID_INPUT');
    await office.mutate('suggestions.exempt', { id, version: s.version, reason: '答复涉及学生个人信息' });
    expect(await item()).toMatchObject({ disclosureExempt: true, exemptReason: '答复涉及学生个人信息' });
    expect((await refusalOf(office.mutate('suggestions.sendToDisclosure', { id }))).appCode).toBe(
      'WRONG_STATE',
    );
  });

  it('sends the draft back when the principal asks for changes', async () => {
    const r = await register('0021', '关于加强学生近视防控的建议');
    await office.mutate('suggestions.assign', {
      id: r.id,
      version: r.version,
      leadDepartmentId: dept.education,
      coDepartmentIds: [],
      assignedOn: '2026-06-01',
    });
    let s = await get(eduStaff, r.id);
    await eduStaff.mutate('suggestions.draft', {
      id: r.id,
      version: s.version,
      category: 'A',
      text: '我委已在全区中小学开展近视筛查。',
      promises: [],
    });
    s = await get(eduStaff, r.id);
    expect(
      (
        await refusalOf(
          eduHead.mutate('suggestions.signOff', { id: r.id, version: s.version, decision: 'send_back' }),
        )
      ).appCode,
    ).toBe('INVALID_INPUT');
    await eduHead.mutate('suggestions.signOff', {
      id: r.id,
      version: s.version,
      decision: 'send_back',
      comment: '请补充下一步措施',
    });
    s = await get(eduStaff, r.id);
    expect(s.can.draft).toBe(true);
    expect(s.events.at(-1)).toMatchObject({ action: 'send-back', note: '请补充下一步措施' });
  });

  it('gives a difficult item the longer answer time, with its reason', async () => {
    const r = await register('0022', '关于建设区域医疗中心的建议');
    await office.mutate('suggestions.assign', {
      id: r.id,
      version: r.version,
      leadDepartmentId: dept.education,
      coDepartmentIds: [],
      assignedOn: '2026-06-01',
    });
    const s = await get(eduStaff, r.id);
    await eduStaff.mutate('suggestions.difficult', {
      id: r.id,
      version: s.version,
      reason: '涉及多部门规划调整，需市级审批',
    });
    const after = await get(eduStaff, r.id);
    expect(after.deadlines.find((d) => d.kind === 'supervision.suggestion-answer')!.dueDate).toBe(
      '2026-12-01',
    );
  });
});

describe('a session at a glance', () => {
  it('counts by unit and category, with the on-time and satisfaction rates, and exports them to Excel', async () => {
    const o = await office.query<{
      overall: {
        total: number;
        answered: number;
        onTimeRate: number | null;
        satisfactionRate: number | null;
        firstDissatisfied: number;
      };
      byUnit: { name: string; total: number }[];
      byCategory: { category: string; count: number }[];
    }>('suggestions.overview', { session: SESSION });
    expect(o.overall.total).toBeGreaterThanOrEqual(8);
    expect(o.overall.answered).toBe(1);
    expect(o.overall.onTimeRate).toBe(100);
    expect(o.overall.satisfactionRate).toBe(100);
    expect(o.overall.firstDissatisfied).toBe(1);
    expect(o.byCategory.find((c) => c.category === 'A')!.count).toBe(1);
    expect(o.byUnit[0]!.name).toBe('区教委');
    expect((await refusalOf(eduStaff.query('suggestions.overview', { session: SESSION }))).appCode).toBe(
      'FORBIDDEN',
    );

    const exported = (username: string) =>
      env
        .signIn(username)
        .then(({ cookie }) =>
          env.server.inject({
            method: 'GET',
            url: `/exports/suggestions.xlsx?session=${encodeURIComponent(SESSION)}`,
            headers: { cookie },
          }),
        );
    expect((await exported('jiaowei-staff')).statusCode).toBe(404);
    const res = await exported('duchaban');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ledger = wb.getWorksheet('建议提案台账')!;
    expect(ledger.actualRowCount - 1).toBe(o.overall.total);
    const total = wb.getWorksheet('办理情况汇总')!.getRow(o.byUnit.length + 2).values as unknown[];
    expect(total.slice(1, 3)).toEqual(['合计', o.overall.total]);
  });
});

describe('import from Excel', () => {
  async function workbook(rows: string[][]) {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('交办清单');
    sheet.addRow(['类别', '编号', '标题', '代表委员', '内容', '主办单位', '协办单位', '交办日期']);
    for (const r of rows) sheet.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }
  const session = '区政协第十六届委员会第五次会议';

  it('refuses the whole workbook, naming each bad row, and keeps nothing', async () => {
    const file = await workbook([
      ['区政协委员提案', '101', '关于发展夜间经济的提案', '张三', '', '区发展改革委', '', '2026-06-10'],
      ['区政协提案', '102', '关于公园绿地建设的提案', '李四', '', '', '', ''],
      ['区政协委员提案', '103', '关于农村饮水安全的提案', '王五', '', '不存在的局', '', ''],
      ['区政协委员提案', '101', '重复编号', '赵六', '', '', '', ''],
    ]);
    const r = await office.mutate<{
      imported: number;
      problems: { row: number; column: string; reason: string }[];
    }>('suggestions.import', { session, file });
    expect(r.imported).toBe(0);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '类别'],
      [4, '主办单位'],
      [5, '编号'],
    ]);
    expect(await env.t.db.suggestion.count({ where: { session } })).toBe(0);
  });

  it('registers every row, and assigns those that name a lead unit', async () => {
    const file = await workbook([
      [
        '区政协委员提案',
        '101',
        '关于发展夜间经济的提案',
        '张三、李四',
        '建议内容',
        '区发展改革委',
        '区教委',
        '2026-06-10',
      ],
      ['区政协委员提案', '102', '关于公园绿地建设的提案', '王五', '', '', '', ''],
    ]);
    const r = await office.mutate<{ imported: number; assigned: number; problems: unknown[] }>(
      'suggestions.import',
      { session, file },
    );
    expect(r).toEqual({ imported: 2, assigned: 1, problems: [] });
    const list = await office.query<{
      items: {
        number: string;
        state: string;
        proposers: string[];
        leadDepartmentId: string | null;
        coDepartmentIds: string[];
      }[];
    }>('suggestions.list', { session });
    expect(list.items.map((i) => [i.number, i.state])).toEqual([
      ['101', 'assigned'],
      ['102', 'registered'],
    ]);
    expect(list.items[0]).toMatchObject({
      proposers: ['张三', '李四'],
      leadDepartmentId: dept['development-reform'],
      coDepartmentIds: [dept.education],
    });
    // a unit sees what it leads or co-handles, nothing else
    const mine = await govStaff.query<{ total: number }>('suggestions.list', { session });
    expect(mine.total).toBe(0);
  });
});

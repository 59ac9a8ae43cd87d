// Work-report tasks, reports, completion and the escalation ladder, end to end through the API on real PostgreSQL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type Caller, type TestServer } from './testing/server';

let env: TestServer;
let office: Caller;
let eduStaff: Caller;
let eduHead: Caller;
let justice: Caller;
let leaderChen: Caller;
const dept: Record<string, string> = {};
let reportId = '';

// "today" is 2 July 2026, 10:00 in Chongqing
const NOW = new Date('2026-07-02T02:00:00Z');

beforeAll(async () => {
  env = await startTestServer({ now: () => NOW });
  for (const d of await env.t.db.department.findMany()) dept[d.code] = d.id;
  office = await env.as('duchaban');
  eduStaff = await env.as('jiaowei-staff');
  eduHead = await env.as('jiaowei-head');
  justice = await env.as('legal-reviewer');
  leaderChen = await env.as('leader-chen');
  const wr = await office.mutate<{ id: string }>('tasks.createWorkReport', {
    year: 2026,
    title: '2026年开州区政府工作报告',
    adoptedOn: '2026-01-20',
  });
  reportId = wr.id;
}, 60_000);
afterAll(async () => env?.close());

interface Task {
  id: string;
  number: string;
  leaderId: string | null;
  reportPeriod: string | null;
  reportDeadlineId: string | null;
  dueDeadlineId: string | null;
  state: string;
  percent: number;
}

const newTask = (number: string, extra: Record<string, unknown> = {}) =>
  office.mutate<Task>('tasks.create', {
    kind: 'work_report',
    workReportId: reportId,
    number,
    title: `推进义务教育优质均衡发展 ${number}`,
    leadDepartmentId: dept.education,
    coDepartmentIds: [dept.finance],
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    milestones: [{ title: '完成方案', dueDate: '2026-03-31' }],
    ...extra,
  });

describe('a work-report task is registered with its leader, deadlines and first report period', () => {
  test('the leader in charge comes from the division of work; the due date and the open period are deadlines', async () => {
    const task = await newTask('1');
    const chen = await env.t.db.leader.findFirstOrThrow({ where: { name: '陈雅琴' } });
    expect(task.leaderId).toBe(chen.id);
    // registered on 2 July: the first period is July's, due on the 25th (the configured report day)
    expect(task.reportPeriod).toBe('2026-07');
    const due = await env.t.db.deadline.findUniqueOrThrow({ where: { id: task.reportDeadlineId! } });
    expect(due.dueDate.toISOString().slice(0, 10)).toBe('2026-07-25');
    const final = await env.t.db.deadline.findUniqueOrThrow({ where: { id: task.dueDeadlineId! } });
    expect(final.dueDate.toISOString().slice(0, 10)).toBe('2026-12-31');
  });

  test('a task number used twice in one report is refused, naming the number', async () => {
    await expect(newTask('1')).rejects.toMatchObject({ appCode: 'CONFLICT', messageZh: expect.stringContaining('1') });
  });

  test('a due date before the start date is refused in Chinese', async () => {
    await expect(newTask('9', { dueDate: '2025-12-31' })).rejects.toMatchObject({ appCode: 'INVALID_INPUT' });
  });

  test('only the supervision office registers tasks', async () => {
    await expect(
      eduHead.mutate('tasks.create', { kind: 'work_report', workReportId: reportId, number: '8', title: 'x' }),
    ).rejects.toMatchObject({ appCode: expect.stringMatching(/FORBIDDEN|BAD_REQUEST|INVALID_INPUT/) });
  });
});

describe('who sees what', () => {
  test('a department sees the tasks it leads or co-handles; another department is told the task does not exist', async () => {
    const task = await newTask('2');
    expect((await eduStaff.query<{ task: Task }>('tasks.get', { id: task.id })).task.id).toBe(task.id);
    await expect(justice.query('tasks.get', { id: task.id })).rejects.toMatchObject({ appCode: 'NOT_FOUND' });
    const list = await justice.query<{ total: number }>('tasks.list', { workReportId: reportId });
    expect(list.total).toBe(0);
  });

  test('a leader sees his or her portfolio only', async () => {
    const housing = await newTask('3', { leadDepartmentId: dept.housing, coDepartmentIds: [] });
    await expect(leaderChen.query('tasks.get', { id: housing.id })).rejects.toMatchObject({ appCode: 'NOT_FOUND' });
    const list = await leaderChen.query<{ items: { number: string }[] }>('tasks.list', { workReportId: reportId });
    expect(list.items.map((i) => i.number)).not.toContain('3');
    expect(list.items.map((i) => i.number)).toContain('1');
  });
});

describe('progress reports count once the department head signs them off', () => {
  test('staff report, the head signs off: the percentage moves, the period is met and the next one opens', async () => {
    const task = await newTask('4');
    const r = await eduStaff.mutate<{ id: string; status: string }>('reports.submit', {
      taskId: task.id,
      percent: 55,
      narrative: '已完成方案制定，正在推进实施。',
    });
    expect(r.status).toBe('awaiting_sign_off');
    expect((await office.query<{ task: Task }>('tasks.get', { id: task.id })).task.percent).toBe(0);
    // the head finds it in the inbox
    const inbox = await eduHead.query<{ items?: { title: string }[] } | { title: string }[]>('inbox.list');
    expect(JSON.stringify(inbox)).toContain('待签发');
    await expect(
      eduStaff.mutate('reports.signOff', { reportId: r.id, decision: 'sign_off' }),
    ).rejects.toMatchObject({ appCode: 'FORBIDDEN' });
    await eduHead.mutate('reports.signOff', { reportId: r.id, decision: 'sign_off' });
    const after = (await office.query<{ task: Task; progress: { status: string } }>('tasks.get', { id: task.id }));
    expect(after.task.percent).toBe(55);
    expect(after.progress.status).toBe('in_progress');
    expect(after.task.reportPeriod).toBe('2026-08');
    const met = await env.t.db.deadline.findUniqueOrThrow({ where: { id: task.reportDeadlineId! } });
    expect(met.status).toBe('met');
  });

  test('a head sends a report back with a comment; without one it is refused', async () => {
    const task = await newTask('5');
    const r = await eduStaff.mutate<{ id: string }>('reports.submit', { taskId: task.id, percent: 10, narrative: '初稿' });
    await expect(eduHead.mutate('reports.signOff', { reportId: r.id, decision: 'reject' })).rejects.toMatchObject({
      appCode: 'INVALID_INPUT',
    });
    const back = await eduHead.mutate<{ status: string }>('reports.signOff', {
      reportId: r.id,
      decision: 'reject',
      comment: '请补充资金到位情况',
    });
    expect(back.status).toBe('rejected');
  });
});

describe('completion: asked by the lead department, accepted or returned by the office', () => {
  test('returned with a reason, then accepted: the deadlines are met and the task is 已完成', async () => {
    const task = await newTask('6');
    const ask = async () => {
      const r = await eduStaff.mutate<{ id: string }>('reports.submit', {
        taskId: task.id,
        percent: 100,
        narrative: '全部完成。',
        askCompletion: true,
      });
      await eduHead.mutate('reports.signOff', { reportId: r.id, decision: 'sign_off' });
    };
    await ask();
    await expect(
      office.mutate('tasks.reviewCompletion', { taskId: task.id, decision: 'return' }),
    ).rejects.toMatchObject({ appCode: 'INVALID_INPUT' });
    await office.mutate('tasks.reviewCompletion', { taskId: task.id, decision: 'return', reason: '缺少验收材料' });
    const returned = await eduStaff.query<{ task: Task & { returnReason: string }; progress: { status: string } }>(
      'tasks.get',
      { id: task.id },
    );
    expect(returned.progress.status).toBe('returned');
    expect(returned.task.returnReason).toBe('缺少验收材料');
    await ask();
    await office.mutate('tasks.reviewCompletion', { taskId: task.id, decision: 'accept' });
    const done = await office.query<{ task: Task; progress: { status: string } }>('tasks.get', { id: task.id });
    expect(done.progress.status).toBe('completed');
    expect((await env.t.db.deadline.findUniqueOrThrow({ where: { id: task.dueDeadlineId! } })).status).toBe('met');
    const timeline = await office.query<{ action: string }[]>('tasks.timeline', { id: task.id });
    expect(timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['task.create', 'report.submit', 'report.sign-off', 'task.return', 'task.complete']),
    );
  });

  test('completion asked at less than 100 % is refused', async () => {
    const task = await newTask('7');
    await expect(
      eduStaff.mutate('reports.submit', { taskId: task.id, percent: 90, narrative: 'x', askCompletion: true }),
    ).rejects.toMatchObject({ appCode: 'INVALID_INPUT' });
  });
});

describe('the escalation ladder: 提醒函 → 催办通知单 → 督办通知单, each numbered and signed for', () => {
  test('a 督办 needs a 催办 first; numbers follow the configured scheme; the department signs for it', async () => {
    const task = await newTask('10');
    const notice = (level: string) =>
      office.mutate<{ id: string; number: string }>('notices.issue', {
        taskId: task.id,
        level,
        matter: '义务教育优质均衡发展进度滞后',
        requirements: '请于规定时限内报送整改措施',
        dueDate: '2026-07-15',
      });
    await expect(notice('urging')).rejects.toMatchObject({ appCode: 'WRONG_STATE' });
    const first = await notice('reminder');
    expect(first.number).toBe('开州督提〔2026〕1号');
    const urging = await notice('urging');
    expect(urging.number).toBe('开州督催〔2026〕1号');
    const sup = await notice('supervision');
    expect(sup.number).toBe('开州督〔2026〕1号');
    await expect(justice.mutate('notices.acknowledge', { id: sup.id })).rejects.toMatchObject({
      appCode: 'NOT_FOUND',
    });
    const ack = await eduStaff.mutate<{ acknowledgedByName: string }>('notices.acknowledge', { id: sup.id });
    expect(ack.acknowledgedByName).toBe('区教委 张敏');
    await expect(eduStaff.mutate('notices.acknowledge', { id: sup.id })).rejects.toMatchObject({
      appCode: 'WRONG_STATE',
    });
  });

  test('two notices issued at once get different numbers', async () => {
    const task = await newTask('11');
    const issued = await Promise.all(
      [1, 2, 3].map(() =>
        office.mutate<{ number: string }>('notices.issue', {
          taskId: task.id,
          level: 'reminder',
          matter: 'm',
          requirements: 'r',
          dueDate: '2026-07-15',
        }),
      ),
    );
    expect(new Set(issued.map((n) => n.number)).size).toBe(3);
  });
});

describe('序时进度 in lists and on the dashboard', () => {
  test('the database computes the same status as the page for every task, and a status filter pages by it', async () => {
    const all = await office.query<{
      items: { id: string; status: string; percent: number; state: string; startDate: string; dueDate: string }[];
      thresholds: { yellowPoints: number; redPoints: number; aheadPoints: number };
    }>('tasks.list', { workReportId: reportId, pageSize: 200 });
    expect(all.items.length).toBeGreaterThan(5);
    for (const row of all.items) {
      const detail = await office.query<{ progress: { status: string } }>('tasks.get', { id: row.id });
      expect(row.status).toBe(detail.progress.status);
    }
    const behind = await office.query<{ total: number; items: { status: string }[] }>('tasks.list', {
      workReportId: reportId,
      status: 'behind',
    });
    expect(behind.total).toBe(all.items.filter((i) => i.status === 'behind').length);
    expect(behind.items.every((i) => i.status === 'behind')).toBe(true);
  });

  test('the dashboard counts tasks by status and department, and an on-time rate per department', async () => {
    const d = await office.query<{
      byStatus: { status: string; n: number }[];
      byDepartment: { departmentId: string; n: number }[];
      onTime: { departmentId: string; onTime: number; late: number }[];
    }>('tasks.dashboard', { workReportId: reportId });
    const total = d.byStatus.reduce((a, b) => a + b.n, 0);
    const listed = await office.query<{ total: number }>('tasks.list', { workReportId: reportId });
    expect(total).toBe(listed.total);
    expect(d.byDepartment.some((r) => r.departmentId === dept.education)).toBe(true);
    const edu = d.onTime.find((r) => r.departmentId === dept.education)!;
    expect(edu.onTime).toBeGreaterThan(0);
  });
});

describe('a meeting decision is checked through rules-core before it is registered', () => {
  test('the route with its citation, the Kaizhou agenda rules as silent, and who acts for a leader on leave', async () => {
    const chen = await env.t.db.leader.findFirstOrThrow({ where: { name: '陈雅琴' } });
    const admin = await env.as('admin');
    const { leave } = await admin.mutate<{ leave: { id: string } }>('directory.requestLeave', {
      leaderId: chen.id,
      fromDate: '2026-07-20',
      toDate: '2026-07-22',
      reason: 'business_trip',
      destination: '北京',
    });
    for (const [step, givenBy] of [
      ['approval', '区政府'],
      ['away-report', '区政府办公室'],
    ])
      await admin.mutate('directory.recordLeaveApproval', { leaveId: leave.id, step, decision: 'approve', givenBy });
    const question = {
      meetingKind: 'executive-meeting',
      meetingDate: '2026-07-21',
      leadDepartmentId: dept.education,
      coDepartmentIds: [dept.finance],
      matter: 'district-fiscal-funds',
      amountYuan: '5000000',
      signedOpinionDepartmentIds: [dept.finance],
      reviewedByLeader: true,
      fixedByHead: true,
    };
    const check = await office.query<{
      routing: { decidedBy: string; citations: { instrument: string; location: string }[] };
      agenda: { silent: { code: string } };
      leader: { name: string; absent: boolean; actingName: string };
    }>('meetings.checkAgenda', question);
    expect(check.routing.citations[0]).toMatchObject({ instrument: '开州府发〔2021〕7号' });
    expect(check.routing.citations[0]!.location).toMatch(/^二十二/);
    expect(check.agenda.silent.code).toBe('RULEBOOK_SILENT');
    expect(check.leader).toMatchObject({ name: '陈雅琴', absent: true, actingName: '赵春生' });
    const md = await office.query<{ majorDecision: { complete: boolean; missing: { stepName: string }[] } }>(
      'meetings.checkAgenda',
      { ...question, majorDecision: { facts: {}, done: ['public-participation', 'expert-argumentation'] } },
    );
    expect(md.majorDecision.complete).toBe(false);
    expect(md.majorDecision.missing.map((m) => m.stepName)).toEqual(
      expect.arrayContaining(['风险评估', '合法性审查', '集体讨论决定']),
    );

    const { meetingKind: _k, meetingDate: _d, leadDepartmentId: _l, coDepartmentIds: _c, ...agenda } = question;
    const task = await office.mutate<{ id: string; number: string; agendaCheck: { answer: typeof check } }>(
      'tasks.create',
      {
        kind: 'meeting_decision',
        meetingName: '区政府第20次常务会议',
        meetingKind: 'executive-meeting',
        meetingDate: '2026-07-21',
        agendaItem: '研究学校建设资金安排',
        title: '落实学校建设资金',
        leadDepartmentId: dept.education,
        coDepartmentIds: [dept.finance],
        startDate: '2026-07-21',
        dueDate: '2026-09-30',
        agenda,
      },
    );
    expect(task.number).toMatch(/^开州督议〔2026〕\d+号$/);
    expect(task.agendaCheck.answer.leader.actingName).toBe('赵春生');
  });
});

describe('report attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  test('a PDF is kept with its hash and served to those who see the task; a disguised file is refused', async () => {
    const task = await newTask('20');
    const r = await eduStaff.mutate<{ id: string }>('reports.submit', { taskId: task.id, percent: 20, narrative: '附件见PDF' });
    const file = await eduStaff.mutate<{ id: string; mimeType: string; size: number }>('reports.attach', {
      reportId: r.id,
      fileName: '进展情况.pdf',
      content: pdf.toString('base64'),
    });
    expect(file).toMatchObject({ mimeType: 'application/pdf', size: pdf.length });
    await expect(
      eduStaff.mutate('reports.attach', {
        reportId: r.id,
        fileName: '报告.pdf',
        content: Buffer.from('MZ\x90\x00 not a pdf at all').toString('base64'),
      }),
    ).rejects.toMatchObject({ appCode: 'FILE_REJECTED' });
    const get = async (username: string) =>
      env.server.inject({ method: 'GET', url: `/attachments/${file.id}`, headers: { cookie: (await env.signIn(username)).cookie } });
    const mine = await get('jiaowei-head');
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.equals(pdf)).toBe(true);
    expect(mine.headers['content-disposition']).toContain(encodeURIComponent('进展情况.pdf'));
    expect((await get('legal-reviewer')).statusCode).toBe(404);
    // once signed off, the report takes no more files
    await eduHead.mutate('reports.signOff', { reportId: r.id, decision: 'sign_off' });
    await expect(
      eduStaff.mutate('reports.attach', { reportId: r.id, fileName: 'b.pdf', content: pdf.toString('base64') }),
    ).rejects.toMatchObject({ appCode: 'WRONG_STATE' });
  });

  test('the ledger exports as Excel for the user’s scope only', async () => {
    const res = await env.server.inject({
      method: 'GET',
      url: `/exports/tasks.xlsx?filter=${encodeURIComponent(JSON.stringify({ workReportId: reportId }))}`,
      headers: { cookie: (await env.signIn('legal-reviewer')).cookie },
    });
    expect(res.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    // the justice bureau leads or co-handles none of these tasks: the header row only
    expect(wb.worksheets[0]!.actualRowCount).toBe(1);
    const anonymous = await env.server.inject({ method: 'GET', url: '/exports/tasks.xlsx' });
    expect(anonymous.statusCode).toBe(401);
    // the notices ledger: the education bureau sees the notices sent to it
    const notices = await env.server.inject({
      method: 'GET',
      url: '/exports/notices.xlsx',
      headers: { cookie: (await env.signIn('jiaowei-staff')).cookie },
    });
    expect(notices.statusCode).toBe(200);
    const nb = new ExcelJS.Workbook();
    await nb.xlsx.load(notices.rawPayload as unknown as ArrayBuffer);
    const cells = nb.worksheets[0]!.getColumn(1).values.slice(2).map(String);
    expect(cells).toEqual(expect.arrayContaining(['开州督〔2026〕1号']));
  });
});

describe('calendar feeds behind a revocable secret link', () => {
  test('a department head’s feed lists the department’s deadlines as all-day events until it is revoked', async () => {
    await newTask('30');
    const feed = await eduHead.mutate<{ id: string; path: string }>('calendar.create', { owner: 'department' });
    expect(feed.path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    const get = () => env.server.inject({ method: 'GET', url: feed.path });
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).toContain('BEGIN:VEVENT');
    expect(res.body).toMatch(/DTSTART;VALUE=DATE:20261231/);
    expect(res.body).toContain('推进义务教育优质均衡发展 30');
    await expect(eduStaff.mutate('calendar.create', { owner: 'department' })).rejects.toMatchObject({
      appCode: 'FORBIDDEN',
    });
    await eduHead.mutate('calendar.revoke', { id: feed.id });
    expect((await get()).statusCode).toBe(404);
    // only the hash of the token is kept
    const stored = await env.t.db.calendarFeed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(feed.path).not.toContain(stored.tokenHash);
  });
});

describe('editing a task by hand', () => {
  test('the office moves a due date: the deadline follows and the change is in the timeline; a completed task stays', async () => {
    const task = await newTask('40');
    await office.mutate('tasks.update', {
      id: task.id,
      title: '推进义务教育优质均衡发展（调整）',
      leadDepartmentId: dept.education,
      coDepartmentIds: [],
      startDate: '2026-01-01',
      dueDate: '2026-10-31',
      milestones: [],
    });
    const after = await office.query<{ task: Task & { title: string; dueDeadlineId: string } }>('tasks.get', { id: task.id });
    expect(after.task.title).toBe('推进义务教育优质均衡发展（调整）');
    const due = await env.t.db.deadline.findUniqueOrThrow({ where: { id: after.task.dueDeadlineId } });
    expect(due.dueDate.toISOString().slice(0, 10)).toBe('2026-10-31');
    const timeline = await office.query<{ action: string }[]>('tasks.timeline', { id: task.id });
    expect(timeline.map((e) => e.action)).toContain('task.update');
    await expect(
      eduHead.mutate('tasks.update', { id: task.id, title: 'x', leadDepartmentId: dept.education, startDate: '2026-01-01', dueDate: '2026-10-31' }),
    ).rejects.toMatchObject({ appCode: 'FORBIDDEN' });
    const completed = await env.t.db.task.findFirstOrThrow({ where: { state: 'completed' } });
    await expect(
      office.mutate('tasks.update', {
        id: completed.id,
        title: '改',
        leadDepartmentId: dept.education,
        startDate: '2026-01-01',
        dueDate: '2026-10-31',
      }),
    ).rejects.toMatchObject({ appCode: 'WRONG_STATE' });
  });
});

describe('configuration the rulebooks do not fix', () => {
  test('the office changes a threshold: statuses follow, the change is audited; bad values and other roles are refused', async () => {
    const list = await office.query<{ key: string; value: unknown; source: string }[]>('settings.list');
    expect(list.find((s) => s.key === 'progress.yellowPoints')).toMatchObject({ value: 10, source: expect.stringContaining('DOMAIN.md') });
    await expect(office.mutate('settings.update', { key: 'progress.yellowPoints', value: 0 })).rejects.toMatchObject({
      appCode: 'INVALID_INPUT',
      messageZh: expect.stringContaining('序时进度黄灯阈值'),
    });
    await expect(office.mutate('settings.update', { key: 'no.such.key', value: 1 })).rejects.toMatchObject({
      appCode: 'INVALID_INPUT',
    });
    await expect(eduHead.mutate('settings.update', { key: 'progress.yellowPoints', value: 5 })).rejects.toMatchObject({
      appCode: 'FORBIDDEN',
    });
    const task = await newTask('50');
    const r = await eduStaff.mutate<{ id: string }>('reports.submit', { taskId: task.id, percent: 44, narrative: '进展' });
    await eduHead.mutate('reports.signOff', { reportId: r.id, decision: 'sign_off' });
    const statusOf = async () => (await office.query<{ progress: { status: string } }>('tasks.get', { id: task.id })).progress.status;
    expect(await statusOf()).toBe('in_progress'); // 6 points behind 50 %
    await office.mutate('settings.update', { key: 'progress.yellowPoints', value: 5 });
    expect(await statusOf()).toBe('behind');
    await office.mutate('settings.update', { key: 'progress.yellowPoints', value: 10 });
    expect(await env.t.db.auditEntry.count({ where: { action: 'setting.update' } })).toBe(2);
  });
});

describe('an instruction registered without a feedback date', () => {
  test('gets the configured default, counted in working days from its start', async () => {
    const task = await office.mutate<{ id: string; dueDate: string; dueDeadlineId: string }>('tasks.create', {
      kind: 'instruction',
      source: 'district-government',
      instructedBy: '林志远',
      instructionText: '请抓紧研究。',
      title: '关于校车安全的批示',
      leadDepartmentId: dept.education,
      startDate: '2026-09-28',
    });
    // 10 working days after Monday 28 September 2026: 29, 30 September; 8, 9, 10 (a make-up Saturday), 12–16 October
    expect(task.dueDate.slice(0, 10)).toBe('2026-10-16');
    const d = await env.t.db.deadline.findUniqueOrThrow({ where: { id: task.dueDeadlineId } });
    expect(d.ruleSource).toContain('N-23');
    const wr = await env.t.db.deadline.findFirstOrThrow({ where: { kind: 'supervision.work_report' } });
    expect(wr.ruleSource).toContain('开州府发〔2021〕7号 三十六');
  });
});

// The supervision demo: the year's work report broken into tasks in every status, leaders' instructions, meeting
// decisions, and notices at each rung of the ladder — all through the app's own use-cases, dated from the day it is
// seeded, attributed to the seed (or, for the education bureau's reports, to its own demo accounts). Idempotent: a
// database that already has the year's work report is left as it is.
import { type Actor, recordAudit, systemActor } from '@zhengling/core';
import type { Db, Task } from '@zhengling/db';
import { closeDeadlineInTx, latestDayCovering } from '@zhengling/reminders';
import type { DistrictId } from '@zhengling/rules-core';
import { acknowledgeNotice } from '../notices/acknowledge-notice';
import { issueNotice } from '../notices/issue-notice';
import { signOffReport } from '../reports/sign-off-report';
import { submitReport } from '../reports/submit-report';
import { loadSettings } from '../settings/settings';
import { createTask } from '../tasks/create-task';
import { createWorkReport } from '../tasks/create-work-report';
import { openReportPeriod } from '../tasks/open-report-period';
import { nextPeriod, periodStart } from '../tasks/report-period';
import { reviewCompletion } from '../tasks/review-completion';
import { taskScopeOf } from '../tasks/scope';
import { seedCleanupDemo } from './seed-cleanup';
import { seedNormativeDemo } from './seed-normative';
import { seedSuggestionsDemo } from './seed-suggestions';

type Outcome =
  | { percent: number }
  | { completed: true }
  | { completionAsked: true }
  | { returned: string }
  | { awaitingSignOff: number }
  | { notStarted: true };

interface DemoTask {
  number: string;
  title: string;
  lead: string;
  co?: string[];
  /** days from the seed date (negative: before it) */
  start?: number;
  due?: number;
  outcome?: Outcome;
  children?: DemoTask[];
}

const DEMO: DemoTask[] = [
  {
    number: '1',
    title: '推动经济高质量发展',
    lead: 'development-reform',
    co: ['finance'],
    outcome: { percent: 80 },
    children: [
      { number: '1.1', title: '实施重大项目攻坚行动，固定资产投资增长8%', lead: 'development-reform', co: ['finance', 'housing'], outcome: { percent: 86 } },
      { number: '1.2', title: '持续优化营商环境，深化“放管服”改革', lead: 'big-data', co: ['justice'], outcome: { completed: true } },
      { number: '1.3', title: '完成国有企业改革深化提升行动年度任务', lead: 'sasac', co: ['finance'], outcome: { percent: 62 } },
    ],
  },
  {
    number: '2',
    title: '全面推进乡村振兴',
    lead: 'agriculture',
    outcome: { percent: 70 },
    children: [
      { number: '2.1', title: '稳定粮食生产，完成粮食播种面积和产量目标', lead: 'agriculture', co: ['dade', 'linjiang'], due: -8, outcome: { percent: 75 } },
      { number: '2.2', title: '实施农村人居环境整治提升行动', lead: 'agriculture', co: ['housing', 'hanfeng'], outcome: { percent: 30 } },
    ],
  },
  {
    number: '3',
    title: '办好人民满意的教育',
    lead: 'education',
    co: ['finance'],
    outcome: { percent: 85 },
    children: [
      { number: '3.1', title: '新建改扩建中小学校5所，新增学位4000个', lead: 'education', co: ['finance', 'housing'], outcome: { percent: 88 } },
      { number: '3.2', title: '推进义务教育优质均衡发展', lead: 'education', outcome: { awaitingSignOff: 90 } },
      { number: '3.3', title: '深化“双减”工作，提升课后服务质量', lead: 'education', outcome: { returned: '请补充课后服务覆盖率等量化数据及佐证材料' } },
    ],
  },
  {
    number: '4',
    title: '建设健康开州',
    lead: 'health',
    outcome: { percent: 84 },
    children: [
      { number: '4.1', title: '推进区人民医院新院区建设', lead: 'health', co: ['housing', 'finance'], start: -30, due: 150, outcome: { percent: 45 } },
      { number: '4.2', title: '完善基层医疗卫生服务体系', lead: 'health', co: ['wenfeng', 'baihe'], outcome: { completionAsked: true } },
    ],
  },
  {
    number: '5',
    title: '加快城市更新和城乡建设',
    lead: 'housing',
    outcome: { percent: 82 },
    children: [
      { number: '5.1', title: '完成城镇老旧小区改造30个', lead: 'housing', co: ['hanfeng', 'wenfeng'], outcome: { percent: 90 } },
      { number: '5.2', title: '推进汉丰湖周边环境综合整治', lead: 'housing', co: ['hanfeng'], start: 10, due: 200, outcome: { notStarted: true } },
    ],
  },
  {
    number: '6',
    title: '建设数字政府',
    lead: 'big-data',
    outcome: { percent: 88 },
    children: [
      { number: '6.1', title: '推进“渝快办”高频事项全程网办', lead: 'big-data', co: ['justice'], outcome: { completed: true } },
      { number: '6.2', title: '建成区级数据共享交换平台', lead: 'big-data', co: ['finance'], outcome: { percent: 55 } },
    ],
  },
  {
    number: '7',
    title: '加强审计监督和法治政府建设',
    lead: 'justice',
    outcome: { percent: 86 },
    children: [
      { number: '7.1', title: '开展重点民生资金专项审计', lead: 'audit', co: ['finance'], outcome: { percent: 92 } },
      { number: '7.2', title: '推进行政规范性文件合法性审核全覆盖', lead: 'justice', co: ['gov-office'], outcome: { completed: true } },
    ],
  },
];

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * How far past its day the demo's clocks run, in calendar days. The farthest is the misassigned suggestion's contact
 * clock, 20 working days from 9 days before: 19 days before the end of 2026, measured. The day is only ever moved back
 * from a year's end, and December has no statutory holiday, so two days' margin is enough.
 */
export const SUPERVISION_DEMO_REACH_DAYS = 21;

/**
 * The day the demo is set: today, or — when its clocks would run into a year whose holiday notice is not stored yet
 * (each year's comes from the State Council around November) — the latest day from which they all fit. Never a guess
 * at the missing year.
 */
export const supervisionDemoDay = (db: Db, today: string): Promise<string> =>
  latestDayCovering(db, today, SUPERVISION_DEMO_REACH_DAYS);

export async function seedSupervisionDemo(db: Db, opts: { district: DistrictId; asOf: string }) {
  const year = Number(opts.asOf.slice(0, 4));
  if (await db.workReport.findUnique({ where: { year } })) return { created: false };
  const seed: Actor = systemActor('demo-seed', 'supervision');
  const ctx = { district: opts.district, asOf: opts.asOf };
  // the moment the story's decisions are taken: its day, 10:00 in Chongqing
  const storyNow = new Date(`${opts.asOf}T02:00:00Z`);
  const dept = new Map((await db.department.findMany()).map((d) => [d.code, d.id]));
  const id = (code: string) => {
    const v = dept.get(code);
    if (!v) throw new Error(`demo seed: no department ${code}`);
    return v;
  };
  const user = async (username: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { username } });
    return { u, actor: { kind: 'user' as const, userId: u.id, label: u.username, app: 'supervision' as const } };
  };
  const staff = await user('jiaowei-staff');
  const head = await user('jiaowei-head');
  const staffScope = await taskScopeOf(db, staff.u);

  const districtName = opts.district === 'kaizhou' ? '开州区' : '沙坪坝区';
  const report = await createWorkReport(db, seed, {
    year,
    title: `${year}年${districtName}人民政府工作报告`,
    adoptedOn: `${year}-01-20`,
  });
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const created: { task: Task; demo: DemoTask }[] = [];
  const make = async (d: DemoTask, parentId?: string) => {
    const task = await createTask(
      db,
      seed,
      {
        kind: 'work_report',
        workReportId: report.id,
        parentId,
        number: d.number,
        title: d.title,
        leadDepartmentId: id(d.lead),
        coDepartmentIds: (d.co ?? []).map(id),
        startDate: d.start === undefined ? start : addDays(opts.asOf, d.start),
        dueDate: d.due === undefined ? end : addDays(opts.asOf, d.due),
        reportCycle: 'monthly',
        milestones: [],
      },
      ctx,
    );
    created.push({ task, demo: d });
    for (const c of d.children ?? []) await make(c, task.id);
  };
  for (const d of DEMO) await make(d);

  // Progress of departments without demo accounts is recorded as the seed's own (signed-off) reports.
  const seedReport = (task: Task, percent: number, askCompletion = false) =>
    db.$transaction(async (tx) => {
      const period = task.reportPeriod ?? opts.asOf;
      const r = await tx.progressReport.create({
        data: {
          taskId: task.id,
          departmentId: task.leadDepartmentId,
          period,
          percent,
          narrative: askCompletion ? '各项工作已全部完成，申请办结。' : `按计划推进，已完成年度目标的${percent}%。`,
          askCompletion,
          status: 'signed_off',
          submittedById: 'system:demo-seed',
          signedOffById: 'system:demo-seed',
          signedOffAt: new Date(),
        },
      });
      await tx.task.update({
        where: { id: task.id },
        data: { percent, lastReportedAt: new Date(), state: askCompletion ? 'completion_requested' : 'open' },
      });
      if (task.reportDeadlineId) await closeDeadlineInTx(tx, seed, task.reportDeadlineId, 'met');
      const fresh = await tx.task.findUniqueOrThrow({ where: { id: task.id } });
      if (askCompletion || !task.reportPeriod)
        await tx.task.update({ where: { id: task.id }, data: { reportDeadlineId: null, reportPeriod: null } });
      else await openReportPeriod(tx, seed, fresh, periodStart(nextPeriod(period)), await loadSettings(tx));
      await recordAudit(tx, seed, {
        action: 'report.sign-off',
        entityType: 'task',
        entityId: task.id,
        after: { reportId: r.id, period, percent, askCompletion, note: '演示数据' },
      });
    });
  const educationReport = async (task: Task, percent: number, opts2: { askCompletion?: boolean; sign?: boolean }) => {
    const r = await submitReport(
      db,
      staff.actor,
      staff.u,
      staffScope,
      { taskId: task.id, percent, narrative: `本月推进情况：完成年度目标的${percent}%。`, askCompletion: opts2.askCompletion ?? false },
      opts.asOf,
    );
    if (opts2.sign ?? true) await signOffReport(db, head.actor, head.u, { reportId: r.id, decision: 'sign_off' });
  };

  for (const { task, demo } of created) {
    const o = demo.outcome ?? { notStarted: true };
    const education = demo.lead === 'education';
    if ('percent' in o) {
      if (education) await educationReport(task, o.percent, {});
      else await seedReport(task, o.percent);
    } else if ('completed' in o || 'completionAsked' in o) {
      await seedReport(task, 100, true);
      if ('completed' in o) await reviewCompletion(db, seed, { taskId: task.id, decision: 'accept' }, storyNow);
    } else if ('returned' in o) {
      await educationReport(task, 100, { askCompletion: true });
      await reviewCompletion(db, seed, { taskId: task.id, decision: 'return', reason: o.returned }, storyNow);
    } else if ('awaitingSignOff' in o) {
      await educationReport(task, o.awaitingSignOff, { sign: false });
    }
  }

  // Leaders' instructions and meeting decisions.
  const instructions = [
    { by: '林志远', source: 'district-government', title: '关于加快推进汉丰湖防洪护岸工程的批示', lead: 'housing', days: 15, text: '请区住房城乡建委牵头，抓紧制定工作方案，确保汛前完工。' },
    { by: '周明德', source: 'district-government', title: '关于做好年末财政资金清理盘活工作的交办事项', lead: 'finance', days: -1, text: '请区财政局于规定时限内报送清理盘活情况。' },
    { by: '市政府领导', source: 'municipal-government', title: '关于落实城乡居民医保参保扩面工作的批示', lead: 'health', days: 25, text: '请认真研究落实，及时报告进展。' },
  ] as const;
  for (const i of instructions)
    await createTask(
      db,
      seed,
      {
        kind: 'instruction',
        source: i.source,
        instructedBy: i.by,
        instructionText: i.text,
        title: i.title,
        leadDepartmentId: id(i.lead),
        coDepartmentIds: [],
        startDate: addDays(opts.asOf, -20),
        dueDate: addDays(opts.asOf, i.days),
        reportCycle: 'none',
        milestones: [],
      },
      ctx,
    );
  const decisions = [
    { meeting: `区政府第${12}次常务会议`, item: '研究城区停车设施建设专项规划', title: '编制并报批城区停车设施建设专项规划', lead: 'housing', days: 40 },
    { meeting: `区政府第${13}次常务会议`, item: '研究农村集体经营性建设用地入市试点', title: '拟定农村集体经营性建设用地入市试点方案', lead: 'agriculture', days: 20 },
    { meeting: '区长办公会议', item: '研究义务教育学校学位保障问题', title: '提出秋季学期学位保障方案', lead: 'education', days: 10 },
  ];
  for (const d of decisions)
    await createTask(
      db,
      seed,
      {
        kind: 'meeting_decision',
        meetingKind: d.meeting.includes('常务') ? 'executive-meeting' : 'head-office-meeting',
        meetingName: d.meeting,
        meetingDate: addDays(opts.asOf, -25),
        agendaItem: d.item,
        title: d.title,
        leadDepartmentId: id(d.lead),
        coDepartmentIds: [],
        startDate: addDays(opts.asOf, -25),
        dueDate: addDays(opts.asOf, d.days),
        reportCycle: 'monthly',
        milestones: [],
      },
      ctx,
    );

  // The ladder: one rung, two rungs (the second signed for), all three (the 督办 waiting for the bureau's signature).
  const byNumber = new Map(created.map((c) => [c.demo.number, c.task]));
  const notice = (number: string, level: 'reminder' | 'urging' | 'supervision') =>
    issueNotice(
      db,
      seed,
      {
        taskId: byNumber.get(number)!.id,
        level,
        matter: byNumber.get(number)!.title,
        requirements:
          level === 'supervision'
            ? '该项工作进度严重滞后，请单位主要负责人亲自研究，于办理时限前书面报送整改措施和进度安排。'
            : '请加快推进，并于办理时限前报送推进情况。',
        dueDate: addDays(opts.asOf, level === 'supervision' ? 5 : 10),
      },
      ctx,
    );
  await notice('1.3', 'reminder');
  await notice('2.2', 'reminder');
  const urging = await notice('2.2', 'urging');
  await db.$transaction(async (tx) => {
    await tx.notice.update({
      where: { id: urging.id },
      data: { acknowledgedAt: new Date(), acknowledgedById: 'system:demo-seed', acknowledgedByName: '曹勇（演示）' },
    });
    if (urging.ackDeadlineId) await closeDeadlineInTx(tx, seed, urging.ackDeadlineId, 'met');
  });
  await notice('3.3', 'reminder');
  const edUrging = await notice('3.3', 'urging');
  await acknowledgeNotice(db, staff.actor, staff.u, edUrging.id);
  await notice('3.3', 'supervision');
  await seedNormativeDemo(db, { ...ctx, daysBefore: (n) => addDays(opts.asOf, -n) });
  await seedCleanupDemo(db, { ...ctx, daysBefore: (n) => addDays(opts.asOf, -n) });
  await seedSuggestionsDemo(db, { ...ctx, daysBefore: (n) => addDays(opts.asOf, -n) });
  return { created: true };
}

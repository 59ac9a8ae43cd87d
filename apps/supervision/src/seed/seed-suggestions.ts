// The demo's congress session: the people's congress deputies' suggestions and the CPPCC members' proposals of one
// session, each taken through the handling use-cases on the days it would have happened, so the ledger shows every
// stage — one waiting to be assigned, one returned by a unit it did not belong to (and one already reassigned and
// answered), some in hand (a co-handler's opinion overdue, a difficult item on its longer clock), one answered and
// awaiting the rating, one re-handled after 不满意 and one re-handling now, and the rest closed — with promised actions
// tracked as tasks, and one answer exempted from disclosure with its reason.
import type { Actor } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import type { DistrictId } from '@zhengling/rules-core';
import type { DisclosureClient } from '../disclosure/disclosure-client';
import { DISTRICT_SHORT } from '../settings/settings';
import {
  assignSuggestion,
  draftAnswer,
  markDifficult,
  rateAnswer,
  recordContact,
  registerSuggestion,
  returnSuggestion,
  signOffAnswer,
  submitOpinion,
  type SuggestionUser,
} from '../suggestions/handling';
import { exemptFromDisclosure, sendAnswerToDisclosure } from '../suggestions/publish';
import type { AnswerCategory, Rating } from '../suggestions/words';

/** The demo sessions' names. */
export const demoSessions = (district: DistrictId) => ({
  congress: `${DISTRICT_SHORT[district]}区第十八届人民代表大会第六次会议`,
  cppcc: `政协${DISTRICT_SHORT[district]}区第十六届委员会第五次会议`,
});

export async function seedSuggestionsDemo(
  db: Db,
  opts: { district: DistrictId; asOf: string; daysBefore: (n: number) => string },
) {
  const person = async (username: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { username } });
    const actor: Actor & { kind: 'user' } = {
      kind: 'user',
      userId: u.id,
      label: u.username,
      app: 'supervision',
    };
    const user: SuggestionUser = {
      id: u.id,
      displayName: u.displayName,
      departmentId: u.departmentId,
      roles: u.roles,
    };
    return { actor, user };
  };
  const office = await person('duchaban');
  const staff = {
    education: await person('jiaowei-staff'),
    'development-reform': await person('fagaiwei-staff'),
    'gov-office': await person('zhengfuban-staff'),
  };
  const heads = {
    education: await person('jiaowei-head'),
    'development-reform': await person('fagaiwei-head'),
  };
  type Unit = keyof typeof staff;
  const dept = Object.fromEntries(
    (await db.department.findMany({ where: { code: { in: Object.keys(staff) } } })).map((d) => [
      d.code,
      d.id,
    ]),
  ) as Record<Unit, string>;
  const on = (n: number) => ({ district: opts.district, asOf: opts.daysBefore(n) });
  const sessions = demoSessions(opts.district);
  const version = async (id: string) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).version;

  const register = (
    body: 'npc-district' | 'cppcc-district',
    number: string,
    title: string,
    proposers: string[],
    text: string,
  ) =>
    registerSuggestion(db, office.actor, office.user, {
      sourceBody: body,
      session: body === 'npc-district' ? sessions.congress : sessions.cppcc,
      number,
      title,
      proposers,
      body: text,
    });
  const assign = async (id: string, lead: Unit, co: Unit[], n: number) =>
    assignSuggestion(
      db,
      office.actor,
      office.user,
      {
        id,
        version: await version(id),
        leadDepartmentId: dept[lead],
        coDepartmentIds: co.map((c) => dept[c]),
        assignedOn: opts.daysBefore(n),
      },
      on(n),
    );
  const contact = async (id: string, lead: Unit, n: number, note: string) =>
    recordContact(
      db,
      staff[lead].actor,
      staff[lead].user,
      { id, version: await version(id), contactedOn: opts.daysBefore(n), note },
      on(n),
    );
  const answer = async (
    id: string,
    lead: 'education' | 'development-reform',
    category: AnswerCategory,
    text: string,
    n: number,
    promises: { title: string; inDays: number }[] = [],
  ) => {
    await draftAnswer(
      db,
      staff[lead].actor,
      staff[lead].user,
      {
        id,
        version: await version(id),
        category,
        text,
        promises: promises.map((p) => ({ title: p.title, dueOn: opts.daysBefore(-p.inDays) })),
      },
      on(n + 2),
    );
    await signOffAnswer(
      db,
      heads[lead].actor,
      heads[lead].user,
      { id, version: await version(id), decision: 'sign_off', answeredOn: opts.daysBefore(n) },
      on(n),
    );
  };
  const rate = async (id: string, rating: Rating, n: number, note = '') =>
    rateAnswer(
      db,
      office.actor,
      office.user,
      { id, version: await version(id), rating, note, ratedOn: opts.daysBefore(n) },
      on(n),
    );

  // ── the people's congress deputies' suggestions ──
  const kindergartens = await register(
    'npc-district',
    '0001',
    '关于加快城区公办幼儿园建设的建议',
    ['李明', '王芳'],
    '城区适龄幼儿逐年增加，公办幼儿园学位紧张，建议加快新建、改扩建公办幼儿园。',
  );
  await assign(kindergartens.id, 'education', ['development-reform'], 200);
  await contact(kindergartens.id, 'education', 192, '到李明代表所在社区座谈，了解学位缺口情况');
  await submitOpinion(db, staff['development-reform'].actor, staff['development-reform'].user, {
    id: kindergartens.id,
    opinion: '城区第三幼儿园新建项目已纳入年度政府投资计划，资金按进度拨付。',
  });
  await answer(
    kindergartens.id,
    'education',
    'B',
    '我委已将城区第三幼儿园新建项目列入学前教育发展计划，项目已纳入年度政府投资计划，计划明年秋季投入使用，新增学位360个。',
    140,
    [{ title: '城区第三幼儿园建成并投入使用', inDays: 280 }],
  );
  await rate(kindergartens.id, 'satisfied', 125);

  const training = await register(
    'npc-district',
    '0002',
    '关于规范校外培训机构收费的建议',
    ['张伟'],
    '部分校外培训机构预收费用过高、退费难，建议加强收费监管。',
  );
  await assign(training.id, 'education', [], 200);
  await contact(training.id, 'education', 190, '电话联系张伟代表');
  await answer(
    training.id,
    'education',
    'A',
    '我委已会同有关部门开展校外培训机构收费专项检查，对预收费实行银行托管。',
    150,
  );
  await rate(training.id, 'dissatisfied', 140, '答复未说明退费难问题的具体解决办法');
  await answer(
    training.id,
    'education',
    'A',
    '经重新办理：我委已建立校外培训预收费资金监管平台，全区机构全部纳入监管，退费投诉按“即收即办”处理，今年以来办结退费投诉23件。',
    110,
  );
  await rate(training.id, 'basically_satisfied', 100);

  const afterSchool = await register(
    'npc-district',
    '0003',
    '关于增加中小学课后服务时长的建议',
    ['刘洋'],
    '建议延长课后服务时间，解决双职工家庭接送难。',
  );
  await assign(afterSchool.id, 'gov-office', [], 200);
  await returnSuggestion(
    db,
    staff['gov-office'].actor,
    staff['gov-office'].user,
    {
      id: afterSchool.id,
      version: await version(afterSchool.id),
      reason: '课后服务属教育行政部门职责，请交区教委办理',
    },
    on(197),
  );
  await assign(afterSchool.id, 'education', [], 195);
  await contact(afterSchool.id, 'education', 185, '面商刘洋代表');
  await answer(
    afterSchool.id,
    'education',
    'A',
    '全区中小学已实现课后服务全覆盖，结束时间不早于当地正常下班时间，并提供托管服务。',
    120,
  );
  await rate(afterSchool.id, 'satisfied', 110);

  const traffic = await register(
    'npc-district',
    '0004',
    '关于加强校园周边交通安全的建议',
    ['陈静', '赵磊'],
    '上下学时段校园周边交通拥堵，存在安全隐患。',
  );
  await assign(traffic.id, 'education', ['gov-office'], 50);
  await contact(traffic.id, 'education', 40, '与陈静代表实地查看学校周边路段');
  // the co-handler's opinion is overdue: reminded, then escalated by the reminder engine

  const elevators = await register(
    'npc-district',
    '0005',
    '关于推进老旧小区加装电梯的建议',
    ['孙丽'],
    '老旧小区老年居民上下楼困难，建议加大加装电梯补贴力度。',
  );
  await assign(elevators.id, 'development-reform', [], 60);
  await markDifficult(db, staff['development-reform'].actor, staff['development-reform'].user, {
    id: elevators.id,
    version: await version(elevators.id),
    reason: '涉及规划、住建、财政等多部门政策调整，需报市级部门审批',
  });
  await contact(elevators.id, 'development-reform', 50, '电话联系孙丽代表');

  const inspections = await register(
    'npc-district',
    '0006',
    '关于减少涉企重复检查的建议',
    ['周强'],
    '涉企检查多头、重复，建议统筹检查计划。',
  );
  await assign(inspections.id, 'development-reform', [], 100);
  await contact(inspections.id, 'development-reform', 95, '走访周强代表所在企业');
  await answer(
    inspections.id,
    'development-reform',
    'C',
    '涉企检查计划统筹属市级部门事权，我委已将代表意见报告市发展改革委；在本区权限内，已推行“综合查一次”。',
    12,
  );

  const buses = await register(
    'npc-district',
    '0007',
    '关于完善农村客运班线的建议',
    ['吴敏'],
    '部分偏远村社未通客运班线，群众出行不便。',
  );
  await assign(buses.id, 'development-reform', [], 9);
  await returnSuggestion(
    db,
    staff['development-reform'].actor,
    staff['development-reform'].user,
    {
      id: buses.id,
      version: await version(buses.id),
      reason: '农村客运班线属交通运输部门职责，建议交区交通运输委办理',
    },
    on(2),
  );

  await register(
    'npc-district',
    '0008',
    '关于建设城市书房的建议',
    ['郑凯'],
    '建议在人口密集社区建设24小时城市书房。',
  );

  // ── the CPPCC members' proposals ──
  const nightEconomy = await register(
    'cppcc-district',
    '001',
    '关于发展夜间经济的提案',
    ['黄海'],
    '建议打造夜间消费集聚区，延长商业街区营业时间。',
  );
  await assign(nightEconomy.id, 'development-reform', ['gov-office'], 200);
  await contact(nightEconomy.id, 'development-reform', 190, '召开提案办理座谈会');
  await submitOpinion(db, staff['gov-office'].actor, staff['gov-office'].user, {
    id: nightEconomy.id,
    opinion: '同意在滨湖片区试点，区政府办将协调城市管理部门做好保障。',
  });
  await answer(
    nightEconomy.id,
    'development-reform',
    'B',
    '我委已制定夜间经济发展方案，在滨湖片区试点夜间消费集聚区。',
    140,
    [{ title: '滨湖片区夜间消费集聚区试点开街', inDays: 150 }],
  );
  await rate(nightEconomy.id, 'satisfied', 130);

  const wellbeing = await register(
    'cppcc-district',
    '002',
    '关于加强中小学心理健康教育的提案',
    ['林芳'],
    '建议配齐心理健康教师，建立学生心理危机预警机制。',
  );
  await assign(wellbeing.id, 'education', [], 200);
  await contact(wellbeing.id, 'education', 190, '电话联系林芳委员');
  await answer(wellbeing.id, 'education', 'A', '全区中小学已开设心理健康课程，逐步配备专兼职心理教师。', 120);
  await rate(wellbeing.id, 'dissatisfied', 30, '专职心理教师配备比例仍然偏低，希望明确配备计划');

  const meals = await register(
    'cppcc-district',
    '003',
    '关于规范学生营养餐管理的提案',
    ['何军'],
    '建议加强学生营养餐供餐企业监管。',
  );
  await assign(meals.id, 'education', [], 200);
  await contact(meals.id, 'education', 190, '面商何军委员');
  await answer(
    meals.id,
    'education',
    'A',
    '我委已对全区供餐企业开展专项检查，附检查发现问题的学校和企业名单及整改情况。',
    130,
  );
  await rate(meals.id, 'satisfied', 120);
  await exemptFromDisclosure(db, office.actor, office.user, {
    id: meals.id,
    version: await version(meals.id),
    reason: '答复附有学校、企业名单及学生就餐个人信息，不予公开',
  });
}

/** Once the servers run (`pnpm start`): the closed items' answers not exempted are sent to the disclosure app, the way
 * the office's button sends them. Answers the drafts made. */
export async function sendDemoAnswers(db: Db, client: DisclosureClient) {
  const u = await db.user.findUniqueOrThrow({ where: { username: 'duchaban' } });
  const actor: Actor = { kind: 'user', userId: u.id, label: u.username, app: 'supervision' };
  const user: SuggestionUser = {
    id: u.id,
    displayName: u.displayName,
    departmentId: u.departmentId,
    roles: u.roles,
  };
  const made: string[] = [];
  for (const s of await db.suggestion.findMany({
    where: { state: 'closed', disclosureExempt: false, disclosureItemId: null },
    orderBy: { number: 'asc' },
  })) {
    const answer = await sendAnswerToDisclosure(db, actor, user, client, s.id);
    if (answer.created) made.push(`suggestion:${s.id}:${s.round}`);
  }
  return made;
}

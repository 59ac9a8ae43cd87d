// The disclosure demo, made through the app's own use-cases by the demo accounts whose work each step is: both
// rulebooks (此件公开发布) published with full metadata and an interpretation each; a document repealed by its
// successor with its history; items at every step of review; applications on their clocks, one extended; last year's
// applications answered and last year's annual report published. Dated from the day it is seeded. Idempotent: a
// database that already holds the rulebooks is left as it is.
import type { Db } from '@zhengling/db';
import { latestDayCovering } from '@zhengling/reminders';
import { type DistrictId, type DocumentKindId, INSTRUMENTS } from '@zhengling/rules-core';
import { saveAnnualReport, emptyManual, emptyReview } from '../annual-report/build-report';
import { publishAnnualReport } from '../annual-report/publish-report';
import {
  answerApplication,
  consultThirdParty,
  extendApplication,
  receiveSupplement,
  registerApplication,
  requestSupplement,
  thirdPartyReplied,
} from '../applications/applications';
import { writeInterpretation } from '../interpretations/write-interpretation';
import { actorOfUser, type StaffUser } from '../items/access';
import { createItemInTx } from '../items/create-item';
import type { ItemFields } from '../items/item-input';
import { reviewItem, signItem, submitItem } from '../items/transition';
import { signoffPlan } from '../items/signing';
import { DISTRICT_SHORT } from '../settings/settings';
import { updateItem } from '../items/update-item';

type Who = StaffUser & { displayName: string };

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** 10:00 China time on a day (the seeded steps' clock). */
const at = (iso: string) => new Date(`${iso}T02:00:00Z`);

/**
 * How far past its day the demo's clocks run, in calendar days: 16 before the end of 2026, measured. The day is only
 * ever moved back from a year's end, and December has no statutory holiday, so two days' margin is enough.
 */
export const DISCLOSURE_DEMO_REACH_DAYS = 18;

/**
 * The day the demo is set: today, or — when its clocks would run into a year whose holiday notice is not stored yet
 * (each year's comes from the State Council around November) — the latest day from which they all fit.
 */
export const disclosureDemoDay = (db: Db, today: string): Promise<string> =>
  latestDayCovering(db, today, DISCLOSURE_DEMO_REACH_DAYS);

export async function seedDisclosureDemo(db: Db, opts: { district: DistrictId; asOf: string }) {
  const own = INSTRUMENTS[opts.district === 'kaizhou' ? 'kz-2021-7' : 'spb-2022-3'];
  if (await db.disclosureItem.findFirst({ where: { docNumber: own.documentNumber } })) return { created: false };
  const user = async (username: string): Promise<Who> => {
    const u = await db.user.findUniqueOrThrow({ where: { username } });
    return { id: u.id, username, displayName: u.displayName, departmentId: u.departmentId, roles: u.roles };
  };
  const [office, editor, lin, wu, jiaowei, fagaiwei, jiaoweiHead] = (await Promise.all(
    ['zhengfuban-staff', 'disclosure-editor', 'leader-lin', 'leader-wu', 'jiaowei-staff', 'fagaiwei-staff', 'jiaowei-head'].map(user),
  )) as [Who, Who, Who, Who, Who, Who, Who];
  const district = opts.district;
  const today = opts.asOf;
  // the days the demo's clocks start on: far enough back that every deadline ends in a year whose holiday schedule
  // the calendar holds (a year without it cannot be counted in working days, and the engine never guesses)
  const recent = addDays(today, -25);
  const lastYear = Number(today.slice(0, 4)) - 1;
  // who signs a government-wide document and an office routine one, in this district's rulebook
  const headKind: DocumentKindId = district === 'kaizhou' ? 'overall-policy-document' : 'other-major-matter-document';
  const officeKind: DocumentKindId = district === 'kaizhou' ? 'office-routine-document' : 'office-routine-document';

  const draft = (by: Who, fields: ItemFields) => db.$transaction((tx) => createItemInTx(tx, actorOfUser(by), district, fields));
  const step = async (id: string) => (await db.disclosureItem.findUniqueOrThrow({ where: { id } })).version;
  const submit = async (by: Who, id: string) => submitItem(db, actorOfUser(by), by, district, { id, version: await step(id) });
  const pass = async (id: string) => reviewItem(db, actorOfUser(editor), editor, { id, version: await step(id), decision: 'pass', note: '经审查，不涉及国家秘密、工作秘密、商业秘密和个人隐私' });
  // the prior steps the rulebook asks before the signature (e.g. KZ 四十三（二）: 司法局审核, 常务会议审定, 分管副区长核报),
  // attested with the demo's references
  const sign = async (by: Who, id: string, on: string) => {
    const item = await db.disclosureItem.findUniqueOrThrow({ where: { id } });
    const attested = signoffPlan(district, item.signoffKind).priorSteps.map((p, index) => ({ index, reference: `（演示）${p.label}记录` }));
    return signItem(db, actorOfUser(by), by, district, { id, version: item.version, attested }, at(on));
  };
  const publish = async (drafter: Who, signer: Who, id: string, on: string) => {
    await submit(drafter, id);
    await pass(id);
    return sign(signer, id, on);
  };

  // 1. Both rulebooks, with an interpretation each by the government office that drafted them.
  for (const instrument of [own, INSTRUMENTS[own.id === 'kz-2021-7' ? 'spb-2022-3' : 'kz-2021-7']]) {
    const item = await draft(office, {
      kind: 'policy',
      title: instrument.title,
      docNumber: instrument.documentNumber,
      issuer: instrument.issuer,
      draftingDepartmentId: office.departmentId,
      writtenOn: instrument.issuedOn,
      formedOn: recent,
      category: '综合政务',
      attribute: 'proactive',
      legalBasis: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《重庆市人民政府工作规则》',
      summary: `${instrument.adoptedAt}审议通过，${instrument.issuedOn}印发施行；规定区政府的职责、决策、会议、公文、监督和作风纪律。此件公开发布。`,
      bodyText: instrument.text,
      signoffKind: headKind,
      needsInterpretation: true,
    });
    await writeInterpretation(
      db,
      actorOfUser(office),
      office,
      district,
      {
        policyId: item.id,
        content: {
          form: 'qa',
          pairs: [
            { q: `《${instrument.title}》是什么时候通过的？`, a: `${instrument.adoptedAt}审议通过，${instrument.issuedOn}以${instrument.documentNumber}印发。` },
            { q: '规则主要规定了哪些内容？', a: '区政府的组成人员和职责、科学民主依法决策、政务公开、监督、会议、公文审批和作风纪律等。' },
            { q: '群众从哪里可以查到区政府的决策？', a: '除依法不予公开的以外，区政府的决策和政策文件通过政府网站政务公开专栏主动公开，政策文件与解读同步发布。' },
          ],
        },
      },
      at(today),
    );
    await publish(office, lin, item.id, today);
  }

  // 2. A document of last year, edited once as a draft (kept as version 1), then replaced this year: it stays
  // readable, marked 废止, comparable with its successor.
  const oldFields = (bodyText: string): ItemFields => ({
    kind: 'normative_document',
    title: '开州区政府信息公开申请办理暂行办法',
    docNumber: `开州府发〔${lastYear}〕21号`,
    issuer: '重庆市开州区人民政府',
    draftingDepartmentId: office.departmentId,
    writtenOn: `${lastYear}-03-02`,
    formedOn: `${lastYear}-03-02`,
    category: '政务公开',
    attribute: 'proactive',
    legalBasis: '《中华人民共和国政府信息公开条例》',
    summary: '依申请公开的登记、办理、答复和归档',
    bodyText,
    signoffKind: 'government-normative-document',
    needsInterpretation: false,
  });
  const oldText = (days: number) => `一、登记\n收到申请后当日登记。\n二、办理\n承办单位应当在${days}个工作日内提出答复意见。\n三、答复\n由区政府办公室统一答复。`;
  const oldRules = await draft(office, oldFields(oldText(15)));
  await updateItem(db, actorOfUser(office), office, district, { id: oldRules.id, version: oldRules.version, note: '按审核意见修改承办时限', fields: oldFields(oldText(10)) });
  await publish(office, lin, oldRules.id, `${lastYear}-03-16`);
  const newRules = await draft(office, {
    kind: 'normative_document',
    title: '开州区政府信息公开申请办理办法',
    docNumber: `开州府发〔${lastYear + 1}〕8号`,
    issuer: '重庆市开州区人民政府',
    draftingDepartmentId: office.departmentId,
    writtenOn: addDays(today, -40),
    formedOn: addDays(today, -40),
    category: '政务公开',
    attribute: 'proactive',
    legalBasis: '《中华人民共和国政府信息公开条例》',
    summary: '依申请公开的登记、补正、征求意见、延期、答复和归档；原暂行办法同时废止',
    bodyText:
      '一、登记\n收到申请后当日登记，出具受理回执和查询码。\n二、补正\n申请内容不明确的，自收到申请之日起7个工作日内一次性告知补正。\n三、办理\n承办单位应当在10个工作日内提出答复意见。\n四、答复\n由区政府办公室统一答复；需要延长答复期限的，经负责人同意，延长不超过20个工作日。\n五、附则\n本办法自印发之日起施行，原暂行办法同时废止。',
    signoffKind: 'government-normative-document',
    needsInterpretation: false,
    relation: { itemId: oldRules.id, kind: 'replaces' },
  });
  await publish(office, lin, newRules.id, addDays(today, -20));

  // 3. Items at every step: a policy whose drafting unit owes its interpretation (draft), one in review, one waiting
  // for the deputy head in charge, one withheld.
  const education = (over: Partial<ItemFields>): ItemFields => ({
    kind: 'policy',
    title: '',
    issuer: '重庆市开州区人民政府办公室',
    draftingDepartmentId: jiaowei.departmentId,
    writtenOn: addDays(today, -20),
    formedOn: addDays(today, -20),
    category: '科技、教育',
    attribute: 'proactive',
    legalBasis: '《中华人民共和国教育法》《中华人民共和国义务教育法》',
    summary: '',
    bodyText: '一、总体要求\n坚持公益普惠，学生自愿参加。\n二、主要措施\n每周5天开展课后服务，结束时间原则上不早于当地正常下班时间。\n三、保障措施\n经费由区财政统筹保障。',
    signoffKind: district === 'kaizhou' ? 'office-policy-document' : 'office-document',
    ...over,
  });
  await draft(jiaowei, education({ title: '关于进一步规范中小学课后服务工作的通知', summary: '课后服务的时间、内容、经费和安全' }));
  const inReview = await draft(jiaowei, education({ title: '关于做好2027年秋季义务教育招生入学工作的通知', needsInterpretation: false, signoffKind: 'department', issuer: '重庆市开州区教育委员会' }));
  await submit(jiaowei, inReview.id);
  const toSign = await draft(jiaowei, education({ title: '开州区学前教育普惠发展三年行动计划', summary: '到2029年普惠性幼儿园覆盖率达到90%' }));
  await writeInterpretation(db, actorOfUser(jiaowei), jiaowei, district, {
    policyId: toSign.id,
    content: { form: 'text', bodyText: '一、出台背景\n为扩大普惠性学前教育资源，制定本计划。\n二、主要目标\n到2029年普惠性幼儿园覆盖率达到90%。\n三、主要措施\n新建、改扩建公办幼儿园，认定普惠性民办幼儿园。' },
  }, at(today));
  await submit(jiaowei, toSign.id);
  await pass(toSign.id);
  const internal = await draft(fagaiwei, {
    kind: 'other',
    title: '关于2027年重大项目前期工作经费的请示',
    issuer: '重庆市开州区发展和改革委员会',
    draftingDepartmentId: fagaiwei.departmentId,
    formedOn: addDays(today, -20),
    category: '国民经济管理、国有资产监管',
    attribute: 'proactive',
    legalBasis: '《政府投资条例》',
    summary: '',
    bodyText: '区政府：\n为推进2027年重大项目前期工作，申请安排前期工作经费。\n妥否，请批示。',
    signoffKind: 'department',
  });
  await submit(fagaiwei, internal.id);
  await reviewItem(db, actorOfUser(editor), editor, { id: internal.id, version: await step(internal.id), decision: 'withhold', reason: 'process-information', note: '请示属于过程性信息' });

  // 3b. The portal's columns of results: the office's cleanup result of the normative documents, and a department's
  // answer to a deputy's suggestion (supervision sends these once its registers run; the demo has one of each).
  const government = own.issuer;
  const cleanup = await draft(office, {
    kind: 'cleanup_result',
    title: `关于公布${lastYear + 1}年行政规范性文件清理结果的通知`,
    docNumber: `${DISTRICT_SHORT[district]}府办发〔${lastYear + 1}〕${district === 'kaizhou' ? 46 : 31}号`,
    issuer: `${government}办公室`,
    draftingDepartmentId: office.departmentId,
    writtenOn: addDays(today, -12),
    formedOn: addDays(today, -12),
    category: '政务公开',
    attribute: 'proactive',
    legalBasis: '《重庆市行政规范性文件管理办法》',
    summary: '区政府及区政府办公室行政规范性文件清理结果：继续有效1件，废止1件',
    bodyText: `各镇乡人民政府、街道办事处，区政府各部门，有关单位：\n区政府办公室会同区司法局对区政府及区政府办公室制发的行政规范性文件进行了全面清理。现将清理结果公布如下：\n一、继续有效的行政规范性文件（1件）\n开州区政府信息公开申请办理办法（开州府发〔${lastYear + 1}〕8号）\n二、废止的行政规范性文件（1件）\n开州区政府信息公开申请办理暂行办法（开州府发〔${lastYear}〕21号）\n三、其他\n继续有效的文件，由起草单位按照“谁起草、谁解读”做好解读和执行工作。`,
    signoffKind: officeKind,
    needsInterpretation: false,
  });
  await publish(office, wu, cleanup.id, addDays(today, -10));
  const suggestionAnswer = await draft(jiaowei, education({
    kind: 'suggestion_answer',
    title: '对区人大代表关于增加城区义务教育学位供给的建议的答复',
    docNumber: `${DISTRICT_SHORT[district]}教函〔${lastYear + 1}〕58号`,
    issuer: '重庆市开州区教育委员会',
    summary: '建议办理结果：所提问题已经解决（A类）',
    bodyText: '王某某代表：\n您提出的关于增加城区义务教育学位供给的建议收悉。经认真研究，现答复如下：\n一、新建、改扩建城区学校3所，新增学位2700个。\n二、优化学区划分，按照学位数统筹招生。\n感谢您对教育工作的关心和支持。',
    signoffKind: 'department',
    needsInterpretation: false,
  }));
  await publish(jiaowei, jiaoweiHead, suggestionAnswer.id, addDays(today, -8));

  // 4. Applications: last year's, answered (the annual report counts them); this year's on the clock, one extended.
  const register = (on: string, who: { name: string; type: 'natural-person' | 'business' | 'legal-service' }, description: string) =>
    registerApplication(db, actorOfUser(editor), editor, district, { applicantType: who.type, applicantName: who.name, contact: '（演示）', channel: 'letter', receivedOn: on, description }, at(on)).then((r) => r.application);
  const version = async (id: string) => (await db.disclosureApplication.findUniqueOrThrow({ where: { id } })).version;
  const answer = async (id: string, outcome: Parameters<typeof answerApplication>[3]['outcome'], on: string, reasons: string[] = []) =>
    answerApplication(db, actorOfUser(editor), editor, { id, version: await version(id), outcome, reasons, answer: '（演示答复）', answeredOn: on }, at(on));
  const last = [
    [`${lastYear}-03-10`, { name: '张某', type: 'natural-person' }, '2024年城区学校学位数', 'disclosed', `${lastYear}-03-24`],
    [`${lastYear}-05-06`, { name: '某建筑公司', type: 'business' }, '某项目招标文件', 'partly-disclosed', `${lastYear}-05-27`],
    [`${lastYear}-07-14`, { name: '李某', type: 'natural-person' }, '某小区规划许可', 'not-held', `${lastYear}-07-30`],
    [`${lastYear}-09-01`, { name: '某律师事务所', type: 'legal-service' }, '某征收项目补偿方案', 'disclosed', `${lastYear}-09-22`],
    [`${lastYear}-11-03`, { name: '王某', type: 'natural-person' }, '信访事项处理情况', 'petition-type', `${lastYear}-11-10`],
  ] as const;
  for (const [on, who, what, outcome, answered] of last) {
    const a = await register(on, who, what);
    await answer(a.id, outcome, answered, outcome === 'partly-disclosed' ? ['third-party-rights'] : []);
  }
  const carried = await register(`${lastYear}-12-22`, { name: '赵某', type: 'natural-person' }, `${lastYear}年农村公路建设资金使用情况`);
  await answer(carried.id, 'disclosed', addDays(`${lastYear + 1}-01-01`, 12));
  const extended = await register(addDays(today, -45), { name: '陈某', type: 'natural-person' }, '本区学前教育普惠性资源布局规划');
  await requestSupplement(db, actorOfUser(editor), editor, { id: extended.id, version: await version(extended.id), requestedOn: addDays(today, -43), request: '请写明所需规划的年份和片区' });
  await receiveSupplement(db, actorOfUser(editor), editor, { id: extended.id, version: await version(extended.id), receivedOn: addDays(today, -39) });
  await consultThirdParty(db, actorOfUser(editor), editor, { id: extended.id, version: await version(extended.id), party: '某民办幼儿园', sentOn: addDays(today, -35) });
  await thirdPartyReplied(db, actorOfUser(editor), editor, { id: extended.id, version: await version(extended.id), repliedOn: addDays(today, -31), opinion: '同意公开' });
  await extendApplication(db, actorOfUser(editor), editor, { id: extended.id, version: await version(extended.id), length: 15, reason: '涉及多个片区，需汇总核实', approvedBy: '区政府办公室主任 吴海涛' });
  await register(addDays(today, -14), { name: '某科技公司', type: 'business' }, '本区数据中心项目环评批复');

  // 5. Last year's annual report: saved with the hand-entered figures, published through the workflow in March.
  const manual = { ...emptyManual(), licensing: { decisions: 3862 }, penalties: { decisions: 1215 }, enforcement: { decisions: 46 }, fees: { amountWanYuan: 128.5 } };
  const review = emptyReview();
  review.review.upheld = 1;
  const saved = await saveAnnualReport(db, actorOfUser(editor), editor, {
    year: lastYear,
    version: 0,
    overview: `${lastYear}年，本区坚持以公开为常态、不公开为例外，主动公开政府信息，依法办理政府信息公开申请，政策文件与解读同步发布。`,
    problems: '政策解读形式还比较单一，图解、问答等形式运用不够。下一步将丰富解读形式，提高解读质量。',
    otherMatters: '本年度未收取信息处理费。',
    manualProactive: manual,
    reviewAndLitigation: review,
  });
  const report = await publishAnnualReport(db, actorOfUser(editor), editor, district, { year: lastYear, version: saved.version, signoffKind: officeKind }, at(`${lastYear + 1}-03-20`));
  await publish(editor, wu, report.id, `${lastYear + 1}-03-25`);
  return { created: true };
}

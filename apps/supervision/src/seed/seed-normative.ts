// The demo's normative documents, each taken through the registry's own use-cases as the district's rulebook orders
// (so the demo shows only what the rules allow): one in force, filed; one published with its filings owed; one under
// legality review, its review not yet recorded (the page shows the missing step with its article); one being drafted.
import type { Actor } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import type { DistrictId, NdState, NdSubtype } from '@zhengling/rules-core';
import { getNormativeDocument, moveDocument, recordFact, recordFiling, registerNormativeDocument, type RegistryUser } from '../normative/registry';

type Step = { to: NdState; docNumber?: string } | { fact: string; by: 'office' | 'justice' | 'leader' } | { file: true };

/** From the meeting to in force, the same words in both rulebooks' order (SPB art.19 ¶2, 20 ¶3, 48(1); KZ 十八, 四十三（二）). */
const FROM_MEETING = (docNumber: string): Step[] => [
  { to: 'meeting-deliberation' },
  { fact: 'adoptedByMeeting', by: 'office' },
  { to: 'sign-off' },
  { fact: 'signedOff', by: 'leader' },
  { to: 'published', docNumber },
  { file: true },
  { to: 'filed' },
  { to: 'in-force' },
];

/** The way to in force, in each district's order: Shapingba reviews straight from drafting; Kaizhou takes public
 * comment first and a completeness review after the legality review. */
const TO_IN_FORCE: Record<DistrictId, (docNumber: string) => Step[]> = {
  shapingba: (docNumber) => [{ to: 'legality-review' }, { fact: 'legalityReviewDone', by: 'justice' }, ...FROM_MEETING(docNumber)],
  kaizhou: (docNumber) => [
    { to: 'public-comment' },
    { fact: 'publicCommentDone', by: 'office' },
    { to: 'legality-review' },
    { fact: 'legalityReviewDone', by: 'justice' },
    { to: 'completeness-review' },
    { fact: 'completenessReviewDone', by: 'office' },
    ...FROM_MEETING(docNumber),
  ],
};

/** Shapingba: a department's own document, reviewed by the justice bureau, published, filed with the district
 * government (art.20 ¶1–3). */
const DEPARTMENT_TO_IN_FORCE = (docNumber: string): Step[] => [
  { to: 'legality-review' },
  { fact: 'legalityReviewDone', by: 'justice' },
  { to: 'published', docNumber },
  { file: true },
  { to: 'filed' },
  { to: 'in-force' },
];

export async function seedNormativeDemo(db: Db, opts: { district: DistrictId; asOf: string; daysBefore: (n: number) => string }) {
  const person = async (username: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { username } });
    const actor: Actor = { kind: 'user', userId: u.id, label: u.username, app: 'supervision' };
    const user: RegistryUser = { id: u.id, displayName: u.displayName, departmentId: u.departmentId, roles: u.roles };
    return { actor, user };
  };
  const people = { office: await person('duchaban'), justice: await person('legal-reviewer'), leader: await person('leader-lin') };
  const dept = new Map((await db.department.findMany()).map((d) => [d.code, d.id]));
  const district = opts.district === 'kaizhou' ? '开州区' : '沙坪坝区';
  const short = opts.district === 'kaizhou' ? '开州' : '沙';
  const year = opts.asOf.slice(0, 4);

  const walk = async (id: string, steps: Step[], on: string) => {
    for (const step of steps) {
      const { version, filings } = await getNormativeDocument(db, id, { district: opts.district, asOf: opts.asOf });
      const ctx = { district: opts.district, asOf: opts.asOf };
      const { actor, user } = 'fact' in step ? people[step.by] : people.office;
      if ('to' in step) await moveDocument(db, actor, user, { id, version, to: step.to, on, docNumber: step.docNumber, note: '' }, ctx);
      else if ('fact' in step)
        await recordFact(db, actor, user, { id, version, fact: step.fact as 'signedOff', value: true, note: '演示数据：按程序办理。', checklist: step.fact === 'legalityReviewDone' && opts.district === 'shapingba' ? {} : undefined }, ctx);
      else
        for (const [n, f] of filings.entries())
          await recordFiling(db, actor, user, { id, version: version + n, body: f.body, filedOn: on, reference: `备${year}-${n + 1}` }, ctx);
    }
  };
  const register = (subtype: NdSubtype, title: string, unit: string, issuingBody: string) =>
    registerNormativeDocument(db, people.office.actor, people.office.user, { subtype, title, draftingDepartmentId: dept.get(unit)!, issuingBody, summary: '' });

  // in force, filed with both bodies
  const inForce = await register('government-normative-document', `${district}行政规范性文件管理办法`, 'justice', `重庆市${district}人民政府`);
  await walk(inForce.id, TO_IN_FORCE[opts.district](`${short}府发〔${year}〕3号`), opts.daysBefore(60));
  // in force for a year or more, each of its drafting unit: the documents the demo's cleanups examine. Shapingba's
  // departments issue their own (reviewed by the justice bureau, filed with the district government: art.20); in
  // Kaizhou a department's own document has no way to force in its rulebook, so these are the government's.
  const lastYear = Number(year) - 1;
  const older: { title: string; unit: string; body: string; spbNumber: string; kzNumber: string; on: number }[] = [
    { title: `${district}校外培训机构管理暂行办法`, unit: 'education', body: '教育委员会', spbNumber: `沙教委发〔${lastYear - 1}〕7号`, kzNumber: `开州府发〔${lastYear - 1}〕21号`, on: 700 },
    { title: `${district}中小学校校外托管机构管理办法`, unit: 'education', body: '教育委员会', spbNumber: `沙教委发〔${lastYear}〕15号`, kzNumber: `开州府发〔${lastYear}〕9号`, on: 400 },
  ];
  for (const o of older) {
    if (opts.district === 'shapingba') {
      const doc = await register('department-normative-document', o.title, o.unit, `重庆市${district}${o.body}`);
      await walk(doc.id, DEPARTMENT_TO_IN_FORCE(o.spbNumber), opts.daysBefore(o.on));
    } else {
      const doc = await register('government-normative-document', o.title, o.unit, `重庆市${district}人民政府`);
      await walk(doc.id, TO_IN_FORCE.kaizhou(o.kzNumber), opts.daysBefore(o.on));
    }
  }
  const investment = await register('government-normative-document', `${district}政府投资项目管理办法`, 'development-reform', `重庆市${district}人民政府`);
  await walk(investment.id, TO_IN_FORCE[opts.district](`${short}府发〔${lastYear}〕17号`), opts.daysBefore(300));
  // published a week ago: its filings owed, reminded to the drafting unit
  const published = await register('government-normative-document', `${district}城镇老旧小区改造实施办法`, 'housing', `重庆市${district}人民政府`);
  await walk(published.id, TO_IN_FORCE[opts.district](`${short}府发〔${year}〕11号`).slice(0, -3), opts.daysBefore(7));
  // under legality review, not yet reviewed: the move to the meeting waits for the justice bureau
  const inReview = await register('government-normative-document', `${district}户外广告设施设置管理办法`, 'housing', `重庆市${district}人民政府`);
  const toReview = TO_IN_FORCE[opts.district]('').filter((s) => 'to' in s);
  await walk(inReview.id, toReview.slice(0, toReview.findIndex((s) => 'to' in s && s.to === 'legality-review') + 1), opts.daysBefore(3));
  // being drafted by the education commission
  await register('department-normative-document', `${district}中小学课后服务管理办法`, 'education', `重庆市${district}教育委员会`);
}

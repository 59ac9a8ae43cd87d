// The demo's cleanups, each taken through the cleanup's own use-cases on the days they would have happened: a special
// cleanup of the education documents, finished (one document repealed, approved at the meeting the rules name, its
// result list ready to go to the disclosure app), and this year's cleanup under way — one unit's proposal reviewed,
// one awaiting the justice bureau, one unit past its deadline (reminded, then escalated by the reminder engine).
import type { Actor } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { cleanupApprovalMeeting, type DistrictId } from '@zhengling/rules-core';
import type { DisclosureClient } from '../disclosure/disclosure-client';
import { approveCleanup, getCleanup, openCleanup, proposeOutcome, reviewOutcome, sendCleanupResults } from '../normative/cleanup';
import { sendDocumentToDisclosure } from '../normative/send-document';
import type { RegistryUser } from '../normative/registry';

export async function seedCleanupDemo(db: Db, opts: { district: DistrictId; asOf: string; daysBefore: (n: number) => string }) {
  const person = async (username: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { username } });
    const actor: Actor = { kind: 'user', userId: u.id, label: u.username, app: 'supervision' };
    const user: RegistryUser = { id: u.id, displayName: u.displayName, departmentId: u.departmentId, roles: u.roles };
    return { actor, user };
  };
  const office = await person('duchaban');
  const justice = await person('legal-reviewer');
  const education = await person('jiaowei-staff');
  const on = (n: number) => ({ district: opts.district, asOf: opts.daysBefore(n) });
  const year = Number(opts.asOf.slice(0, 4));
  const [meeting] = cleanupApprovalMeeting(opts.district).meetings;
  const byTitle = async (cleanupId: string, part: string) => {
    const c = await getCleanup(db, cleanupId, { district: opts.district, asOf: opts.asOf });
    const item = c.items.find((i) => i.document.title.includes(part));
    if (!item) throw new Error(`the demo cleanup has no document like ${part}`);
    return item;
  };

  // 1. The special cleanup of after-school training documents, finished a month ago: the interim measures repealed.
  const training = await db.normativeDocument.findMany({ where: { validity: 'in_force', title: { contains: '校外培训' } } });
  const special = await openCleanup(
    db,
    office.actor,
    office.user,
    { title: `${year}年校外培训领域规范性文件专项清理`, lastCleanupOn: `${year - 2}-12-28`, unitsDueOn: opts.daysBefore(35), documentIds: training.map((d) => d.id) },
    on(50),
  );
  const interim = await byTitle(special.id, '校外培训机构管理暂行办法');
  const proposed = await proposeOutcome(db, education.actor, education.user, {
    itemId: interim.id,
    version: interim.version,
    outcome: 'repeal',
    reasons: '办法关于培训机构审批和收费的规定与国家“双减”政策及《中华人民共和国民办教育促进法实施条例》不一致，建议废止。',
  });
  await reviewOutcome(
    db,
    justice.actor,
    justice.user,
    { itemId: interim.id, version: proposed.version, agrees: true, groundFound: true, opinion: '经审查，该办法有关规定与上位法抵触，同意废止。' },
    on(40),
  );
  const toApprove = await db.normativeCleanup.findUniqueOrThrow({ where: { id: special.id } });
  await approveCleanup(
    db,
    office.actor,
    office.user,
    { id: special.id, version: toApprove.version, meeting: meeting!, meetingName: `区政府第${opts.district === 'kaizhou' ? 42 : 37}次常务会议`, meetingOn: opts.daysBefore(30) },
    on(30),
  );

  // 2. This year's cleanup, under way: every document in force, the units' proposals due two days ago.
  const annual = await openCleanup(db, office.actor, office.user, { title: `${year}年度规范性文件清理`, lastCleanupOn: `${year - 2}-12-28`, unitsDueOn: opts.daysBefore(2) }, on(12));
  // the justice bureau's own document: proposed and agreed
  const own = await byTitle(annual.id, '行政规范性文件管理办法');
  const ownProposed = await proposeOutcome(db, justice.actor, justice.user, { itemId: own.id, version: own.version, outcome: 'continue', reasons: '上位法未作修改，办法仍然适用。' });
  await reviewOutcome(db, justice.actor, justice.user, { itemId: own.id, version: ownProposed.version, agrees: true, groundFound: false, opinion: '同意继续有效。' }, on(8));
  // the education commission's: proposed for amendment, awaiting the justice bureau
  const afterSchool = await byTitle(annual.id, '校外托管机构管理办法');
  await proposeOutcome(db, education.actor, education.user, {
    itemId: afterSchool.id,
    version: afterSchool.version,
    outcome: 'amend',
    reasons: '托管机构的消防和食品安全要求须按新修订的标准调整，建议修改第八条、第十二条。',
  });
  // the development and reform commission's investment measures: nothing yet, its deadline passed
}

/**
 * Once the servers run (`pnpm start`, right after a first seeding): the demo's published documents drafted by units
 * that can interpret them there, and its approved cleanup result lists, sent to the disclosure app through its intake
 * — the way the office's buttons send them. Answers the drafts made, for the disclosure demo to take through its
 * workflow.
 */
export async function sendDemoToDisclosure(db: Db, client: DisclosureClient, opts: { district: DistrictId; asOf: string }) {
  const u = await db.user.findUniqueOrThrow({ where: { username: 'duchaban' } });
  const actor: Actor = { kind: 'user', userId: u.id, label: u.username, app: 'supervision' };
  const user: RegistryUser = { id: u.id, displayName: u.displayName, departmentId: u.departmentId, roles: u.roles };
  const drafters = new Set((await db.user.findMany({ where: { roles: { has: 'department_staff' }, disabledAt: null } })).map((x) => x.departmentId));
  const made: string[] = [];
  const documents = await db.normativeDocument.findMany({
    where: { docNumber: { not: null }, sentToDisclosureAt: null, draftingDepartmentId: { in: [...drafters] } },
    orderBy: { publishedOn: 'asc' },
  });
  for (const doc of documents) {
    const answer = await sendDocumentToDisclosure(db, actor, user, client, { id: doc.id, text: demoText(doc.title), category: doc.title.includes('培训') || doc.title.includes('学校') ? '科技、教育' : '综合政务' });
    if (answer.created) made.push(`normative:${doc.id}`);
  }
  for (const cleanup of await db.normativeCleanup.findMany({ where: { state: 'approved' } })) {
    const answer = await sendCleanupResults(db, actor, user, client, cleanup.id, opts);
    if (answer.created) made.push(`cleanup:${cleanup.id}`);
  }
  return made;
}

/** A demo document's text: its articles in the usual order (purpose and basis, scope, duties, commencement). */
const demoText = (title: string) =>
  [
    `第一条 为规范相关管理工作，根据有关法律、法规和规章的规定，结合本区实际，制定《${title.replace(/^.*?区/, '')}》（以下简称本办法）。`,
    '第二条 本办法适用于本区行政区域内的相关管理活动。',
    '第三条 区有关部门按照职责分工做好相关工作，镇乡人民政府、街道办事处予以配合。',
    '第四条 违反本办法规定的，由有关部门依照法律、法规的规定处理。',
    '第五条 本办法自公布之日起施行。',
  ].join('\n');

// A user's home page: what waits for them. The drafting unit sees its interpretation duties (谁起草、谁解读) with their
// due dates, its drafts and what was returned; the office what waits for review, exemption requests and applications
// by due date; a leader what waits for their signature.
import { chinaDate } from '@zhengling/core';
import { workingDaysLeftFn } from '@zhengling/reminders';
import type { Db } from '@zhengling/db';
import { type AuthorityId, type DistrictId, type DocumentKindId, signoff } from '@zhengling/rules-core';
import { isOffice, type StaffUser } from './access';
import { authoritiesOf, signoffPlan } from './signing';

const BRIEF = { id: true, title: true, docNumber: true, state: true, kind: true, version: true, updatedAt: true } as const;

export async function getHome(db: Db, user: StaffUser, district: DistrictId, now: Date) {
  const mine = { draftingDepartmentId: user.departmentId };
  const [duties, drafts] = await Promise.all([
    db.disclosureItem.findMany({
      where: { ...mine, needsInterpretation: true, state: 'draft', interpretation: null, OR: [{ exemptionState: null }, { exemptionState: { not: 'approved' } }] },
      select: BRIEF,
      orderBy: { createdAt: 'asc' },
      take: 50,
    }),
    db.disclosureItem.findMany({ where: { ...mine, state: 'draft', kind: { not: 'interpretation' } }, select: BRIEF, orderBy: { updatedAt: 'desc' }, take: 50 }),
  ]);
  const dutyDeadlines = await db.deadline.findMany({
    where: { app: 'disclosure', kind: 'disclosure.interpretation', entityId: { in: duties.map((d) => d.id) }, status: { in: ['open', 'paused'] } },
  });
  const dueOf = new Map(dutyDeadlines.map((d) => [d.entityId, d.dueDate]));
  const left = await workingDaysLeftFn(db, chinaDate(now));
  const office = isOffice(user)
    ? {
        inReview: await db.disclosureItem.findMany({ where: { state: 'in_review' }, select: BRIEF, orderBy: { updatedAt: 'asc' }, take: 50 }),
        exemptions: await db.disclosureItem.findMany({ where: { exemptionState: 'requested' }, select: { ...BRIEF, exemptionReason: true }, take: 50 }),
        applications: await db.disclosureApplication
          .findMany({ where: { state: { not: 'answered' } }, orderBy: { receivedOn: 'asc' }, take: 50 })
          .then(async (rows) => {
            const ds = await db.deadline.findMany({ where: { id: { in: rows.map((r) => r.deadlineId).filter((x): x is string => !!x) } } });
            const due = new Map(ds.map((d) => [d.id, d]));
            return rows.map((r) => {
              const d = r.deadlineId && r.state !== 'awaiting_supplement' ? due.get(r.deadlineId) : undefined;
              return {
                id: r.id,
                receiptNumber: r.receiptNumber,
                state: r.state,
                dueDate: d ? chinaDate(d.dueDate) : null,
                workingDaysLeft: d?.status === 'open' ? left(d.dueDate) : null,
              };
            });
          }),
      }
    : null;
  const awaiting = await db.disclosureItem.findMany({ where: { state: 'awaiting_signoff' }, select: { ...BRIEF, draftingDepartmentId: true, signoffKind: true }, take: 200 });
  const toSign = [];
  for (const item of awaiting) {
    const held = await authoritiesOf(db, user, item, now);
    if (!held || (Array.isArray(held) && !held.length)) continue;
    try {
      const plan = signoffPlan(district, item.signoffKind);
      if (held === 'department-head' || (plan.signers.length && held.some((a) => signsAs(district, item.signoffKind, a)))) toSign.push(item);
    } catch {
      // the rulebook is silent on who signs this kind: the item page says so
    }
  }
  return {
    duties: duties.map((d) => {
      const due = dueOf.get(d.id);
      return { ...d, dueDate: due ? chinaDate(due) : null, workingDaysLeft: due ? left(due) : null };
    }),
    drafts,
    toSign,
    office,
  };
}

/** Whether this authority may sign this kind (the signer only; prior steps are checked when signing). */
function signsAs(district: DistrictId, kind: string, a: AuthorityId) {
  const r = signoff({ district, kind: kind as DocumentKindId, proposal: { signer: a } });
  return r.check?.signerAllowed === true;
}

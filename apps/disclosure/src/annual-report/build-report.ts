// The annual report counted from the data: the normative documents published, repealed and in force from the registry;
// the applications table by applicant type and outcome from the applications (received, carried over, answered,
// carried forward — so the layout's identity holds by construction and is checked anyway); the figures no registry
// holds (licensing, penalties, enforcement, fees; review and litigation) and the text sections as staff entered them.
import { AppError, type Actor, recordAudit } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import { z } from 'zod';
import { assertOffice, type StaffUser } from '../items/access';
import { assertVersion } from '../items/lock';
import {
  type AnnualReport,
  type ApplicantColumn,
  APPLICANT_COLUMNS,
  checkAnnualReport,
  emptyPerApplicant,
  OUTCOME_ROWS,
  type OutcomeRow,
  REVIEW_KINDS,
  REVIEW_RESULTS,
} from './layout';

/** Year boundaries in China's time (UTC+8): 1 January 00:00 there. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const Count = z.number().int().min(0).max(10_000_000);
export const ManualFigures = z.object({
  rules: z.object({ issued: Count, repealed: Count, inForce: Count }),
  licensing: z.object({ decisions: Count }),
  penalties: z.object({ decisions: Count }),
  enforcement: z.object({ decisions: Count }),
  fees: z.object({ amountWanYuan: z.number().min(0).max(1e9) }),
});
export type ManualFigures = z.infer<typeof ManualFigures>;
export const ReviewFigures = z.object(
  Object.fromEntries(
    REVIEW_KINDS.map((k) => [k.id, z.object(Object.fromEntries(REVIEW_RESULTS.map((r) => [r.id, Count])) as Record<(typeof REVIEW_RESULTS)[number]['id'], typeof Count>)]),
  ) as Record<(typeof REVIEW_KINDS)[number]['id'], z.ZodObject<Record<(typeof REVIEW_RESULTS)[number]['id'], typeof Count>>>,
);
export type ReviewFigures = z.infer<typeof ReviewFigures>;

export const emptyManual = (): ManualFigures => ({
  rules: { issued: 0, repealed: 0, inForce: 0 },
  licensing: { decisions: 0 },
  penalties: { decisions: 0 },
  enforcement: { decisions: 0 },
  fees: { amountWanYuan: 0 },
});
export const emptyReview = (): ReviewFigures =>
  Object.fromEntries(REVIEW_KINDS.map((k) => [k.id, Object.fromEntries(REVIEW_RESULTS.map((r) => [r.id, 0]))])) as ReviewFigures;

const column = (t: string): ApplicantColumn =>
  (APPLICANT_COLUMNS.some((c) => c.id === t) ? t : 'other-organisation') as ApplicantColumn;

/** The figures counted from the database for a year. */
export async function countedFigures(db: Db, year: number) {
  const start = yearStart(year);
  const end = yearStart(year + 1);
  const firstDay = day(`${year}-01-01`);
  const nextFirstDay = day(`${year + 1}-01-01`);
  const normative = { kind: 'normative_document' as const, state: 'published' as const };
  // repealed or expired: the items marked so (and still so) by a change of validity in the year; in force at the
  // year's end: published by then and not repealed or expired by then
  const ended = (before: Date, from?: Date) =>
    db.itemEvent
      .findMany({
        where: { step: 'validity', at: { lt: before, ...(from ? { gte: from } : {}) }, item: { ...normative, validity: { in: ['repealed', 'expired'] } } },
        select: { itemId: true },
        distinct: ['itemId'],
      })
      .then((rows) => rows.length);
  const [issued, repealed, publishedByEnd, endedByEnd] = await Promise.all([
    db.disclosureItem.count({ where: { ...normative, publishedAt: { gte: start, lt: end } } }),
    ended(end, start),
    db.disclosureItem.count({ where: { ...normative, publishedAt: { lt: end } } }),
    ended(end),
  ]);
  const inForce = publishedByEnd - endedByEnd;
  const applications = await db.disclosureApplication.findMany({
    where: { receivedOn: { lt: nextFirstDay }, OR: [{ answeredOn: null }, { answeredOn: { gte: firstDay } }] },
    select: { applicantType: true, receivedOn: true, answeredOn: true, outcome: true },
  });
  const received = emptyPerApplicant();
  const carriedOver = emptyPerApplicant();
  const carriedForward = emptyPerApplicant();
  const outcomes = Object.fromEntries(OUTCOME_ROWS.map((r) => [r, emptyPerApplicant()])) as Record<OutcomeRow, ReturnType<typeof emptyPerApplicant>>;
  for (const a of applications) {
    const c = column(a.applicantType);
    if (a.receivedOn >= firstDay) received[c] += 1;
    else carriedOver[c] += 1;
    if (a.answeredOn && a.answeredOn < nextFirstDay && a.outcome) outcomes[a.outcome as OutcomeRow][c] += 1;
    else carriedForward[c] += 1;
  }
  return {
    normativeDocuments: { issued, repealed, inForce },
    applications: { received, carriedOver, outcomes, carriedForward },
  };
}

/** The whole report for a year: counted figures, hand-entered figures and text; and what does not add up. */
export async function buildAnnualReport(db: Db, year: number, body: string) {
  const saved = await db.annualReport.findUnique({ where: { year } });
  const counted = await countedFigures(db, year);
  const manual = saved ? ManualFigures.parse(saved.manualProactive) : emptyManual();
  const report: AnnualReport = {
    year,
    body,
    overview: saved?.overview ?? '',
    proactive: {
      rules: manual.rules,
      normativeDocuments: counted.normativeDocuments,
      licensing: manual.licensing,
      penalties: manual.penalties,
      enforcement: manual.enforcement,
      fees: manual.fees,
    },
    applications: counted.applications,
    reviewAndLitigation: saved ? ReviewFigures.parse(saved.reviewAndLitigation) : emptyReview(),
    problems: saved?.problems ?? '',
    otherMatters: saved?.otherMatters ?? '',
  };
  return {
    report,
    problems: checkAnnualReport(report),
    version: saved?.version ?? 0,
    publishedAt: saved?.publishedAt ?? null,
    published: (saved?.published ?? null) as AnnualReport | null,
  };
}

export interface ReportEdit {
  year: number;
  version: number;
  overview: string;
  problems: string;
  otherMatters: string;
  manualProactive: ManualFigures;
  reviewAndLitigation: ReviewFigures;
}

/** Save the text sections and the hand-entered figures (optimistic locking; version 0 creates the year's report). */
export async function saveAnnualReport(db: Db, actor: Actor & { kind: 'user' }, user: StaffUser, input: ReportEdit) {
  assertOffice(user, '年度报告');
  return db.$transaction(async (tx) => {
    const saved = await tx.annualReport.findUnique({ where: { year: input.year } });
    const data = {
      overview: input.overview,
      problems: input.problems,
      otherMatters: input.otherMatters,
      manualProactive: input.manualProactive as Prisma.InputJsonValue,
      reviewAndLitigation: input.reviewAndLitigation as Prisma.InputJsonValue,
      updatedById: actor.userId,
    };
    if (!saved) {
      if (input.version !== 0) throw new AppError('CONFLICT');
      const created = await tx.annualReport.create({ data: { year: input.year, ...data } });
      await recordAudit(tx, actor, { action: 'disclosure.annual-report.save', entityType: 'annual-report', entityId: String(input.year), after: input });
      return created;
    }
    await assertVersion(tx, saved, input.version, '该年度报告');
    const updated = await tx.annualReport.update({ where: { id: saved.id, version: saved.version }, data: { ...data, version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: 'disclosure.annual-report.save', entityType: 'annual-report', entityId: String(input.year), after: input });
    return updated;
  });
}

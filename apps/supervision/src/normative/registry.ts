// The normative-document registry (SPB art.19–20, 39(7), 48(1); KZ 十八, 二十一, 四十三（二）): every normative document
// of the district, its life through rules-core's machine for the district and its subtype, the facts each move depends
// on (recorded by whoever the rules name: the justice bureau reviews legality), and the filings publication opens.
// Nothing here decides a rule: rules-core answers, citing the article, or says its rulebook is silent.
import { type Actor, actorIdOf, AppError, fromRuleError, recordAudit } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import { closeDeadlineInTx, createDeadlineInTx } from '@zhengling/reminders';
import {
  checkTransition,
  type Citation,
  citationOf,
  type DistrictId,
  legalityChecklist,
  ND_FACTS,
  type NdFacts,
  type NdState,
  type NdSubtype,
  ND_FACT_ZH,
  ND_STATE_ZH,
  nextStates,
  RuleEngineError,
  ruleById,
  type RuleId,
} from '@zhengling/rules-core';
import { loadSettings } from '../settings/settings';

export interface RegistryUser {
  id: string;
  displayName: string;
  departmentId: string;
  roles: readonly string[];
}

const isOffice = (u: RegistryUser) => u.roles.includes('supervision_office') || u.roles.includes('administrator');
const isJustice = (u: RegistryUser) => u.roles.includes('legal_reviewer');
const isLeader = (u: RegistryUser) => u.roles.includes('district_leader');

/** Who records each fact. The justice bureau reviews legality and finds cleanup grounds (SPB art.19 ¶2, 20 ¶2–3;
 * KZ 四十三（二）); the drafting unit records its own procedure (public comment, reviews it organises); the office
 * records what the government did (meeting adoption, approval, sign-off), and so may a leader sign. */
const RECORDED_BY: Record<keyof NdFacts, (u: RegistryUser, own: boolean) => boolean> = {
  legalityReviewDone: isJustice,
  prohibitedContentFound: isJustice,
  cleanupGroundFound: isJustice,
  publicCommentDone: (u, own) => own || isOffice(u),
  completenessReviewDone: (u, own) => own || isOffice(u) || isJustice(u),
  affectsMarketEntitiesAndPublic: (u, own) => own || isOffice(u),
  fairCompetitionReviewDone: (u, own) => own || isOffice(u),
  stabilityRiskAssessmentDone: (u, own) => own || isOffice(u),
  importantJointDocument: (u, own) => own || isOffice(u),
  publicInterestHighAttention: (u, own) => own || isOffice(u),
  priorInstructionRequested: (u, own) => own || isOffice(u),
  adoptedByMeeting: isOffice,
  approvedByGovernment: isOffice,
  signedOff: (u) => isOffice(u) || isLeader(u),
};

export interface RegisterInput {
  subtype: NdSubtype;
  title: string;
  draftingDepartmentId: string;
  issuingBody: string;
  summary?: string;
}

/** Register a document being drafted: by its drafting unit, or by the office for any unit. */
export async function registerNormativeDocument(db: Db, actor: Actor, user: RegistryUser, input: RegisterInput) {
  if (!isOffice(user) && user.departmentId !== input.draftingDepartmentId)
    throw new AppError('FORBIDDEN', '（只能登记本单位起草的规范性文件）');
  return db.$transaction(async (tx) => {
    const department = await tx.department.findUnique({ where: { id: input.draftingDepartmentId } });
    if (!department?.active) throw new AppError('INVALID_INPUT', '（起草单位不存在）');
    const doc = await tx.normativeDocument.create({
      data: { ...input, summary: input.summary ?? '', createdById: actorIdOf(actor), updatedById: actorIdOf(actor) },
    });
    await tx.normativeDocumentStep.create({
      data: { documentId: doc.id, action: 'registered', toState: 'drafting', byId: user.id, byName: user.displayName },
    });
    await recordAudit(tx, actor, { action: 'normative.register', entityType: 'normative_document', entityId: doc.id, after: input });
    return doc;
  });
}

async function loadForChange(tx: Prisma.TransactionClient, id: string, version: number) {
  const doc = await tx.normativeDocument.findUnique({ where: { id } });
  if (!doc) throw new AppError('NOT_FOUND');
  if (doc.version !== version) throw new AppError('CONFLICT', `（该文件已被他人修改，当前为第${doc.version}版）`);
  return doc;
}

/**
 * Record one fact a move depends on. The justice bureau's legality review carries, in Shapingba, the checklist of
 * what a normative document may not set (SPB art.20 ¶2): any item ticked is prohibited content. Kaizhou's rulebook
 * has no such list (rules-core says so): its review is recorded without one.
 */
export async function recordFact(
  db: Db,
  actor: Actor,
  user: RegistryUser,
  input: {
    id: string;
    version: number;
    fact: keyof NdFacts;
    value: boolean;
    note: string;
    checklist?: Partial<Record<'setsLicensing' | 'setsPenalty' | 'setsCompulsion' | 'reducesRights' | 'addsObligationsBeyondLaw', boolean>>;
  },
  ctx: { district: DistrictId; asOf: string },
) {
  if (!(ND_FACTS as readonly string[]).includes(input.fact)) throw new AppError('INVALID_INPUT', '（未知的事项）');
  return db.$transaction(async (tx) => {
    const doc = await loadForChange(tx, input.id, input.version);
    if (!RECORDED_BY[input.fact](user, user.departmentId === doc.draftingDepartmentId))
      throw new AppError('FORBIDDEN', `（「${ND_FACT_ZH[input.fact]}」应由${input.fact === 'legalityReviewDone' || input.fact === 'prohibitedContentFound' || input.fact === 'cleanupGroundFound' ? '区司法局' : '起草单位或督查办'}记录）`);
    const facts = { ...(doc.facts as NdFacts), [input.fact]: input.value };
    let citations: Citation[] = [];
    if (input.fact === 'legalityReviewDone' && input.value && input.checklist) {
      try {
        const review = legalityChecklist(ctx.district, input.checklist, ctx.asOf);
        facts.prohibitedContentFound = !review.passes;
        citations = review.citations;
      } catch (error) {
        if (!(error instanceof RuleEngineError) || error.code !== 'RULEBOOK_SILENT') throw error;
        // Kaizhou: no checklist in the rulebook — the review is recorded, its checklist is not
        if (Object.values(input.checklist).some(Boolean))
          throw new AppError('RULEBOOK_SILENT', `（${error.messageZh}：请在审查意见中写明）`);
      }
    }
    const saved = await tx.normativeDocument.update({
      where: { id: doc.id },
      data: { facts, version: { increment: 1 }, updatedById: actorIdOf(actor) },
    });
    await tx.normativeDocumentStep.create({
      data: {
        documentId: doc.id,
        action: 'fact',
        fact: input.fact,
        value: input.value,
        note: input.note,
        citations: citations as unknown as Prisma.InputJsonValue,
        byId: user.id,
        byName: user.displayName,
      },
    });
    await recordAudit(tx, actor, {
      action: 'normative.fact',
      entityType: 'normative_document',
      entityId: doc.id,
      before: { [input.fact]: (doc.facts as NdFacts)[input.fact] ?? null },
      after: { [input.fact]: input.value, note: input.note, prohibitedContentFound: facts.prohibitedContentFound ?? null },
    });
    return saved;
  });
}

/**
 * Move a document to its next state, as rules-core allows for the district and subtype. Refused with the rule when a
 * step the rules require is missing, or RULEBOOK_SILENT where the district's rulebook provides no such move. Entering
 * published opens the filings the move to filed owes (each a deadline); the move to filed needs them all recorded;
 * in force, the document is valid (有效).
 */
export async function moveDocument(
  db: Db,
  actor: Actor,
  user: RegistryUser,
  input: { id: string; version: number; to: NdState; on: string; docNumber?: string; note: string },
  ctx: { district: DistrictId; asOf: string },
) {
  return db.$transaction(async (tx) => {
    const doc = await loadForChange(tx, input.id, input.version);
    const own = user.departmentId === doc.draftingDepartmentId;
    if (!own && !isOffice(user) && !isJustice(user)) throw new AppError('FORBIDDEN', '（只能办理本单位起草的规范性文件）');
    if (input.on > ctx.asOf) throw new AppError('INVALID_INPUT', '（日期不能晚于今天）');
    let check;
    try {
      check = checkTransition(ctx.district, doc.subtype as NdSubtype, doc.state as NdState, input.to, doc.facts as NdFacts, ctx.asOf);
    } catch (error) {
      if (error instanceof RuleEngineError) throw fromRuleError(error);
      throw error;
    }
    if (!check.allowed) {
      const missing = check.missing.map((m) => ({ ...m, citation: citationOf(ruleById(m.rule as RuleId)) }));
      throw new AppError(
        'RULE_VIOLATION',
        `（不能进入「${ND_STATE_ZH[input.to]}」：${missing.map((m) => `${m.message}〔${m.citation.instrument} ${m.citation.location}〕`).join('')}）`,
        { missing },
      );
    }
    const filings = await tx.normativeDocumentFiling.findMany({ where: { documentId: doc.id } });
    if (input.to === 'filed' && filings.some((f) => !f.filedOn))
      throw new AppError('WRONG_STATE', `（尚未报送备案：${filings.filter((f) => !f.filedOn).map((f) => BODY_LABELS[f.body] ?? f.body).join('、')}）`);
    if (input.to === 'published') {
      const docNumber = input.docNumber?.trim();
      if (!docNumber) throw new AppError('INVALID_INPUT', '（公布时须填写文号）');
      const taken = await tx.normativeDocument.findFirst({ where: { docNumber, NOT: { id: doc.id } } });
      if (taken) throw new AppError('CONFLICT', `（文号「${docNumber}」已被《${taken.title}》使用）`);
    }
    const saved = await tx.normativeDocument.update({
      where: { id: doc.id },
      data: {
        state: input.to,
        version: { increment: 1 },
        updatedById: actorIdOf(actor),
        ...(input.to === 'published' ? { publishedOn: new Date(input.on), docNumber: input.docNumber!.trim() } : {}),
        ...(input.to === 'in-force' ? { effectiveOn: new Date(input.on), validity: 'in_force' as const } : {}),
        ...(input.to === 'revoked' ? { validity: 'repealed' as const } : {}),
      },
    });
    await tx.normativeDocumentStep.create({
      data: {
        documentId: doc.id,
        action: 'moved',
        fromState: doc.state,
        toState: input.to,
        note: input.note,
        citations: check.citations as unknown as Prisma.InputJsonValue,
        byId: user.id,
        byName: user.displayName,
      },
    });
    if (input.to === 'published') await openFilings(tx, actor, saved, input.on, ctx);
    await recordAudit(tx, actor, {
      action: 'normative.move',
      entityType: 'normative_document',
      entityId: doc.id,
      before: { state: doc.state },
      after: { state: input.to, on: input.on, docNumber: saved.docNumber },
    });
    return saved;
  });
}

export const BODY_LABELS: Record<string, string> = {
  'municipal-government': '市人民政府',
  'district-pc-standing-committee': '区人大常委会',
  'district-government': '区人民政府（区司法局审查）',
  'justice-bureau': '区司法局',
};

/** The filings a published document owes: the obligations of its move to filed (rules-core), each with a deadline of
 * the configured length from publication. */
async function openFilings(
  tx: Prisma.TransactionClient,
  actor: Actor,
  doc: { id: string; subtype: string; title: string; draftingDepartmentId: string; facts: unknown },
  publishedOn: string,
  ctx: { district: DistrictId; asOf: string },
) {
  let obligations;
  try {
    obligations = checkTransition(ctx.district, doc.subtype as NdSubtype, 'published', 'filed', doc.facts as NdFacts, ctx.asOf).obligations;
  } catch (error) {
    // no filing in this district's rulebook for this subtype (e.g. a Kaizhou department document): none opened
    if (error instanceof RuleEngineError) return;
    throw error;
  }
  const settings = await loadSettings(tx);
  const days = settings['normative.filingDays'];
  for (const o of obligations) {
    // the department's own document is filed with the district government, reviewed by the justice bureau: one filing
    const bodies = o.rule === 'SPB-ND-filing-department' ? ['district-government'] : (o.to ?? []);
    for (const body of bodies) {
      const filing = await tx.normativeDocumentFiling.create({
        data: { documentId: doc.id, body, rule: o.rule, requirement: o.message },
      });
      const deadline = await createDeadlineInTx(tx, actor, {
        kind: 'supervision.normative-filing',
        app: 'supervision',
        entityType: 'normative',
        entityId: doc.id,
        title: `报送${BODY_LABELS[body] ?? body}备案：《${doc.title}》`.slice(0, 200),
        departmentId: doc.draftingDepartmentId,
        startEvent: 'published',
        startDate: publishedOn,
        length: days,
        unit: 'calendar_days',
        ruleSource: `${o.message}（${o.rule}）；报送时限${days}日为配置（shared/DOMAIN.md：重庆市规范性文件备案天数未经确认）`,
      });
      await tx.normativeDocumentFiling.update({ where: { id: filing.id }, data: { deadlineId: deadline.id, dueDate: deadline.dueDate } });
    }
  }
}

/** Record a filing made (备案), closing its deadline. */
export async function recordFiling(
  db: Db,
  actor: Actor,
  user: RegistryUser,
  input: { id: string; version: number; body: string; filedOn: string; reference: string },
  ctx: { asOf: string },
) {
  return db.$transaction(async (tx) => {
    const doc = await loadForChange(tx, input.id, input.version);
    if (user.departmentId !== doc.draftingDepartmentId && !isOffice(user)) throw new AppError('FORBIDDEN', '（只能由起草单位或督查办登记备案）');
    if (input.filedOn > ctx.asOf) throw new AppError('INVALID_INPUT', '（报送日期不能晚于今天）');
    if (doc.publishedOn && input.filedOn < doc.publishedOn.toISOString().slice(0, 10)) throw new AppError('INVALID_INPUT', '（报送日期不能早于公布日期）');
    const filing = await tx.normativeDocumentFiling.findUnique({ where: { documentId_body: { documentId: doc.id, body: input.body } } });
    if (!filing) throw new AppError('NOT_FOUND', '（该文件无须向此机关备案）');
    if (filing.filedOn) throw new AppError('WRONG_STATE', '（已登记报送备案）');
    await tx.normativeDocumentFiling.update({
      where: { id: filing.id },
      data: { filedOn: new Date(input.filedOn), reference: input.reference, filedById: user.id },
    });
    if (filing.deadlineId) await closeDeadlineInTx(tx, actor, filing.deadlineId, 'met');
    const saved = await tx.normativeDocument.update({ where: { id: doc.id }, data: { version: { increment: 1 }, updatedById: actorIdOf(actor) } });
    await tx.normativeDocumentStep.create({
      data: { documentId: doc.id, action: 'filed', note: `报送${BODY_LABELS[input.body] ?? input.body}备案 ${input.reference}`.trim(), byId: user.id, byName: user.displayName },
    });
    await recordAudit(tx, actor, { action: 'normative.filed', entityType: 'normative_document', entityId: doc.id, after: input });
    return saved;
  });
}

/** One document with its steps, filings and what it may do next (rules-core nextStates: each move with what it still
 * lacks, cited, or the rulebook's silence). */
export async function getNormativeDocument(db: Db, id: string, ctx: { district: DistrictId; asOf: string }) {
  const doc = await db.normativeDocument.findUnique({
    where: { id },
    include: { steps: { orderBy: [{ at: 'asc' }, { id: 'asc' }] }, filings: { orderBy: { body: 'asc' } } },
  });
  if (!doc) throw new AppError('NOT_FOUND');
  return {
    ...doc,
    facts: doc.facts as NdFacts,
    next: nextStates(ctx.district, doc.subtype as NdSubtype, doc.state as NdState, doc.facts as NdFacts, ctx.asOf),
  };
}

/** The registry, newest first, filtered by state, validity, drafting unit or words of the title or number. */
export async function listNormativeDocuments(
  db: Db,
  f: { state?: string; validity?: 'in_force' | 'expired' | 'repealed' | 'amended'; departmentId?: string; q?: string },
) {
  const rows = await db.normativeDocument.findMany({
    where: {
      ...(f.state ? { state: f.state } : {}),
      ...(f.validity ? { validity: f.validity } : {}),
      ...(f.departmentId ? { draftingDepartmentId: f.departmentId } : {}),
      ...(f.q ? { OR: [{ title: { contains: f.q } }, { docNumber: { contains: f.q } }] } : {}),
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: 500,
    include: { filings: { select: { body: true, dueDate: true, filedOn: true } } },
  });
  return rows.map((r) => ({ ...r, facts: r.facts as NdFacts }));
}

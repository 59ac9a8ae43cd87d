// A cleanup (清理) of the district's normative documents, from its opening to the result list published through the
// disclosure app. The supervision office opens it with the documents it examines (all in force, or those it names),
// its due date from the cleanup cycle (SPB art.20 ¶3 through rules-core; where the rulebook is silent, the configured
// cycle and its source). Each drafting unit proposes an outcome for each of its documents, with reasons, by the units'
// deadline (reminded and escalated by the reminder engine); the justice bureau reviews (and records a ground found:
// SPB art.20 ¶3); the meeting that decides normative documents approves (rules-core cleanupApprovalMeeting); each
// document then takes its outcome's validity here, and the list, sent to the disclosure app, marks the documents there
// when it is published. rules-core answers each outcome with its article or its silence; nothing here decides a rule.
import { type Actor, actorIdOf, AppError, fromRuleError, recordAudit } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import { closeDeadlineInTx, createDeadlineInTx } from '@zhengling/reminders';
import {
  type Citation,
  cleanupApprovalMeeting,
  cleanupDue,
  cleanupOutcome,
  CLEANUP_OUTCOMES,
  CLEANUP_OUTCOME_VALIDITY,
  CLEANUP_OUTCOME_ZH,
  type CleanupOutcome,
  type DistrictId,
  INSTRUMENTS,
  INSTRUMENT_OF_DISTRICT,
  AUTHORITY_ZH,
  type NdFacts,
  type NdSubtype,
  RuleEngineError,
} from '@zhengling/rules-core';
import { addMonths, toOrdinal } from '@zhengling/rules-core/calendar';
import { type DisclosureClient, disclosureStatus, submitToDisclosure } from '../disclosure/disclosure-client';
import { loadSettings } from '../settings/settings';
import type { RegistryUser } from './registry';

type Ctx = { district: DistrictId; asOf: string };
const isOffice = (u: RegistryUser) => u.roles.includes('supervision_office') || u.roles.includes('administrator');
const isJustice = (u: RegistryUser) => u.roles.includes('legal_reviewer');
const json = (v: unknown) => v as Prisma.InputJsonValue;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** rules-core's answer for an outcome, as kept with the item: the articles it rests on, or the rulebook's silence. */
export type OutcomeBasis =
  | { citations: Citation[]; moves: string[]; interpretations: string[] }
  | { silent: { message: string; pointers: readonly { instrument: string; location: string }[] } };

/** The outcome's answer, refused with each missing step and its article where the rulebook forbids it. */
function outcomeBasis(ctx: Ctx, subtype: string, outcome: CleanupOutcome, facts: NdFacts): OutcomeBasis {
  try {
    const answer = cleanupOutcome(ctx.district, subtype as NdSubtype, outcome, facts, ctx.asOf);
    if (!answer.allowed) {
      const cited = answer.citations.find((c) => c.location === '第二十条第三款');
      throw new AppError(
        'RULE_VIOLATION',
        `（不能作出「${CLEANUP_OUTCOME_ZH[outcome]}」的清理结果：${answer.missing.map((m) => m.message).join('')}${cited ? `〔${cited.instrument} ${cited.location}〕` : ''}）`,
        { missing: answer.missing },
      );
    }
    return { citations: answer.citations, moves: answer.moves, interpretations: answer.interpretations };
  } catch (error) {
    if (error instanceof RuleEngineError) {
      if (error.code === 'RULEBOOK_SILENT') return { silent: { message: error.messageZh, pointers: error.pointers } };
      throw fromRuleError(error);
    }
    throw error;
  }
}

/** When the next cleanup is due from the last one: the rule cited, or — where the rulebook is silent — the configured
 * cycle with its source, and the silence said. */
async function dueFrom(db: Db | Prisma.TransactionClient, ctx: Ctx, lastCleanupOn: string) {
  try {
    const due = cleanupDue(ctx.district, lastCleanupOn, ctx.asOf);
    const c = due.citations[0]!;
    return { dueOn: due.due, basis: `${c.instrument} ${c.location}：${c.quote ?? ''}` };
  } catch (error) {
    if (!(error instanceof RuleEngineError) || error.code !== 'RULEBOOK_SILENT') throw error;
    const months = (await loadSettings(db))['normative.cleanupCycleMonths'];
    return {
      dueOn: addMonths(lastCleanupOn, months),
      basis: `${error.messageZh}；清理周期${months}个月为配置（设置「规范性文件清理周期」，来源见设置页）`,
    };
  }
}

export interface OpenCleanupInput {
  title: string;
  lastCleanupOn: string;
  unitsDueOn: string;
  /** the documents examined; none named: every document in force */
  documentIds?: string[];
}

/** Open a cleanup: its documents, each unit's deadline. By the supervision office; one open cleanup at a time. */
export async function openCleanup(db: Db, actor: Actor, user: RegistryUser, input: OpenCleanupInput, ctx: Ctx) {
  if (!isOffice(user)) throw new AppError('FORBIDDEN', '（清理由督查办组织）');
  toOrdinal(input.lastCleanupOn);
  toOrdinal(input.unitsDueOn);
  if (input.lastCleanupOn > ctx.asOf) throw new AppError('INVALID_INPUT', '（上次清理日期不能晚于今天）');
  if (input.unitsDueOn <= ctx.asOf) throw new AppError('INVALID_INPUT', '（各单位报送期限须晚于今天）');
  return db.$transaction(async (tx) => {
    const already = await tx.normativeCleanup.findFirst({ where: { state: 'open' } });
    if (already) throw new AppError('CONFLICT', `（「${already.title}」尚在进行，完成审定后再开展新的清理）`);
    const documents = await tx.normativeDocument.findMany({
      where: { validity: 'in_force', ...(input.documentIds ? { id: { in: input.documentIds } } : {}) },
      orderBy: [{ draftingDepartmentId: 'asc' }, { docNumber: 'asc' }],
    });
    if (input.documentIds && documents.length !== new Set(input.documentIds).size)
      throw new AppError('INVALID_INPUT', '（所选文件须是有效的规范性文件）');
    if (documents.length === 0) throw new AppError('INVALID_INPUT', '（没有有效的规范性文件可供清理）');
    const due = await dueFrom(tx, ctx, input.lastCleanupOn);
    const cleanup = await tx.normativeCleanup.create({
      data: {
        title: input.title,
        lastCleanupOn: new Date(input.lastCleanupOn),
        dueOn: new Date(due.dueOn),
        dueBasis: due.basis,
        openedOn: new Date(ctx.asOf),
        unitsDueOn: new Date(input.unitsDueOn),
        createdById: actorIdOf(actor),
        updatedById: actorIdOf(actor),
      },
    });
    await tx.normativeCleanupItem.createMany({
      data: documents.map((d) => ({ cleanupId: cleanup.id, documentId: d.id, departmentId: d.draftingDepartmentId })),
    });
    const days = toOrdinal(input.unitsDueOn) - toOrdinal(ctx.asOf);
    for (const departmentId of [...new Set(documents.map((d) => d.draftingDepartmentId))]) {
      const count = documents.filter((d) => d.draftingDepartmentId === departmentId).length;
      const deadline = await createDeadlineInTx(tx, actor, {
        kind: 'supervision.normative-cleanup',
        app: 'supervision',
        entityType: 'normative-cleanup',
        entityId: cleanup.id,
        title: `${input.title}：报送${count}件规范性文件的清理意见`.slice(0, 200),
        departmentId,
        startEvent: 'opened',
        startDate: ctx.asOf,
        length: days,
        unit: 'calendar_days',
        ruleSource: `督查办开展清理时确定的报送期限（${input.unitsDueOn}）；清理依据：${due.basis}`.slice(0, 500),
      });
      await tx.normativeCleanupUnit.create({ data: { cleanupId: cleanup.id, departmentId, deadlineId: deadline.id } });
    }
    await recordAudit(tx, actor, {
      action: 'normative.cleanup.open',
      entityType: 'normative_cleanup',
      entityId: cleanup.id,
      after: { ...input, dueOn: due.dueOn, documents: documents.length },
    });
    return cleanup;
  });
}

async function itemForChange(tx: Prisma.TransactionClient, id: string, version: number) {
  const item = await tx.normativeCleanupItem.findUnique({ where: { id }, include: { cleanup: true, document: true } });
  if (!item) throw new AppError('NOT_FOUND');
  if (item.version !== version) throw new AppError('CONFLICT', `（该文件的清理意见已被他人修改，当前为第${item.version}版）`);
  if (item.cleanup.state !== 'open') throw new AppError('WRONG_STATE', '（该次清理已经审定）');
  return item;
}

/** A drafting unit proposes an outcome for one of its documents, with its reasons (the office may on its behalf). Once
 * the unit has proposed for every document, its deadline is met. */
export async function proposeOutcome(
  db: Db,
  actor: Actor,
  user: RegistryUser,
  input: { itemId: string; version: number; outcome: CleanupOutcome; reasons: string },
) {
  if (!(CLEANUP_OUTCOMES as readonly string[]).includes(input.outcome)) throw new AppError('INVALID_INPUT', '（未知的清理结果）');
  if (input.reasons.trim().length < 2) throw new AppError('INVALID_INPUT', '（须写明理由）');
  return db.$transaction(async (tx) => {
    const item = await itemForChange(tx, input.itemId, input.version);
    if (user.departmentId !== item.departmentId && !isOffice(user)) throw new AppError('FORBIDDEN', '（只能由起草单位提出本单位文件的清理意见）');
    if (item.state !== 'assigned' && item.state !== 'returned') throw new AppError('WRONG_STATE', '（清理意见已提出，待区司法局审查）');
    const saved = await tx.normativeCleanupItem.update({
      where: { id: item.id },
      data: { state: 'proposed', outcome: input.outcome, reasons: input.reasons.trim(), proposedByName: user.displayName, proposedAt: new Date(), version: { increment: 1 } },
    });
    const waiting = await tx.normativeCleanupItem.count({
      where: { cleanupId: item.cleanupId, departmentId: item.departmentId, state: { in: ['assigned', 'returned'] } },
    });
    const unit = await tx.normativeCleanupUnit.findUnique({ where: { cleanupId_departmentId: { cleanupId: item.cleanupId, departmentId: item.departmentId } } });
    if (waiting === 0 && unit) {
      if (unit.deadlineId) {
        const deadline = await tx.deadline.findUnique({ where: { id: unit.deadlineId } });
        if (deadline && (deadline.status === 'open' || deadline.status === 'paused')) await closeDeadlineInTx(tx, actor, deadline.id, 'met');
      }
      if (!unit.submittedAt) await tx.normativeCleanupUnit.update({ where: { id: unit.id }, data: { submittedAt: new Date() } });
    }
    await recordAudit(tx, actor, {
      action: 'normative.cleanup.propose',
      entityType: 'normative_cleanup_item',
      entityId: item.id,
      before: { outcome: item.outcome, state: item.state },
      after: { outcome: input.outcome, reasons: input.reasons.trim() },
    });
    return saved;
  });
}

/**
 * The justice bureau reviews a proposal: agrees (recording whether it found a ground of SPB art.20 ¶3, which the
 * outcome may need — refused with the article where it is missing) or returns it to the unit with its opinion.
 */
export async function reviewOutcome(
  db: Db,
  actor: Actor,
  user: RegistryUser,
  input: { itemId: string; version: number; agrees: boolean; groundFound: boolean; opinion: string },
  ctx: Ctx,
) {
  if (!isJustice(user)) throw new AppError('FORBIDDEN', '（清理意见由区司法局审查）');
  if (!input.agrees && input.opinion.trim().length < 2) throw new AppError('INVALID_INPUT', '（退回时须写明审查意见）');
  return db.$transaction(async (tx) => {
    const item = await itemForChange(tx, input.itemId, input.version);
    if (item.state !== 'proposed') throw new AppError('WRONG_STATE', '（尚无待审查的清理意见）');
    const facts: NdFacts = { ...(item.document.facts as NdFacts), cleanupGroundFound: input.groundFound };
    const basis = input.agrees ? outcomeBasis(ctx, item.document.subtype, item.outcome as CleanupOutcome, facts) : {};
    const saved = await tx.normativeCleanupItem.update({
      where: { id: item.id },
      data: {
        state: input.agrees ? 'reviewed' : 'returned',
        groundFound: input.groundFound,
        reviewOpinion: input.opinion.trim(),
        reviewedByName: user.displayName,
        reviewedAt: new Date(),
        basis: json(basis),
        version: { increment: 1 },
      },
    });
    if (input.agrees && (item.document.facts as NdFacts).cleanupGroundFound !== input.groundFound) {
      // the finding is the document's fact too (the registry shows it among its steps)
      await tx.normativeDocument.update({ where: { id: item.documentId }, data: { facts: json(facts), version: { increment: 1 }, updatedById: actorIdOf(actor) } });
      await tx.normativeDocumentStep.create({
        data: { documentId: item.documentId, action: 'fact', fact: 'cleanupGroundFound', value: input.groundFound, note: `清理审查：${input.opinion.trim()}`, byId: user.id, byName: user.displayName },
      });
    }
    await recordAudit(tx, actor, {
      action: 'normative.cleanup.review',
      entityType: 'normative_cleanup_item',
      entityId: item.id,
      before: { state: item.state },
      after: { state: saved.state, groundFound: input.groundFound, opinion: input.opinion.trim() },
    });
    return saved;
  });
}

/**
 * The meeting approves the results (a meeting rules-core names for normative documents). Every document then takes its
 * outcome: its validity, its last cleanup, and — where the rulebook provides the moves — its state, each a step with
 * the articles or the rulebook's silence.
 */
export async function approveCleanup(
  db: Db,
  actor: Actor,
  user: RegistryUser,
  input: { id: string; version: number; meeting: string; meetingName: string; meetingOn: string },
  ctx: Ctx,
) {
  if (!isOffice(user)) throw new AppError('FORBIDDEN', '（会议审定结果由督查办登记）');
  toOrdinal(input.meetingOn);
  const named = cleanupApprovalMeeting(ctx.district, ctx.asOf);
  if (!(named.meetings as readonly string[]).includes(input.meeting))
    throw new AppError(
      'RULE_VIOLATION',
      `（清理结果须经${named.meetings.map((m) => AUTHORITY_ZH[m]).join('或')}审定〔${named.citations.map((c) => `${c.instrument} ${c.location}`).join('；')}〕）`,
    );
  return db.$transaction(async (tx) => {
    const cleanup = await tx.normativeCleanup.findUnique({ where: { id: input.id }, include: { items: { include: { document: true } } } });
    if (!cleanup) throw new AppError('NOT_FOUND');
    if (cleanup.version !== input.version) throw new AppError('CONFLICT', `（该次清理已被他人修改，当前为第${cleanup.version}版）`);
    if (cleanup.state !== 'open') throw new AppError('WRONG_STATE', '（该次清理已经审定）');
    if (input.meetingOn > ctx.asOf || input.meetingOn < day(cleanup.openedOn)) throw new AppError('INVALID_INPUT', '（会议日期须在开展清理之后、不晚于今天）');
    const pending = cleanup.items.filter((i) => i.state !== 'reviewed');
    if (pending.length > 0)
      throw new AppError('WRONG_STATE', `（尚有${pending.length}件文件未经区司法局审查同意：${pending.slice(0, 3).map((i) => `《${i.document.title}》`).join('')}${pending.length > 3 ? '等' : ''}）`);
    const meetingLabel = input.meetingName.trim() || AUTHORITY_ZH[input.meeting as keyof typeof AUTHORITY_ZH];
    for (const item of cleanup.items) {
      const outcome = item.outcome as CleanupOutcome;
      const basis = item.basis as unknown as OutcomeBasis;
      const moves = 'moves' in basis && (item.document.state === 'in-force' || item.document.state === 'kept') ? basis.moves : [];
      const toState = moves.at(-1) ?? item.document.state;
      await tx.normativeDocument.update({
        where: { id: item.documentId },
        data: { state: toState, validity: CLEANUP_OUTCOME_VALIDITY[outcome], lastCleanupOn: new Date(input.meetingOn), version: { increment: 1 }, updatedById: actorIdOf(actor) },
      });
      await tx.normativeDocumentStep.create({
        data: {
          documentId: item.documentId,
          action: 'cleanup',
          fromState: item.document.state,
          toState,
          note: `${cleanup.title}：${CLEANUP_OUTCOME_ZH[outcome]}（${meetingLabel}${input.meetingOn}审定）${'silent' in basis ? `；${basis.silent.message}，依清理工作的外部规定办理` : ''}`,
          citations: json('citations' in basis ? basis.citations : []),
          byId: user.id,
          byName: user.displayName,
        },
      });
      await tx.normativeCleanupItem.update({ where: { id: item.id }, data: { state: 'applied', version: { increment: 1 } } });
    }
    const saved = await tx.normativeCleanup.update({
      where: { id: cleanup.id },
      data: { state: 'approved', meeting: input.meeting, meetingName: meetingLabel, meetingOn: new Date(input.meetingOn), version: { increment: 1 }, updatedById: actorIdOf(actor) },
    });
    await recordAudit(tx, actor, {
      action: 'normative.cleanup.approve',
      entityType: 'normative_cleanup',
      entityId: cleanup.id,
      before: { state: 'open' },
      after: { state: 'approved', meeting: input.meeting, meetingName: meetingLabel, meetingOn: input.meetingOn },
    });
    return saved;
  });
}

/** The result list as published: the documents under each outcome, by 文号. */
function resultText(title: string, meetingLabel: string, meetingOn: string, items: { outcome: string | null; document: { title: string; docNumber: string | null } }[]) {
  const numerals = ['一', '二', '三', '四', '五'];
  const sections = CLEANUP_OUTCOMES.map((o) => ({ o, docs: items.filter((i) => i.outcome === o) })).filter((s) => s.docs.length > 0);
  return [
    `经${meetingLabel}（${meetingOn}）审定，现将${title}结果公布如下：`,
    ...sections.flatMap((s, n) => [
      `${numerals[n]}、${s.o === 'amend' ? '拟修改' : CLEANUP_OUTCOME_ZH[s.o]}的规范性文件（${s.docs.length}件）`,
      ...s.docs.map((d, k) => `${k + 1}. ${d.document.title}（${d.document.docNumber ?? '无文号'}）`),
    ]),
    '拟修改的文件在修改公布前继续有效；废止、宣布失效的文件自公布之日起不再作为行政管理的依据。',
  ].join('\n');
}

/** Send the approved result list to the disclosure app: a draft there, naming the documents it repeals or declares
 * invalid by 文号 (marked so when it is published). Sent once; again answers the same draft. */
export async function sendCleanupResults(db: Db, actor: Actor, user: RegistryUser, client: DisclosureClient, id: string, ctx: Ctx) {
  if (!isOffice(user)) throw new AppError('FORBIDDEN', '（清理结果由督查办报送公开）');
  const cleanup = await db.normativeCleanup.findUnique({ where: { id }, include: { items: { include: { document: true } } } });
  if (!cleanup) throw new AppError('NOT_FOUND');
  if (cleanup.state === 'open') throw new AppError('WRONG_STATE', '（清理结果经会议审定后方可公开）');
  const instrument = INSTRUMENTS[INSTRUMENT_OF_DISTRICT[ctx.district]];
  const meetingOn = day(cleanup.meetingOn!);
  const items = [...cleanup.items].sort((a, b) => (a.document.docNumber ?? '').localeCompare(b.document.docNumber ?? ''));
  const counts = CLEANUP_OUTCOMES.map((o) => [o, items.filter((i) => i.outcome === o).length] as const).filter(([, n]) => n > 0);
  const answer = await submitToDisclosure(client, {
    sourceRef: `cleanup:${cleanup.id}`,
    fields: {
      kind: 'cleanup_result',
      title: `关于公布${cleanup.title}结果的通知`.slice(0, 200),
      issuer: `${instrument.issuer}办公室`,
      draftingDepartmentId: user.departmentId,
      formedOn: meetingOn,
      category: '政务公开',
      attribute: 'proactive',
      legalBasis: `${cleanup.dueBasis}；${cleanup.meetingName}${meetingOn}审定`.slice(0, 2000),
      summary: `${cleanup.title}结果：${counts.map(([o, n]) => `${CLEANUP_OUTCOME_ZH[o]}${n}件`).join('，')}`.slice(0, 500),
      bodyText: resultText(cleanup.title, cleanup.meetingName ?? '', meetingOn, items),
      signoffKind: 'office-routine-document',
      needsInterpretation: false,
      validityChanges: items
        .filter((i) => i.document.docNumber && CLEANUP_OUTCOME_VALIDITY[i.outcome as CleanupOutcome] !== 'in_force')
        .map((i) => ({ docNumber: i.document.docNumber!, validity: CLEANUP_OUTCOME_VALIDITY[i.outcome as CleanupOutcome] })),
    },
  });
  await db.$transaction(async (tx) => {
    if (!cleanup.disclosureItemId)
      await tx.normativeCleanup.update({
        where: { id: cleanup.id },
        data: { state: 'sent', disclosureItemId: answer.id, sentAt: new Date(), version: { increment: 1 }, updatedById: actorIdOf(actor) },
      });
    await recordAudit(tx, actor, {
      action: 'normative.cleanup.send-to-disclosure',
      entityType: 'normative_cleanup',
      entityId: cleanup.id,
      after: { disclosureItemId: answer.id, created: answer.created },
    });
  });
  return answer;
}

/** A cleanup at a glance: each unit's progress (documents, proposed, reviewed, its deadline), each document with its
 * proposal, review and basis, the meetings that may approve, and — once sent — what became of the list there. */
export async function getCleanup(db: Db, id: string, ctx: Ctx, client?: DisclosureClient) {
  const cleanup = await db.normativeCleanup.findUnique({
    where: { id },
    include: {
      items: { include: { document: { select: { id: true, title: true, docNumber: true, subtype: true, state: true, validity: true } } }, orderBy: [{ departmentId: 'asc' }, { id: 'asc' }] },
      units: true,
    },
  });
  if (!cleanup) throw new AppError('NOT_FOUND');
  const deadlines = await db.deadline.findMany({ where: { id: { in: cleanup.units.map((u) => u.deadlineId).filter((d): d is string => !!d) } } });
  const units = cleanup.units.map((u) => {
    const mine = cleanup.items.filter((i) => i.departmentId === u.departmentId);
    const deadline = deadlines.find((d) => d.id === u.deadlineId);
    return {
      departmentId: u.departmentId,
      documents: mine.length,
      proposed: mine.filter((i) => i.state !== 'assigned' && i.state !== 'returned').length,
      returned: mine.filter((i) => i.state === 'returned').length,
      reviewed: mine.filter((i) => i.state === 'reviewed' || i.state === 'applied').length,
      submittedAt: u.submittedAt,
      deadline: deadline ? { dueDate: day(deadline.dueDate), status: deadline.status, overdue: deadline.status === 'open' && day(deadline.dueDate) < ctx.asOf } : null,
    };
  });
  const approval = cleanupApprovalMeeting(ctx.district, ctx.asOf);
  const disclosure = cleanup.disclosureItemId && client ? await disclosureStatus(client, `cleanup:${cleanup.id}`) : null;
  return {
    ...cleanup,
    units,
    approval: { meetings: approval.meetings.map((m) => ({ id: m, label: AUTHORITY_ZH[m] })), citations: approval.citations, interpretations: approval.interpretations },
    disclosure,
  };
}

/** Every cleanup, newest first, with its counts. */
export async function listCleanups(db: Db) {
  const rows = await db.normativeCleanup.findMany({ orderBy: [{ openedOn: 'desc' }, { id: 'asc' }], include: { items: { select: { state: true, outcome: true } } } });
  return rows.map(({ items, ...c }) => ({
    ...c,
    documents: items.length,
    reviewed: items.filter((i) => i.state === 'reviewed' || i.state === 'applied').length,
    outcomes: Object.fromEntries(CLEANUP_OUTCOMES.map((o) => [o, items.filter((i) => i.outcome === o).length])),
  }));
}

/** The day a cleanup opened today would be due from its anchor, and on what basis (shown before it is opened). */
export async function cleanupDuePreview(db: Db, lastCleanupOn: string, ctx: Ctx) {
  toOrdinal(lastCleanupOn);
  return dueFrom(db, ctx, lastCleanupOn);
}

// Deputies' suggestions and CPPCC proposals, from registration to the proposer's rating. The office registers (or
// imports) and assigns a lead unit and co-handling units; the lead unit may return a misassigned item with its reasons
// within its window, and the office reassigns; the lead unit contacts the proposer, the co-handlers send it their
// opinions, it answers in a category (A/B/C) signed off by its principal; the proposer's rating closes the item, or —
// 不满意 — opens its re-handling with its own clock. The actions an answer promises become tracked tasks. Every clock
// is the source body's configuration (settings `suggestion.clocks.<body>`) on the reminder engine: the rulebooks fix
// none (rules-spec R-SUP-11: SPB art.29 认真办理人大代表建议、政协委员提案; KZ silent).
import { type Actor, actorIdOf, AppError, recordAudit } from '@zhengling/core';
import type { Db, Prisma, Suggestion, Tx } from '@zhengling/db';
import {
  adjustDeadlineInTx,
  closeDeadlineInTx,
  createDeadlineInTx,
  loadCalendar,
} from '@zhengling/reminders';
import { type DistrictId, RuleEngineError } from '@zhengling/rules-core';
import { toOrdinal } from '@zhengling/rules-core/calendar';
import { loadSettings, type Settings } from '../settings/settings';
import { createTaskInTx } from '../tasks/create-task';
import {
  type AnswerCategory,
  ANSWER_CATEGORY_ZH,
  itemWord,
  proposerWord,
  type Rating,
  RATING_ZH,
  type SourceBody,
  SOURCE_BODY_ZH,
} from './words';

export type Ctx = { district: DistrictId; asOf: string };
export interface SuggestionUser {
  id: string;
  displayName: string;
  departmentId: string;
  roles: readonly string[];
}
type UserActor = Actor & { kind: 'user' };

export const isOffice = (u: SuggestionUser) =>
  u.roles.includes('supervision_office') || u.roles.includes('administrator');
const isHead = (u: SuggestionUser) => u.roles.includes('department_head');
const day = (d: Date) => d.toISOString().slice(0, 10);
const json = (v: unknown) => v as Prisma.InputJsonValue;

/** The clocks of an item's source body, and where they come from. */
export async function clocksOf(db: Db | Tx, body: string) {
  const settings: Settings = await loadSettings(db);
  const key = `suggestion.clocks.${body as SourceBody}` as const;
  return { ...settings[key], key };
}
const clockSource = (key: string, what: string) =>
  `${what}：配置项「${key}」（shared/DOMAIN.md 代表建议和政协提案；规则文本未规定办理时限，沙坪坝第二十九条、开州区未规定）`;

/** What every clock of an item shares: the app and the item it belongs to in the reminder engine. */
const clockOf = (s: { id: string }) => ({ app: 'supervision', entityType: 'suggestion', entityId: s.id });

const label = (s: Pick<Suggestion, 'sourceBody' | 'session' | 'number' | 'title'>) =>
  `${s.session}第${s.number}号${itemWord(s.sourceBody)}《${s.title}》`;

async function event(tx: Tx, s: { id: string }, user: SuggestionUser, action: string, note = '') {
  await tx.suggestionEvent.create({
    data: { suggestionId: s.id, action, note: note.slice(0, 4000), byId: user.id, byName: user.displayName },
  });
}

async function forChange(tx: Tx, id: string, version: number) {
  const s = await tx.suggestion.findUnique({ where: { id } });
  if (!s) throw new AppError('NOT_FOUND');
  if (s.version !== version)
    throw new AppError(
      'CONFLICT',
      `（该${itemWord(s.sourceBody)}已被他人修改，当前为第${s.version}版，请刷新后再试）`,
    );
  return s;
}

async function closeIfOpen(tx: Tx, actor: Actor, id: string | null | undefined, how: 'met' | 'cancelled') {
  if (!id) return;
  const d = await tx.deadline.findUnique({ where: { id } });
  if (d && (d.status === 'open' || d.status === 'paused')) await closeDeadlineInTx(tx, actor, id, how);
}

function checkDate(value: string, notBefore: string, notAfter: string, what: string) {
  toOrdinal(value);
  if (value > notAfter) throw new AppError('INVALID_INPUT', `（${what}不能晚于今天）`);
  if (value < notBefore) throw new AppError('INVALID_INPUT', `（${what}不能早于${notBefore}）`);
}

/** A working-day date from the calendar, or null where the calendar has no data for that year yet (shown as such). */
async function workingDaysAfter(tx: Tx, from: string, n: number) {
  try {
    return (await loadCalendar(tx)).addWorkingDays(from, n);
  } catch (error) {
    if (error instanceof RuleEngineError && error.code === 'CALENDAR_YEAR_MISSING') return null;
    throw error;
  }
}

// ── registration ────────────────────────────────────────────────────────────────────────────────────────────────

export interface NewSuggestion {
  sourceBody: SourceBody;
  session: string;
  number: string;
  title: string;
  proposers: string[];
  body: string;
}

export async function registerSuggestionInTx(
  tx: Tx,
  actor: Actor,
  user: SuggestionUser,
  input: NewSuggestion,
) {
  const clash = await tx.suggestion.findUnique({
    where: {
      sourceBody_session_number: {
        sourceBody: input.sourceBody,
        session: input.session,
        number: input.number,
      },
    },
  });
  if (clash)
    throw new AppError(
      'CONFLICT',
      `（${input.session}第${input.number}号${itemWord(input.sourceBody)}已经登记）`,
    );
  const s = await tx.suggestion.create({
    data: { ...input, createdById: actorIdOf(actor), updatedById: actorIdOf(actor) },
  });
  await event(
    tx,
    s,
    user,
    'register',
    `${SOURCE_BODY_ZH[input.sourceBody]}，${proposerWord(input.sourceBody)}：${input.proposers.join('、')}`,
  );
  await recordAudit(tx, actor, {
    action: 'suggestion.register',
    entityType: 'suggestion',
    entityId: s.id,
    after: input,
  });
  return s;
}

/** Register one suggestion or proposal (the office). */
export async function registerSuggestion(db: Db, actor: Actor, user: SuggestionUser, input: NewSuggestion) {
  if (!isOffice(user)) throw new AppError('FORBIDDEN', '（建议提案由督查办登记）');
  return db.$transaction((tx) => registerSuggestionInTx(tx, actor, user, input));
}

// ── assignment, return, reassignment ────────────────────────────────────────────────────────────────────────────

/**
 * Assign (or reassign, after a return) a lead unit and co-handling units. The clocks run from the day of assignment:
 * the lead unit's window to return it, contact with the proposer, each co-handler's opinion, and the answer.
 */
export async function assignSuggestion(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: AssignInput,
  ctx: Ctx,
) {
  if (!isOffice(user)) throw new AppError('FORBIDDEN', '（建议提案由督查办交办）');
  return db.$transaction((tx) => assignInTx(tx, actor, user, input, ctx), { timeout: 20_000 });
}

export type AssignInput = {
  id: string;
  version: number;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  assignedOn: string;
};

export async function assignInTx(tx: Tx, actor: Actor, user: SuggestionUser, input: AssignInput, ctx: Ctx) {
  const co = [...new Set(input.coDepartmentIds)].filter((d) => d !== input.leadDepartmentId);
  {
    const s = await forChange(tx, input.id, input.version);
    if (s.state !== 'registered' && s.state !== 'returned')
      throw new AppError('WRONG_STATE', '（已交办的不能再交办；被承办单位退回的才能重新交办）');
    checkDate(input.assignedOn, s.assignedOn ? day(s.assignedOn) : '2000-01-01', ctx.asOf, '交办日期');
    const units = await tx.department.findMany({
      where: { id: { in: [input.leadDepartmentId, ...co] }, active: true },
    });
    if (units.length !== co.length + 1) throw new AppError('INVALID_INPUT', '（主办单位或协办单位不存在）');
    if (s.state === 'returned' && s.leadDepartmentId === input.leadDepartmentId)
      throw new AppError('INVALID_INPUT', '（该单位已说明不属于其职责，请交办其他单位）');
    const clocks = await clocksOf(tx, s.sourceBody);
    const returnByOn = await workingDaysAfter(tx, input.assignedOn, clocks.returnWorkingDays);
    const title = label(s);
    const contact = await createDeadlineInTx(tx, actor, {
      ...clockOf(s),
      kind: 'supervision.suggestion-contact',
      title: `联系${proposerWord(s.sourceBody)}：${title}`.slice(0, 200),
      departmentId: input.leadDepartmentId,
      startEvent: 'assigned',
      startDate: input.assignedOn,
      length: clocks.contactWorkingDays,
      unit: 'working_days',
      ruleSource: clockSource(clocks.key, `交办之日起${clocks.contactWorkingDays}个工作日内联系`),
    });
    const months = s.difficult ? clocks.difficultAnswerMonths : clocks.answerMonths;
    const answer = await createDeadlineInTx(tx, actor, {
      ...clockOf(s),
      kind: 'supervision.suggestion-answer',
      title: `答复：${title}`.slice(0, 200),
      departmentId: input.leadDepartmentId,
      startEvent: 'assigned',
      startDate: input.assignedOn,
      length: months,
      unit: 'months',
      ruleSource: clockSource(clocks.key, `交办之日起${months}个月内答复`),
    });
    for (const departmentId of co) {
      const deadline = await createDeadlineInTx(tx, actor, {
        ...clockOf(s),
        kind: 'supervision.suggestion-co-opinion',
        title: `协办意见送主办单位：${title}`.slice(0, 200),
        departmentId,
        startEvent: 'assigned',
        startDate: input.assignedOn,
        length: clocks.coOpinionWorkingDays,
        unit: 'working_days',
        ruleSource: clockSource(
          clocks.key,
          `交办之日起${clocks.coOpinionWorkingDays}个工作日内将书面意见送主办单位`,
        ),
      });
      await tx.suggestionOpinion.create({
        data: { suggestionId: s.id, departmentId, round: s.round, deadlineId: deadline.id },
      });
    }
    const saved = await tx.suggestion.update({
      where: { id: s.id },
      data: {
        state: 'assigned',
        leadDepartmentId: input.leadDepartmentId,
        coDepartmentIds: co,
        assignedOn: new Date(input.assignedOn),
        returnByOn: returnByOn ? new Date(returnByOn) : null,
        contactDeadlineId: contact.id,
        answerDeadlineId: answer.id,
        version: { increment: 1 },
        updatedById: actorIdOf(actor),
      },
    });
    const names = new Map(units.map((u) => [u.id, u.name]));
    await event(
      tx,
      s,
      user,
      s.state === 'returned' ? 'reassign' : 'assign',
      `主办：${names.get(input.leadDepartmentId)}${co.length ? `；协办：${co.map((d) => names.get(d)).join('、')}` : ''}（${input.assignedOn}）`,
    );
    await recordAudit(tx, actor, {
      action: s.state === 'returned' ? 'suggestion.reassign' : 'suggestion.assign',
      entityType: 'suggestion',
      entityId: s.id,
      before: { state: s.state, leadDepartmentId: s.leadDepartmentId, coDepartmentIds: s.coDepartmentIds },
      after: { leadDepartmentId: input.leadDepartmentId, coDepartmentIds: co, assignedOn: input.assignedOn },
    });
    return saved;
  }
}

/** The lead unit returns a misassigned item, with its reasons, within its window; its clocks stop; the office
 * reassigns. */
export async function returnSuggestion(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: { id: string; version: number; reason: string },
  ctx: Ctx,
) {
  if (input.reason.trim().length < 4)
    throw new AppError('INVALID_INPUT', '（退回须写明不属于本单位职责的理由）');
  return db.$transaction(async (tx) => {
    const s = await forChange(tx, input.id, input.version);
    if (s.state !== 'assigned' || s.leadDepartmentId !== user.departmentId)
      throw new AppError('FORBIDDEN', '（只有主办单位可以退回交办）');
    if (s.answerDraftedBy || s.contactedOn) throw new AppError('WRONG_STATE', '（已开始办理的不能退回）');
    const clocks = await clocksOf(tx, s.sourceBody);
    if (s.returnByOn && ctx.asOf > day(s.returnByOn))
      throw new AppError(
        'WRONG_STATE',
        `（退回期限已过：交办之日起${clocks.returnWorkingDays}个工作日内（${day(s.returnByOn)}前）可以退回，现须协商督查办处理）`,
      );
    await closeIfOpen(tx, actor, s.contactDeadlineId, 'cancelled');
    await closeIfOpen(tx, actor, s.answerDeadlineId, 'cancelled');
    const opinions = await tx.suggestionOpinion.findMany({
      where: { suggestionId: s.id, round: s.round, submittedAt: null },
    });
    for (const o of opinions) await closeIfOpen(tx, actor, o.deadlineId, 'cancelled');
    await tx.suggestionOpinion.deleteMany({ where: { id: { in: opinions.map((o) => o.id) } } });
    const saved = await tx.suggestion.update({
      where: { id: s.id },
      data: {
        state: 'returned',
        returnReason: input.reason.trim(),
        contactDeadlineId: null,
        answerDeadlineId: null,
        version: { increment: 1 },
        updatedById: actorIdOf(actor),
      },
    });
    await event(tx, s, user, 'return', input.reason.trim());
    await recordAudit(tx, actor, {
      action: 'suggestion.return',
      entityType: 'suggestion',
      entityId: s.id,
      before: { state: s.state },
      after: { state: 'returned', reason: input.reason.trim() },
    });
    return saved;
  });
}

// ── handling ────────────────────────────────────────────────────────────────────────────────────────────────────

const canHandle = (s: Suggestion, user: SuggestionUser) =>
  s.leadDepartmentId === user.departmentId || isOffice(user);

/** The lead unit records its contact with the proposer (the contact clock is met). */
export async function recordContact(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: { id: string; version: number; contactedOn: string; note: string },
  ctx: Ctx,
) {
  return db.$transaction(async (tx) => {
    const s = await forChange(tx, input.id, input.version);
    if (!canHandle(s, user)) throw new AppError('FORBIDDEN', '（由主办单位联系）');
    if (s.state !== 'assigned' && s.state !== 'rehandling')
      throw new AppError('WRONG_STATE', '（不在办理中）');
    checkDate(input.contactedOn, day(s.assignedOn!), ctx.asOf, '联系日期');
    await closeIfOpen(tx, actor, s.contactDeadlineId, 'met');
    const saved = await tx.suggestion.update({
      where: { id: s.id },
      data: {
        contactedOn: new Date(input.contactedOn),
        contactNote: input.note.trim(),
        version: { increment: 1 },
        updatedById: actorIdOf(actor),
      },
    });
    await event(tx, s, user, 'contact', `${input.contactedOn} ${input.note.trim()}`);
    await recordAudit(tx, actor, {
      action: 'suggestion.contact',
      entityType: 'suggestion',
      entityId: s.id,
      after: input,
    });
    return saved;
  });
}

/** A co-handling unit sends its written opinion to the lead unit (its clock is met). */
export async function submitOpinion(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: { id: string; opinion: string },
) {
  if (input.opinion.trim().length < 4) throw new AppError('INVALID_INPUT', '（协办意见须有实际内容）');
  return db.$transaction(async (tx) => {
    const s = await tx.suggestion.findUnique({ where: { id: input.id } });
    if (!s) throw new AppError('NOT_FOUND');
    const row = await tx.suggestionOpinion.findUnique({
      where: {
        suggestionId_departmentId_round: {
          suggestionId: s.id,
          departmentId: user.departmentId,
          round: s.round,
        },
      },
    });
    if (!row) throw new AppError('FORBIDDEN', '（本单位不是该件的协办单位）');
    if (row.submittedAt) throw new AppError('WRONG_STATE', '（本单位已提出协办意见）');
    if (s.state !== 'assigned') throw new AppError('WRONG_STATE', '（不在办理中）');
    await closeIfOpen(tx, actor, row.deadlineId, 'met');
    await tx.suggestionOpinion.update({
      where: { id: row.id },
      data: { opinion: input.opinion.trim(), byName: user.displayName, submittedAt: new Date() },
    });
    const saved = await tx.suggestion.update({ where: { id: s.id }, data: { version: { increment: 1 } } });
    await event(tx, s, user, 'opinion', input.opinion.trim());
    await recordAudit(tx, actor, {
      action: 'suggestion.opinion',
      entityType: 'suggestion',
      entityId: s.id,
      after: { departmentId: user.departmentId, opinion: input.opinion.trim() },
    });
    return saved;
  });
}

/** A difficult item (重大或复杂) answers within the longer time, with its reason recorded: the answer clock grows. */
export async function markDifficult(
  db: Db,
  actor: UserActor,
  user: SuggestionUser,
  input: { id: string; version: number; reason: string },
) {
  if (input.reason.trim().length < 4) throw new AppError('INVALID_INPUT', '（须写明需要延长答复时间的理由）');
  return db.$transaction(async (tx) => {
    const s = await forChange(tx, input.id, input.version);
    if (!canHandle(s, user)) throw new AppError('FORBIDDEN', '（由主办单位或督查办确定）');
    if (s.state !== 'assigned') throw new AppError('WRONG_STATE', '（不在首次办理中）');
    if (s.difficult) throw new AppError('WRONG_STATE', '（已列为重大或复杂事项）');
    const clocks = await clocksOf(tx, s.sourceBody);
    const extra = clocks.difficultAnswerMonths - clocks.answerMonths;
    if (s.answerDeadlineId && extra > 0)
      await adjustDeadlineInTx(tx, actor, s.answerDeadlineId, {
        type: 'extension',
        length: extra,
        reason:
          `重大或复杂事项：${input.reason.trim()}（${clockSource(clocks.key, `答复时限延长至${clocks.difficultAnswerMonths}个月`)}）`.slice(
            0,
            500,
          ),
      });
    const saved = await tx.suggestion.update({
      where: { id: s.id },
      data: {
        difficult: true,
        difficultReason: input.reason.trim(),
        version: { increment: 1 },
        updatedById: actorIdOf(actor),
      },
    });
    await event(tx, s, user, 'difficult', input.reason.trim());
    await recordAudit(tx, actor, {
      action: 'suggestion.difficult',
      entityType: 'suggestion',
      entityId: s.id,
      after: { reason: input.reason.trim() },
    });
    return saved;
  });
}

export interface Promise_ {
  title: string;
  dueOn: string;
}

/** The lead unit drafts the answer: its category, its text, and — for A (being solved) or B (planned) — the actions it
 * promises, each with a date. C needs its reasons in the text. */
export async function draftAnswer(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: { id: string; version: number; category: AnswerCategory; text: string; promises: Promise_[] },
  ctx: Ctx,
) {
  if (input.text.trim().length < 10) throw new AppError('INVALID_INPUT', '（答复内容过短）');
  if (input.category === 'B' && input.promises.length === 0)
    throw new AppError('INVALID_INPUT', '（B类答复须列明计划解决的事项和时限）');
  for (const p of input.promises) {
    toOrdinal(p.dueOn);
    if (p.dueOn <= ctx.asOf)
      throw new AppError('INVALID_INPUT', `（承诺事项“${p.title}”的完成时限须晚于今天）`);
  }
  return db.$transaction(async (tx) => {
    const s = await forChange(tx, input.id, input.version);
    if (s.leadDepartmentId !== user.departmentId) throw new AppError('FORBIDDEN', '（答复由主办单位拟写）');
    if (s.state !== 'assigned' && s.state !== 'rehandling')
      throw new AppError('WRONG_STATE', '（不在办理中）');
    const saved = await tx.suggestion.update({
      where: { id: s.id },
      data: {
        answerCategory: input.category,
        answerText: input.text.trim(),
        answerPromises: json(input.promises),
        answerDraftedBy: user.displayName,
        version: { increment: 1 },
        updatedById: actorIdOf(actor),
      },
    });
    await event(
      tx,
      s,
      user,
      'draft',
      `${ANSWER_CATEGORY_ZH[input.category]}${input.promises.length ? `，承诺事项${input.promises.length}项` : ''}`,
    );
    await recordAudit(tx, actor, {
      action: 'suggestion.draft-answer',
      entityType: 'suggestion',
      entityId: s.id,
      after: input,
    });
    return saved;
  });
}

/**
 * The lead unit's principal signs the answer off (dated the day of the answer letter, not later than today) — or
 * sends the draft back. The contact must be recorded and every co-handler's opinion in first. Signed off, the answer
 * clock is met, the rating is awaited, and each promised action becomes a tracked task of the lead unit.
 */
export async function signOffAnswer(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: {
    id: string;
    version: number;
    decision: 'sign_off' | 'send_back';
    comment?: string;
    answeredOn?: string;
  },
  ctx: Ctx,
) {
  return db.$transaction(
    async (tx) => {
      const s = await forChange(tx, input.id, input.version);
      if (s.leadDepartmentId !== user.departmentId || !isHead(user))
        throw new AppError('FORBIDDEN', '（答复须由主办单位负责人签发）');
      if ((s.state !== 'assigned' && s.state !== 'rehandling') || !s.answerDraftedBy)
        throw new AppError('WRONG_STATE', '（尚无待签发的答复稿）');
      if (input.decision === 'send_back') {
        if (!input.comment?.trim()) throw new AppError('INVALID_INPUT', '（退回时请写明修改意见）');
        const saved = await tx.suggestion.update({
          where: { id: s.id },
          data: { answerDraftedBy: null, version: { increment: 1 }, updatedById: actorIdOf(actor) },
        });
        await event(tx, s, user, 'send-back', input.comment.trim());
        await recordAudit(tx, actor, {
          action: 'suggestion.send-back',
          entityType: 'suggestion',
          entityId: s.id,
          after: { comment: input.comment.trim() },
        });
        return saved;
      }
      if (!s.contactedOn)
        throw new AppError('WRONG_STATE', `（答复前须先联系${proposerWord(s.sourceBody)}，了解意图）`);
      const waiting = await tx.suggestionOpinion.count({
        where: { suggestionId: s.id, round: 1, submittedAt: null },
      });
      if (waiting > 0) throw new AppError('WRONG_STATE', `（尚有${waiting}个协办单位未提出书面意见）`);
      const answeredOn = input.answeredOn ?? ctx.asOf;
      const from = s.state === 'rehandling' && s.ratedOn ? day(s.ratedOn) : day(s.assignedOn!);
      checkDate(answeredOn, from, ctx.asOf, '答复日期');
      const clocks = await clocksOf(tx, s.sourceBody);
      const ratingDueOn = await workingDaysAfter(tx, answeredOn, clocks.ratingWorkingDays);
      await closeIfOpen(tx, actor, s.answerDeadlineId, 'met');
      const promises = s.answerPromises as unknown as Promise_[];
      for (const [i, p] of promises.entries()) {
        const task = await createTaskInTx(
          tx,
          actor,
          {
            kind: 'suggestion_commitment',
            suggestionId: s.id,
            number: `${s.number}-${s.round}-${i + 1}`,
            title: p.title,
            measures: `${label(s)}答复（${ANSWER_CATEGORY_ZH[s.answerCategory as AnswerCategory]}）承诺事项`,
            leadDepartmentId: s.leadDepartmentId!,
            coDepartmentIds: [],
            startDate: answeredOn,
            dueDate: p.dueOn,
            reportCycle: 'none',
            milestones: [],
          },
          ctx,
        );
        await event(tx, s, user, 'commitment', `${task.number} ${p.title}（${p.dueOn}前）`);
      }
      const saved = await tx.suggestion.update({
        where: { id: s.id },
        data: {
          state: 'answered',
          answerSignedBy: user.displayName,
          answeredOn: new Date(answeredOn),
          ratingDueOn: ratingDueOn ? new Date(ratingDueOn) : null,
          version: { increment: 1 },
          updatedById: actorIdOf(actor),
        },
      });
      await event(
        tx,
        s,
        user,
        'sign-off',
        `${ANSWER_CATEGORY_ZH[s.answerCategory as AnswerCategory]}（答复日期 ${answeredOn}）`,
      );
      await recordAudit(tx, actor, {
        action: 'suggestion.sign-off',
        entityType: 'suggestion',
        entityId: s.id,
        before: { state: s.state },
        after: { state: 'answered', answeredOn, round: s.round },
      });
      return saved;
    },
    { timeout: 20_000 },
  );
}

/**
 * The proposer's rating, recorded by the lead unit or the office from the feedback form. 满意 and 基本满意 close the
 * item; 不满意 (with the proposer's reasons) opens its re-handling with its own clock — once; a second 不满意 closes it
 * with the rating kept.
 */
export async function rateAnswer(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: { id: string; version: number; rating: Rating; note: string; ratedOn: string },
  ctx: Ctx,
) {
  if (input.rating === 'dissatisfied' && input.note.trim().length < 2)
    throw new AppError('INVALID_INPUT', '（不满意须记录代表委员的意见）');
  return db.$transaction(async (tx) => {
    const s = await forChange(tx, input.id, input.version);
    if (!canHandle(s, user)) throw new AppError('FORBIDDEN', '（由主办单位或督查办记录）');
    if (s.state !== 'answered') throw new AppError('WRONG_STATE', '（尚未答复）');
    checkDate(input.ratedOn, day(s.answeredOn!), ctx.asOf, '评价日期');
    const rehandle = input.rating === 'dissatisfied' && s.round === 1;
    let data: Prisma.SuggestionUncheckedUpdateInput = {
      state: 'closed',
      rating: input.rating,
      ratingNote: input.note.trim(),
      ratedOn: new Date(input.ratedOn),
    };
    if (rehandle) {
      const clocks = await clocksOf(tx, s.sourceBody);
      const deadline = await createDeadlineInTx(tx, actor, {
        ...clockOf(s),
        kind: 'supervision.suggestion-rehandle',
        title: `重新办理并答复：${label(s)}`.slice(0, 200),
        departmentId: s.leadDepartmentId!,
        startEvent: 'rated-dissatisfied',
        startDate: input.ratedOn,
        length: clocks.rehandleMonths,
        unit: 'months',
        ruleSource: clockSource(clocks.key, `代表委员不满意的，${clocks.rehandleMonths}个月内重新办理并答复`),
      });
      data = {
        state: 'rehandling',
        round: 2,
        firstAnswer: json({
          category: s.answerCategory,
          text: s.answerText,
          promises: s.answerPromises,
          draftedBy: s.answerDraftedBy,
          signedBy: s.answerSignedBy,
          answeredOn: day(s.answeredOn!),
          rating: input.rating,
          ratingNote: input.note.trim(),
          ratedOn: input.ratedOn,
          disclosureItemId: s.disclosureItemId,
        }),
        rating: null,
        ratingNote: input.note.trim(),
        ratedOn: new Date(input.ratedOn),
        answerCategory: null,
        answerText: '',
        answerPromises: json([]),
        answerDraftedBy: null,
        answerSignedBy: null,
        answeredOn: null,
        ratingDueOn: null,
        disclosureItemId: null,
        sentAt: null,
        answerDeadlineId: deadline.id,
      };
    }
    const saved = await tx.suggestion.update({
      where: { id: s.id },
      data: { ...data, version: { increment: 1 }, updatedById: actorIdOf(actor) },
    });
    await event(
      tx,
      s,
      user,
      'rate',
      `${RATING_ZH[input.rating]}（${input.ratedOn}）${input.note.trim() ? `：${input.note.trim()}` : ''}`,
    );
    if (rehandle) await event(tx, s, user, 'rehandle', '不满意，重新办理');
    await recordAudit(tx, actor, {
      action: 'suggestion.rate',
      entityType: 'suggestion',
      entityId: s.id,
      before: { state: s.state },
      after: { state: saved.state, rating: input.rating, note: input.note.trim() },
    });
    return saved;
  });
}

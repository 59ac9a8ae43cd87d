// Disclosure on application: registration with a receipt number and a secret code (only its hash is kept), the one
// request to supplement (the clock restarts on receipt of the supplement), one extension of at most 20 working days,
// third-party consultation (its time not counted), and the answer — an outcome row of the annual report's layout,
// with reasons where it is partial or a refusal. Every step changes the application and its deadline together.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { type Actor, AppError, chinaDate, recordAudit } from '@zhengling/core';
import type { Db, DisclosureApplication, Prisma, Tx } from '@zhengling/db';
import { adjustDeadlineInTx, closeDeadlineInTx, createDeadlineInTx, workingDaysLeftFn } from '@zhengling/reminders';
import type { DistrictId } from '@zhengling/rules-core';
import { type APPLICANT_COLUMNS, OUTCOME_GROUPS, OUTCOME_ROWS, type OutcomeRow } from '../annual-report/layout';
import { assertOffice, type StaffUser } from '../items/access';
import { assertVersion } from '../items/lock';
import { displayNames } from '../items/queries';
import { CLOCKS, WITHHOLDING_REASONS } from '../regulation/regulation';
import { DISTRICT_SHORT, fillPattern, loadSettings, nextNumber } from '../settings/settings';
import { answerDeadlineOf } from './application-clock';

type UserActor = Actor & { kind: 'user' };

export const CHANNELS = { letter: '信函', in_person: '当面', online: '网络', email: '电子邮件', fax: '传真' } as const;
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const hashOf = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

export interface NewApplication {
  applicantType: (typeof APPLICANT_COLUMNS)[number]['id'];
  applicantName: string;
  contact: string;
  channel: keyof typeof CHANNELS;
  receivedOn: string;
  description: string;
  purpose?: string;
}

export async function registerApplication(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  district: DistrictId,
  input: NewApplication,
  now: Date,
) {
  assertOffice(user, '依申请公开的登记');
  if (input.receivedOn > chinaDate(now)) throw new AppError('INVALID_INPUT', '（收到日期不能晚于今天）');
  return register(db, actor, actor.userId, user.departmentId, district, input);
}

/** The portal's actor: the applicant, who has no account (the audit says so). */
export const PORTAL_APPLICANT: Actor = { kind: 'system', label: 'portal:applicant', app: 'disclosure' };

/**
 * An application submitted on the portal (条例第二十七条: 可以通过互联网渠道申请). Received today: the receipt the
 * portal shows at once, with its number and the secret code, is the two sides' confirmation (第三十一条（三）: 以双方确认
 * 之日为收到申请之日). The clock belongs to the disclosure office (the department of its staff).
 */
export async function applyOnline(db: Db, district: DistrictId, input: Omit<NewApplication, 'channel' | 'receivedOn'>, now: Date) {
  const office = await db.user.findFirst({
    where: { roles: { has: 'disclosure_editor' }, disabledAt: null },
    orderBy: { createdAt: 'asc' },
    select: { departmentId: true },
  });
  if (!office?.departmentId) throw new AppError('SERVICE_UNAVAILABLE', '（本机关尚未设置政务公开工作人员，暂不能在线受理，请以信函或当面方式提交）');
  return register(db, PORTAL_APPLICANT, 'portal', office.departmentId, district, { ...input, channel: 'online', receivedOn: chinaDate(now) });
}

async function register(db: Db, actor: Actor, createdById: string, officeDepartmentId: string, district: DistrictId, input: NewApplication) {
  const secretCode = Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  const application = await db.$transaction(async (tx) => {
    const settings = await loadSettings(tx);
    const year = Number(input.receivedOn.slice(0, 4));
    const receiptNumber = fillPattern(settings['application.receiptPattern'], {
      district: DISTRICT_SHORT[district],
      year,
      n: await nextNumber(tx, `receipt:${year}`),
    });
    let a = await tx.disclosureApplication.create({
      data: {
        receiptNumber,
        secretHash: hashOf(secretCode),
        applicantType: input.applicantType,
        applicantName: input.applicantName,
        contact: input.contact,
        channel: input.channel,
        receivedOn: new Date(input.receivedOn),
        description: input.description,
        purpose: input.purpose ?? '',
        createdById,
      },
    });
    const deadline = await createDeadlineInTx(tx, actor, answerDeadlineOf(a, officeDepartmentId, input.receivedOn, false));
    a = await tx.disclosureApplication.update({ where: { id: a.id }, data: { deadlineId: deadline.id } });
    await recordAudit(tx, actor, {
      action: 'disclosure.application.register',
      entityType: 'disclosure-application',
      entityId: a.id,
      after: { receiptNumber, applicantType: input.applicantType, channel: input.channel, receivedOn: input.receivedOn },
    });
    return a;
  });
  return { application: publicView(application), secretCode };
}

/** What staff pages show of an application (never the secret's hash). */
export function publicView(a: DisclosureApplication) {
  const { secretHash: _hidden, ...rest } = a;
  return rest;
}

async function openApplication(tx: Tx, id: string, version: number) {
  const a = await tx.disclosureApplication.findUnique({ where: { id } });
  if (!a) throw new AppError('NOT_FOUND');
  if (a.version !== version) {
    const last = await tx.auditEntry.findFirst({
      where: { entityType: 'disclosure-application', entityId: a.id },
      orderBy: { at: 'desc' },
    });
    const by = last?.actorUserId ?? `system:${last?.actorLabel ?? ''}`;
    await assertVersion(tx, { version: a.version, updatedById: by, updatedAt: last?.at ?? a.updatedAt }, version, '该申请');
  }
  if (a.state === 'answered') throw new AppError('WRONG_STATE', '（该申请已答复）');
  return a;
}

async function step(
  tx: Tx,
  actor: UserActor,
  a: DisclosureApplication,
  data: Prisma.DisclosureApplicationUpdateInput,
  action: string,
  detail: Record<string, unknown>,
) {
  const updated = await tx.disclosureApplication.update({
    where: { id: a.id, version: a.version },
    data: { ...data, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    action: `disclosure.application.${action}`,
    entityType: 'disclosure-application',
    entityId: a.id,
    before: { state: a.state },
    after: { state: updated.state, ...detail },
  });
  return publicView(updated);
}

/** The one request to supplement (条例第三十条): the clock stops, and restarts from the supplement's receipt. */
export async function requestSupplement(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  input: { id: string; version: number; requestedOn: string; request: string },
) {
  assertOffice(user, '补正告知');
  return db.$transaction(async (tx) => {
    const a = await openApplication(tx, input.id, input.version);
    if (a.supplementRequestedOn)
      throw new AppError('RULE_VIOLATION', '（补正只能一次性告知（《政府信息公开条例》第三十条））');
    if (a.state !== 'registered') throw new AppError('WRONG_STATE');
    if (input.requestedOn < chinaDate(a.receivedOn)) throw new AppError('INVALID_INPUT', '（告知日期不能早于收到申请之日）');
    if (!input.request.trim()) throw new AppError('INVALID_INPUT', '（须写明需要补正的事项和合理的补正期限）');
    if (a.deadlineId) await closeDeadlineInTx(tx, actor, a.deadlineId, 'cancelled');
    return step(
      tx,
      actor,
      a,
      { state: 'awaiting_supplement', supplementRequestedOn: new Date(input.requestedOn), supplementRequest: input.request.trim() },
      'supplement-request',
      { requestedOn: input.requestedOn, rule: CLOCKS.supplementRequest.source },
    );
  });
}

export async function receiveSupplement(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  input: { id: string; version: number; receivedOn: string },
) {
  assertOffice(user, '补正登记');
  return db.$transaction(async (tx) => {
    const a = await openApplication(tx, input.id, input.version);
    if (a.state !== 'awaiting_supplement') throw new AppError('WRONG_STATE', '（该申请没有待补正的告知）');
    if (input.receivedOn < chinaDate(a.supplementRequestedOn!)) throw new AppError('INVALID_INPUT', '（补正日期不能早于告知日期）');
    const deadline = await createDeadlineInTx(tx, actor, answerDeadlineOf(a, user.departmentId, input.receivedOn, true));
    return step(
      tx,
      actor,
      a,
      { state: 'registered', supplementReceivedOn: new Date(input.receivedOn), deadlineId: deadline.id },
      'supplement-received',
      { receivedOn: input.receivedOn, dueDate: chinaDate(deadline.dueDate) },
    );
  });
}

/** One extension, at most 20 working days, approved by the office's head and told to the applicant (第三十三条). */
export async function extendApplication(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  input: { id: string; version: number; length: number; reason: string; approvedBy: string },
) {
  assertOffice(user, '延期答复');
  if (!Number.isInteger(input.length) || input.length < 1 || input.length > CLOCKS.extension.length)
    throw new AppError('RULE_VIOLATION', `（延长期限最长不得超过${CLOCKS.extension.length}个工作日：${CLOCKS.extension.source}）`);
  if (!input.reason.trim() || !input.approvedBy.trim()) throw new AppError('INVALID_INPUT', '（须写明延期理由和同意延期的负责人）');
  return db.$transaction(async (tx) => {
    const a = await openApplication(tx, input.id, input.version);
    if (a.extension) throw new AppError('RULE_VIOLATION', `（延期只能一次：${CLOCKS.extension.source}）`);
    if (a.state === 'awaiting_supplement' || !a.deadlineId) throw new AppError('WRONG_STATE', '（待补正的申请尚未开始计算答复期限）');
    const deadline = await adjustDeadlineInTx(tx, actor, a.deadlineId, {
      type: 'extension',
      length: input.length,
      reason: `${input.reason.trim()}（经${input.approvedBy.trim()}同意）`,
    });
    const extension = { length: input.length, reason: input.reason.trim(), approvedBy: input.approvedBy.trim(), at: new Date().toISOString() };
    return step(tx, actor, a, { extension }, 'extend', { ...extension, dueDate: chinaDate(deadline.dueDate) });
  });
}

/** Third-party consultation (第三十二条): the clock pauses from the day the request is sent until the reply. */
export async function consultThirdParty(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  input: { id: string; version: number; party: string; sentOn: string },
) {
  assertOffice(user, '征求第三方意见');
  return db.$transaction(async (tx) => {
    const a = await openApplication(tx, input.id, input.version);
    if (a.state !== 'registered' || !a.deadlineId) throw new AppError('WRONG_STATE');
    await adjustDeadlineInTx(tx, actor, a.deadlineId, {
      type: 'pause',
      effectiveOn: input.sentOn,
      reason: `征求第三方（${input.party.trim()}）意见，所需时间不计算在期限内（${CLOCKS.thirdPartyOpinion.source}）`,
    });
    const thirdParty = { party: input.party.trim(), sentOn: input.sentOn };
    return step(tx, actor, a, { state: 'consulting', thirdParty }, 'consult', thirdParty);
  });
}

export async function thirdPartyReplied(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  input: { id: string; version: number; repliedOn: string; opinion: string },
) {
  assertOffice(user, '第三方意见登记');
  return db.$transaction(async (tx) => {
    const a = await openApplication(tx, input.id, input.version);
    if (a.state !== 'consulting' || !a.deadlineId) throw new AppError('WRONG_STATE');
    const before = a.thirdParty as { party: string; sentOn: string };
    if (input.repliedOn < before.sentOn) throw new AppError('INVALID_INPUT', '（答复日期不能早于征求意见日期）');
    const deadline = await adjustDeadlineInTx(tx, actor, a.deadlineId, {
      type: 'resume',
      effectiveOn: input.repliedOn,
      reason: `第三方（${before.party}）已提出意见`,
    });
    const thirdParty = { ...before, repliedOn: input.repliedOn, opinion: input.opinion.trim() };
    return step(tx, actor, a, { state: 'registered', thirdParty }, 'third-party-replied', { ...thirdParty, dueDate: chinaDate(deadline.dueDate) });
  });
}

/** An outcome as people read it: 部分公开; 不予公开：属于国家秘密. */
export const outcomeLabel = (row: string) => {
  for (const g of OUTCOME_GROUPS)
    for (const r of g.rows)
      if (r.id === row) {
        const group = g.label.replace(/^（.）/, '').replace(/（.*）$/, '');
        return g.rows.length > 1 ? `${group}：${r.label.replace(/^\d．/, '')}` : group;
      }
  return row;
};

/** The answer: an outcome row of the annual report's layout; a partial answer names what was withheld and why. */
export async function answerApplication(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  input: { id: string; version: number; outcome: OutcomeRow; reasons: string[]; answer: string; answeredOn: string },
  now: Date,
) {
  assertOffice(user, '答复');
  if (!OUTCOME_ROWS.includes(input.outcome)) throw new AppError('INVALID_INPUT', '（办理结果不在年报格式的分类中）');
  if (input.answeredOn > chinaDate(now)) throw new AppError('INVALID_INPUT', '（答复日期不能晚于今天）');
  const reasons = [...new Set(input.reasons)];
  if (input.outcome === 'partly-disclosed') {
    if (!reasons.length) throw new AppError('INVALID_INPUT', '（部分公开须说明不予公开部分的理由）');
    for (const r of reasons)
      if (!WITHHOLDING_REASONS.some((w) => w.id === r && w.attribute === 'withheld'))
        throw new AppError('INVALID_INPUT', '（不予公开部分的理由须从法定理由中选择）');
  }
  if (!input.answer.trim()) throw new AppError('INVALID_INPUT', '（须填写答复内容）');
  return db.$transaction(async (tx) => {
    const a = await openApplication(tx, input.id, input.version);
    if (input.outcome === 'no-supplement' ? a.state !== 'awaiting_supplement' : a.state !== 'registered')
      throw new AppError('WRONG_STATE', a.state === 'consulting' ? '（第三方意见尚未收回）' : a.state === 'awaiting_supplement' ? '（申请待补正；逾期不补正的，选择“逾期不补正”）' : undefined);
    if (input.answeredOn < chinaDate(a.receivedOn)) throw new AppError('INVALID_INPUT', '（答复日期不能早于收到申请之日）');
    if (a.deadlineId && a.state === 'registered') await closeDeadlineInTx(tx, actor, a.deadlineId, 'met');
    return step(
      tx,
      actor,
      a,
      { state: 'answered', outcome: input.outcome, outcomeReasons: reasons, answer: input.answer.trim(), answeredOn: new Date(input.answeredOn) },
      'answer',
      { outcome: input.outcome, reasons, answeredOn: input.answeredOn },
    );
  });
}

/** The applicant's status check: the receipt number and the secret code, compared in constant time. */
export async function applicationStatus(db: Db, receiptNumber: string, code: string) {
  const a = await db.disclosureApplication.findUnique({ where: { receiptNumber: receiptNumber.trim() } });
  const expected = Buffer.from(a?.secretHash ?? hashOf('x'.repeat(10)), 'hex');
  const ok = timingSafeEqual(expected, Buffer.from(hashOf(code), 'hex')) && a !== null;
  if (!ok) throw new AppError('NOT_FOUND', '（受理编号或查询码不正确）');
  const deadline = a.deadlineId ? await db.deadline.findUnique({ where: { id: a.deadlineId } }) : null;
  return {
    receiptNumber: a.receiptNumber,
    receivedOn: chinaDate(a.receivedOn),
    state: a.state,
    dueDate: deadline && a.state !== 'answered' && a.state !== 'awaiting_supplement' ? chinaDate(deadline.dueDate) : null,
    supplementRequest: a.state === 'awaiting_supplement' ? a.supplementRequest : null,
    extended: a.extension !== null,
    outcome: a.outcome ? outcomeLabel(a.outcome) : null,
    answeredOn: a.answeredOn ? chinaDate(a.answeredOn) : null,
  };
}

export async function listApplications(
  db: Db,
  user: StaffUser,
  f: { state?: DisclosureApplication['state']; page: number; pageSize: number },
  now: Date,
) {
  assertOffice(user, '依申请公开');
  const where = f.state ? { state: f.state } : {};
  const [total, rows] = await Promise.all([
    db.disclosureApplication.count({ where }),
    db.disclosureApplication.findMany({ where, orderBy: [{ receivedOn: 'desc' }, { id: 'desc' }], skip: (f.page - 1) * f.pageSize, take: f.pageSize }),
  ]);
  const deadlines = await db.deadline.findMany({ where: { id: { in: rows.map((r) => r.deadlineId).filter((x): x is string => !!x) } } });
  const due = new Map(deadlines.map((d) => [d.id, d]));
  const left = await workingDaysLeftFn(db, chinaDate(now));
  return {
    total,
    rows: rows.map((r) => {
      const d = r.deadlineId ? due.get(r.deadlineId) : undefined;
      const running = d && (d.status === 'open' || d.status === 'paused');
      return {
        ...publicView(r),
        dueDate: d ? chinaDate(d.dueDate) : null,
        deadlineStatus: d?.status ?? null,
        workingDaysLeft: running ? left(d.dueDate) : null,
      };
    }),
  };
}

export async function getApplication(db: Db, user: StaffUser, id: string, now: Date) {
  assertOffice(user, '依申请公开');
  const a = await db.disclosureApplication.findUnique({ where: { id } });
  if (!a) throw new AppError('NOT_FOUND');
  const deadlines = await db.deadline.findMany({
    where: { app: 'disclosure', entityType: 'application', entityId: a.id },
    include: { adjustments: { orderBy: { createdAt: 'asc' } } },
    orderBy: { createdAt: 'asc' },
  });
  const entries = await db.auditEntry.findMany({
    where: { entityType: 'disclosure-application', entityId: a.id },
    orderBy: { at: 'asc' },
    select: { at: true, actorLabel: true, actorUserId: true, action: true, after: true },
  });
  const names = await displayNames(db, entries.map((e) => e.actorUserId));
  const left = await workingDaysLeftFn(db, chinaDate(now));
  const history = entries.map(({ actorUserId, ...e }) => ({ ...e, actorLabel: (actorUserId && names.get(actorUserId)) || e.actorLabel }));
  return {
    ...publicView(a),
    deadlines: deadlines.map((d) => ({ ...d, workingDaysLeft: d.status === 'open' ? left(d.dueDate) : null })),
    history,
  };
}

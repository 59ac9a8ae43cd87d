// The ledger of suggestions and proposals: the list a user may see, one item with its history, a session at a glance
// (by unit, by category, on-time and satisfaction rates) and its Excel export, and the Excel import of a session's
// items (all or nothing, every bad row named).
import { type Actor, AppError, recordAudit } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import ExcelJS from 'exceljs';
import { type DisclosureClient, disclosureStatus } from '../disclosure/disclosure-client';
import { cellText } from '../tasks/import-breakdown';
import {
  assignInTx,
  clocksOf,
  type Ctx,
  isOffice,
  registerSuggestionInTx,
  type SuggestionUser,
} from './handling';
import {
  ANSWER_CATEGORIES,
  ANSWER_CATEGORY_ZH,
  type AnswerCategory,
  RATING_ZH,
  type Rating,
  SOURCE_BODIES,
  SOURCE_BODY_ZH,
  type SourceBody,
  SUGGESTION_STATE_ZH,
  type SuggestionState,
} from './words';

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const seesAll = (u: SuggestionUser) => isOffice(u) || u.roles.includes('district_leader');

/** What a user may see: the office and the leaders everything; a unit what it leads or co-handles. */
export function suggestionScope(user: SuggestionUser): Prisma.SuggestionWhereInput {
  return seesAll(user)
    ? {}
    : { OR: [{ leadDepartmentId: user.departmentId }, { coDepartmentIds: { has: user.departmentId } }] };
}

export interface SuggestionFilter {
  session?: string;
  sourceBody?: SourceBody;
  state?: SuggestionState;
  departmentId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listSuggestions(db: Db, user: SuggestionUser, f: SuggestionFilter, ctx: Ctx) {
  const where: Prisma.SuggestionWhereInput = {
    AND: [
      suggestionScope(user),
      f.session ? { session: f.session } : {},
      f.sourceBody ? { sourceBody: f.sourceBody } : {},
      f.state ? { state: f.state } : {},
      f.departmentId ? { leadDepartmentId: f.departmentId } : {},
      f.q
        ? { OR: [{ title: { contains: f.q } }, { number: { contains: f.q } }, { proposers: { has: f.q } }] }
        : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.suggestion.count({ where }),
    db.suggestion.findMany({
      where,
      orderBy: [{ session: 'desc' }, { sourceBody: 'asc' }, { number: 'asc' }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
  ]);
  const deadlines = await db.deadline.findMany({
    where: { id: { in: rows.map((r) => r.answerDeadlineId).filter((x): x is string => !!x) } },
  });
  const due = new Map(deadlines.map((d) => [d.id, d]));
  return {
    total,
    items: rows.map((r) => {
      const d = r.answerDeadlineId ? due.get(r.answerDeadlineId) : undefined;
      return {
        id: r.id,
        sourceBody: r.sourceBody,
        session: r.session,
        number: r.number,
        title: r.title,
        proposers: r.proposers,
        state: r.state,
        round: r.round,
        leadDepartmentId: r.leadDepartmentId,
        coDepartmentIds: r.coDepartmentIds,
        assignedOn: day(r.assignedOn),
        answerDueOn: d && (d.status === 'open' || d.status === 'paused') ? day(d.dueDate) : null,
        overdue: !!d && d.status === 'open' && day(d.dueDate)! < ctx.asOf,
        answerCategory: r.answerCategory,
        rating: r.rating,
        difficult: r.difficult,
      };
    }),
  };
}

/** The sessions on record, newest first. */
export async function listSessions(db: Db) {
  const rows = await db.suggestion.groupBy({
    by: ['session'],
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return rows
    .sort((a, b) => (b._max.createdAt?.getTime() ?? 0) - (a._max.createdAt?.getTime() ?? 0))
    .map((r) => ({ session: r.session, count: r._count._all }));
}

/** One item with its co-handlers' opinions, its history, its clocks, its promised tasks, what the viewer may do, and
 * — once sent — what became of its answer in the disclosure app. */
export async function getSuggestion(
  db: Db,
  user: SuggestionUser,
  id: string,
  ctx: Ctx,
  client?: DisclosureClient,
) {
  const s = await db.suggestion.findFirst({
    where: { AND: [{ id }, suggestionScope(user)] },
    include: {
      opinions: { orderBy: [{ round: 'asc' }, { departmentId: 'asc' }] },
      events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!s) throw new AppError('NOT_FOUND');
  const deadlines = await db.deadline.findMany({
    where: { app: 'supervision', entityType: 'suggestion', entityId: s.id },
    orderBy: [{ createdAt: 'asc' }],
  });
  const tasks = await db.task.findMany({
    where: { suggestionId: s.id },
    orderBy: { numberSort: 'asc' },
    select: { id: true, number: true, title: true, dueDate: true, state: true, percent: true },
  });
  const clocks = await clocksOf(db, s.sourceBody);
  const lead = s.leadDepartmentId === user.departmentId;
  const handling = s.state === 'assigned' || s.state === 'rehandling';
  const myOpinion = s.opinions.find(
    (o) => o.departmentId === user.departmentId && o.round === s.round && !o.submittedAt,
  );
  return {
    ...s,
    assignedOn: day(s.assignedOn),
    returnByOn: day(s.returnByOn),
    contactedOn: day(s.contactedOn),
    answeredOn: day(s.answeredOn),
    ratingDueOn: day(s.ratingDueOn),
    ratedOn: day(s.ratedOn),
    clocks,
    deadlines: deadlines.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      departmentId: d.departmentId,
      dueDate: day(d.dueDate),
      status: d.status,
      overdue: d.status === 'open' && day(d.dueDate)! < ctx.asOf,
      ruleSource: d.ruleSource,
    })),
    tasks: tasks.map((t) => ({ ...t, dueDate: day(t.dueDate) })),
    can: {
      assign: isOffice(user) && (s.state === 'registered' || s.state === 'returned'),
      return:
        lead &&
        s.state === 'assigned' &&
        !s.contactedOn &&
        !s.answerDraftedBy &&
        (!s.returnByOn || ctx.asOf <= day(s.returnByOn)!),
      contact: (lead || isOffice(user)) && handling && !s.contactedOn,
      difficult: (lead || isOffice(user)) && s.state === 'assigned' && !s.difficult,
      opinion: !!myOpinion && s.state === 'assigned',
      draft: lead && handling && !s.answerDraftedBy,
      signOff: lead && user.roles.includes('department_head') && handling && !!s.answerDraftedBy,
      rate: (lead || isOffice(user)) && s.state === 'answered',
      publish: isOffice(user) && !!s.answerSignedBy && !s.disclosureExempt,
      exempt: isOffice(user) && !!s.answerSignedBy && !s.disclosureExempt && !s.disclosureItemId,
    },
    disclosure:
      s.disclosureItemId && client ? await disclosureStatus(client, `suggestion:${s.id}:${s.round}`) : null,
  };
}

// ── a session at a glance ───────────────────────────────────────────────────────────────────────────────────────

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

/** A session's handling: by unit and by answer category, the on-time rate (the first answer by its answer deadline,
 * counting items still unanswered past it as late) and the satisfaction rate (满意 and 基本满意 among the rated). */
export async function sessionOverview(db: Db, session: string, ctx: Ctx) {
  const items = await db.suggestion.findMany({
    where: { session },
    orderBy: [{ sourceBody: 'asc' }, { number: 'asc' }],
  });
  const deadlines = await db.deadline.findMany({
    where: {
      app: 'supervision',
      entityType: 'suggestion',
      entityId: { in: items.map((i) => i.id) },
      kind: 'supervision.suggestion-answer',
      status: { not: 'cancelled' },
    },
  });
  const dueOf = new Map(deadlines.map((d) => [d.entityId, day(d.dueDate)!]));
  const departments = new Map(
    (await db.department.findMany({ select: { id: true, name: true } })).map((d) => [d.id, d.name]),
  );
  const rows = items.map((i) => {
    const first = i.firstAnswer as { answeredOn?: string; category?: string; rating?: string } | null;
    const firstAnsweredOn = first?.answeredOn ?? (i.round === 1 ? day(i.answeredOn) : null);
    const dueOn = dueOf.get(i.id) ?? null;
    const judged = !!firstAnsweredOn || (!!dueOn && dueOn < ctx.asOf);
    return {
      item: i,
      // the signed answer's category (a draft is not an answer yet)
      category: ((i.answerSignedBy ? i.answerCategory : null) ??
        first?.category ??
        null) as AnswerCategory | null,
      answered: !!firstAnsweredOn,
      judged,
      onTime: !!firstAnsweredOn && !!dueOn && firstAnsweredOn <= dueOn,
      rating: i.rating as Rating | null,
      firstDissatisfied: first?.rating === 'dissatisfied',
    };
  });
  const tally = (rs: typeof rows) => ({
    total: rs.length,
    assigned: rs.filter((r) => r.item.leadDepartmentId).length,
    answered: rs.filter((r) => r.answered).length,
    closed: rs.filter((r) => r.item.state === 'closed').length,
    rehandling: rs.filter((r) => r.item.state === 'rehandling').length,
    onTimeRate: pct(rs.filter((r) => r.onTime).length, rs.filter((r) => r.judged).length),
    satisfied: rs.filter((r) => r.rating === 'satisfied').length,
    basicallySatisfied: rs.filter((r) => r.rating === 'basically_satisfied').length,
    dissatisfied: rs.filter((r) => r.rating === 'dissatisfied').length,
    satisfactionRate: pct(
      rs.filter((r) => r.rating === 'satisfied' || r.rating === 'basically_satisfied').length,
      rs.filter((r) => r.rating).length,
    ),
    firstDissatisfied: rs.filter((r) => r.firstDissatisfied).length,
  });
  const units = [...new Set(rows.map((r) => r.item.leadDepartmentId).filter((d): d is string => !!d))];
  return {
    session,
    asOf: ctx.asOf,
    overall: tally(rows),
    byBody: SOURCE_BODIES.map((b) => ({
      sourceBody: b,
      label: SOURCE_BODY_ZH[b],
      ...tally(rows.filter((r) => r.item.sourceBody === b)),
    })).filter((r) => r.total > 0),
    byUnit: units
      .map((d) => ({
        departmentId: d,
        name: departments.get(d) ?? d,
        ...tally(rows.filter((r) => r.item.leadDepartmentId === d)),
      }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh')),
    byCategory: ANSWER_CATEGORIES.map((c) => ({
      category: c,
      label: ANSWER_CATEGORY_ZH[c],
      count: rows.filter((r) => r.category === c).length,
    })),
    unassigned: rows.filter((r) => !r.item.leadDepartmentId).length,
    states: Object.fromEntries(
      Object.keys(SUGGESTION_STATE_ZH).map((s) => [s, rows.filter((r) => r.item.state === s).length]),
    ),
  };
}

/** The session's ledger as Excel: the overview by unit, then every item. */
export async function exportSession(db: Db, session: string, ctx: Ctx): Promise<Buffer> {
  const o = await sessionOverview(db, session, ctx);
  const items = await db.suggestion.findMany({
    where: { session },
    orderBy: [{ sourceBody: 'asc' }, { number: 'asc' }],
  });
  const departments = new Map(
    (await db.department.findMany({ select: { id: true, name: true } })).map((d) => [d.id, d.name]),
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhengling 政令';
  const rate = (r: number | null) => (r === null ? '—' : `${r}%`);
  const summary = wb.addWorksheet('办理情况汇总');
  summary.columns = [
    { key: 'name', header: '主办单位', width: 28 },
    { key: 'total', header: '件数', width: 8 },
    { key: 'answered', header: '已答复', width: 8 },
    { key: 'closed', header: '办结', width: 8 },
    { key: 'onTimeRate', header: '按时答复率', width: 12 },
    { key: 'satisfied', header: '满意', width: 8 },
    { key: 'basicallySatisfied', header: '基本满意', width: 10 },
    { key: 'dissatisfied', header: '不满意', width: 8 },
    { key: 'satisfactionRate', header: '满意率', width: 10 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const u of [...o.byUnit, { ...o.overall, name: '合计' }])
    summary.addRow({ ...u, onTimeRate: rate(u.onTimeRate), satisfactionRate: rate(u.satisfactionRate) });
  const list = wb.addWorksheet('建议提案台账');
  list.columns = [
    { key: 'body', header: '类别', width: 16 },
    { key: 'number', header: '编号', width: 10 },
    { key: 'title', header: '标题', width: 40 },
    { key: 'proposers', header: '代表委员', width: 20 },
    { key: 'lead', header: '主办单位', width: 24 },
    { key: 'co', header: '协办单位', width: 24 },
    { key: 'assignedOn', header: '交办日期', width: 12 },
    { key: 'state', header: '办理状态', width: 14 },
    { key: 'category', header: '答复类别', width: 24 },
    { key: 'answeredOn', header: '答复日期', width: 12 },
    { key: 'rating', header: '满意度', width: 10 },
  ];
  list.getRow(1).font = { bold: true };
  for (const i of items)
    list.addRow({
      body: SOURCE_BODY_ZH[i.sourceBody as SourceBody] ?? i.sourceBody,
      number: i.number,
      title: i.title,
      proposers: i.proposers.join('、'),
      lead: i.leadDepartmentId ? departments.get(i.leadDepartmentId) : '',
      co: i.coDepartmentIds.map((d) => departments.get(d) ?? '').join('、'),
      assignedOn: day(i.assignedOn) ?? '',
      state: `${SUGGESTION_STATE_ZH[i.state as SuggestionState] ?? i.state}${i.round > 1 ? '（重新办理）' : ''}`,
      category: i.answerCategory ? ANSWER_CATEGORY_ZH[i.answerCategory as AnswerCategory] : '',
      answeredOn: day(i.answeredOn) ?? '',
      rating: i.rating ? RATING_ZH[i.rating as Rating] : '',
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ── Excel import ────────────────────────────────────────────────────────────────────────────────────────────────

export const IMPORT_COLUMNS = [
  { key: 'body', header: '类别', required: true },
  { key: 'number', header: '编号', required: true },
  { key: 'title', header: '标题', required: true },
  { key: 'proposers', header: '代表委员', required: true },
  { key: 'text', header: '内容', required: false },
  { key: 'lead', header: '主办单位', required: false },
  { key: 'co', header: '协办单位', required: false },
  { key: 'assignedOn', header: '交办日期', required: false },
] as const;
type ImportKey = (typeof IMPORT_COLUMNS)[number]['key'];
const MAX_ROWS = 2_000;
const LIST = /[、，,；;\s]+/;

/**
 * Import a session's suggestions and proposals from Excel (类别, 编号, 标题, 代表委员, 内容; with 主办单位 — and 协办单位,
 * 交办日期 — a row is assigned too). Every row is checked first: any bad row (its row, column and reason) refuses the
 * whole workbook; a good one is written in one transaction.
 */
export async function importSuggestions(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: { session: string; file: Uint8Array },
  ctx: Ctx,
) {
  if (!isOffice(user)) throw new AppError('FORBIDDEN', '（建议提案由督查办登记）');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(input.file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('FILE_REJECTED', '（无法读取该文件，请上传 .xlsx 格式的建议提案交办清单）');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError('FILE_REJECTED', '（工作簿中没有工作表）');
  if (sheet.actualRowCount - 1 > MAX_ROWS)
    throw new AppError('FILE_REJECTED', `（一次最多导入 ${MAX_ROWS} 行）`);
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
  const col = new Map<ImportKey, number>();
  const problems: { row: number; column: string; reason: string }[] = [];
  for (const c of IMPORT_COLUMNS) {
    const i = header.indexOf(c.header);
    if (i >= 0) col.set(c.key, i + 1);
    else if (c.required) problems.push({ row: 1, column: c.header, reason: `表头缺少“${c.header}”列` });
  }
  if (problems.length) return { imported: 0, assigned: 0, problems };
  const departments = await db.department.findMany({
    where: { active: true },
    select: { id: true, name: true, shortName: true },
  });
  const byName = new Map<string, string>();
  for (const d of departments) {
    byName.set(d.name, d.id);
    byName.set(d.shortName, d.id);
  }
  const bodyOf = new Map(SOURCE_BODIES.map((b) => [SOURCE_BODY_ZH[b], b]));
  const rows: {
    row: number;
    body: SourceBody;
    number: string;
    title: string;
    proposers: string[];
    text: string;
    lead?: string;
    co: string[];
    assignedOn?: string;
  }[] = [];
  const seen = new Map<string, number>();
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const get = (k: ImportKey) => (col.has(k) ? cellText(r.getCell(col.get(k)!).value) : '');
    const bad = (k: ImportKey, reason: string) =>
      problems.push({ row: n, column: IMPORT_COLUMNS.find((c) => c.key === k)!.header, reason });
    if (IMPORT_COLUMNS.every((c) => !get(c.key))) return;
    const body = bodyOf.get(get('body'));
    if (!body) bad('body', `类别须为${SOURCE_BODIES.map((b) => `“${SOURCE_BODY_ZH[b]}”`).join('、')}之一`);
    const number = get('number');
    if (!number || number.length > 30) bad('number', '编号须填写，不超过30字');
    const title = get('title');
    if (!title || title.length > 300) bad('title', '标题须填写，不超过300字');
    const proposers = get('proposers').split(LIST).filter(Boolean);
    if (proposers.length === 0 || proposers.length > 50)
      bad('proposers', '须填写代表委员姓名（多人以顿号分隔）');
    const leadName = get('lead');
    const lead = leadName ? byName.get(leadName) : undefined;
    if (leadName && !lead) bad('lead', `单位“${leadName}”不在单位名录中`);
    const co: string[] = [];
    for (const name of get('co').split(LIST).filter(Boolean)) {
      const id = byName.get(name);
      if (!id) bad('co', `单位“${name}”不在单位名录中`);
      else co.push(id);
    }
    if (!leadName && co.length) bad('lead', '填写协办单位时须填写主办单位');
    const assignedOn = get('assignedOn') || undefined;
    if (assignedOn && (!/^\d{4}-\d{2}-\d{2}$/.test(assignedOn) || assignedOn > ctx.asOf))
      bad('assignedOn', '交办日期须为不晚于今天的日期（如 2026-03-10）');
    if (assignedOn && !leadName) bad('lead', '填写交办日期时须填写主办单位');
    const key = `${body}|${number}`;
    if (seen.has(key)) bad('number', `与第${seen.get(key)}行编号重复`);
    seen.set(key, n);
    if (body && number && title && proposers.length)
      rows.push({
        row: n,
        body,
        number,
        title,
        proposers,
        text: get('text').slice(0, 20_000),
        ...(lead ? { lead } : {}),
        co,
        ...(assignedOn ? { assignedOn } : {}),
      });
  });
  if (rows.length === 0 && problems.length === 0)
    problems.push({ row: 2, column: '编号', reason: '工作表中没有建议提案' });
  if (problems.length) return { imported: 0, assigned: 0, problems };
  const known = await db.suggestion.findMany({
    where: { session: input.session },
    select: { sourceBody: true, number: true },
  });
  const already = new Set(known.map((k) => `${k.sourceBody}|${k.number}`));
  for (const r of rows)
    if (already.has(`${r.body}|${r.number}`))
      problems.push({ row: r.row, column: '编号', reason: `${input.session}第${r.number}号已经登记` });
  if (problems.length) return { imported: 0, assigned: 0, problems };
  let assigned = 0;
  await db.$transaction(
    async (tx) => {
      for (const r of rows) {
        const s = await registerSuggestionInTx(tx, actor, user, {
          sourceBody: r.body,
          session: input.session,
          number: r.number,
          title: r.title,
          proposers: r.proposers,
          body: r.text,
        });
        if (r.lead) {
          await assignInTx(
            tx,
            actor,
            user,
            {
              id: s.id,
              version: s.version,
              leadDepartmentId: r.lead,
              coDepartmentIds: r.co,
              assignedOn: r.assignedOn ?? ctx.asOf,
            },
            ctx,
          );
          assigned++;
        }
      }
      await recordAudit(tx, actor, {
        action: 'suggestion.import',
        entityType: 'suggestion_session',
        entityId: input.session.slice(0, 100),
        after: { rows: rows.length, assigned },
      });
    },
    { timeout: 120_000 },
  );
  return { imported: rows.length, assigned, problems: [] };
}

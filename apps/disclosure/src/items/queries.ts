// Reading items: the list a user may see (their unit's, or all for the office and leaders), one item with its
// history, versions, relations, interpretation and who must sign it, and two texts side by side.
import { AppError, chinaDate } from '@zhengling/core';
import { workingDaysLeftFn } from '@zhengling/reminders';
import type { Db, DisclosureItem, Prisma } from '@zhengling/db';
import type { DistrictId } from '@zhengling/rules-core';
import { assertVisible, seesAll, type StaffUser } from './access';
import type { Body } from './body';
import { signoffPlan, type SignoffPlan } from './signing';

export interface ItemFilter {
  state?: DisclosureItem['state'];
  kind?: DisclosureItem['kind'];
  q?: string;
  page: number;
  pageSize: number;
}

const LIST_COLUMNS = {
  id: true,
  kind: true,
  title: true,
  docNumber: true,
  indexNumber: true,
  issuer: true,
  draftingDepartmentId: true,
  state: true,
  attribute: true,
  validity: true,
  category: true,
  publishedAt: true,
  updatedAt: true,
  needsInterpretation: true,
  exemptionState: true,
  interpretsId: true,
  version: true,
} satisfies Prisma.DisclosureItemSelect;

export async function listItems(db: Db, user: StaffUser, f: ItemFilter) {
  const where: Prisma.DisclosureItemWhereInput = {
    ...(f.state ? { state: f.state } : {}),
    ...(f.kind ? { kind: f.kind } : { kind: { not: 'interpretation' } }),
    AND: [
      f.q ? { OR: [{ title: { contains: f.q } }, { docNumber: { contains: f.q } }, { indexNumber: { contains: f.q } }] } : {},
      seesAll(user) ? {} : { OR: [{ draftingDepartmentId: user.departmentId }, { state: 'published' }] },
    ],
  };
  const [total, rows] = await Promise.all([
    db.disclosureItem.count({ where }),
    db.disclosureItem.findMany({
      where,
      select: { ...LIST_COLUMNS, interpretation: { select: { id: true, state: true } } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
  ]);
  const departments = await db.department.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.draftingDepartmentId))] } },
    select: { id: true, name: true },
  });
  const name = new Map(departments.map((d) => [d.id, d.name]));
  return { total, rows: rows.map((r) => ({ ...r, draftingDepartment: name.get(r.draftingDepartmentId) ?? '' })) };
}

/** The people behind user ids, by their display names (the history shows who, not an id). */
export async function displayNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

export async function getItem(db: Db, user: StaffUser, district: DistrictId, id: string, now: Date) {
  const item = await db.disclosureItem.findUnique({
    where: { id },
    include: {
      versions: { orderBy: { number: 'desc' }, select: { number: true, title: true, note: true, createdAt: true } },
      events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
      relatedFrom: { include: { to: { select: { id: true, title: true, docNumber: true, validity: true, state: true } } } },
      relatedTo: { include: { from: { select: { id: true, title: true, docNumber: true, validity: true, state: true } } } },
      interpretation: {
        select: { id: true, title: true, state: true, form: true, version: true, draftingDepartmentId: true, body: true, bodyText: true, imageAlt: true },
      },
      interprets: { select: { id: true, title: true, docNumber: true, state: true, draftingDepartmentId: true } },
    },
  });
  if (!item) throw new AppError('NOT_FOUND');
  assertVisible(user, item);
  const department = await db.department.findUnique({ where: { id: item.draftingDepartmentId }, select: { name: true } });
  let plan: SignoffPlan | { silent: string };
  try {
    plan = signoffPlan(district, item.signoffKind);
  } catch (e) {
    plan = { silent: e instanceof AppError ? e.messageZh : String(e) };
  }
  const { image, ...rest } = item;
  const names = await displayNames(db, item.events.map((e) => e.actorId));
  return {
    ...rest,
    events: item.events.map((e) => ({ ...e, actorLabel: (e.actorId && names.get(e.actorId)) || e.actorLabel })),
    body: item.body as Body,
    interpretation: item.interpretation ? { ...item.interpretation, body: item.interpretation.body as Body } : null,
    hasImage: image !== null,
    draftingDepartment: department?.name ?? '',
    signoffPlan: plan,
    deadlines: await Promise.all([
      db.deadline.findMany({
        where: { app: 'disclosure', entityType: 'item', entityId: item.id },
        select: { id: true, kind: true, dueDate: true, status: true, ruleSource: true },
        orderBy: { kind: 'asc' },
      }),
      workingDaysLeftFn(db, chinaDate(now)),
    ]).then(([rows, left]) => rows.map((d) => ({ ...d, workingDaysLeft: d.status === 'open' ? left(d.dueDate) : null }))),
  };
}

/** A text of an item: a numbered earlier version, or the current one. */
async function textOf(db: Db, user: StaffUser, ref: { itemId: string; version?: number }) {
  const item = await db.disclosureItem.findUnique({ where: { id: ref.itemId } });
  if (!item) throw new AppError('NOT_FOUND');
  assertVisible(user, item);
  if (ref.version === undefined || ref.version === item.version)
    return { itemId: item.id, label: `${item.title}（现行文本）`, title: item.title, docNumber: item.docNumber, body: item.body as Body, validity: item.validity };
  const v = await db.itemVersion.findUnique({ where: { itemId_number: { itemId: item.id, number: ref.version } } });
  if (!v) throw new AppError('NOT_FOUND', '（该版本不存在）');
  return { itemId: item.id, label: `${v.title}（第 ${v.number} 版：${v.note}）`, title: v.title, docNumber: v.docNumber, body: v.body as Body, validity: item.validity };
}

/** Two texts side by side (an item's versions, or an old document and the one that amends it). */
export async function compareTexts(db: Db, user: StaffUser, left: { itemId: string; version?: number }, right: { itemId: string; version?: number }) {
  return { left: await textOf(db, user, left), right: await textOf(db, user, right) };
}

// Plan a deadline's reminders from its policy: one row per (stage, recipient). Pending rows move with the due date;
// a paused, met or cancelled deadline suppresses its pending rows; sent rows are history and never touched.
import type { Deadline, Tx } from '@zhengling/db';
import type { WorkingDayCalendar } from '@zhengling/rules-core/calendar';
import { deliveryInstant, policyFor } from '../policy';

/**
 * Within one transaction the accounts and policies do not change under a plan, so a transaction that plans many
 * deadlines (an Excel import of thousands of tasks) looks each up once. Keyed by the transaction object: gone with it.
 */
const perTransaction = new WeakMap<object, Map<string, Promise<unknown>>>();
function once<T>(tx: Tx, key: string, load: () => Promise<T>): Promise<T> {
  let memo = perTransaction.get(tx);
  if (!memo) perTransaction.set(tx, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}

function recipients(
  tx: Tx,
  deadline: Deadline,
  to: 'assignee' | 'department-head' | 'supervision-office',
): Promise<string[]> {
  if (to === 'assignee' && deadline.assigneeId) return Promise.resolve([deadline.assigneeId]);
  const key = `recipients:${to}:${to === 'supervision-office' ? '' : deadline.departmentId}`;
  return once(tx, key, () => loadRecipients(tx, deadline, to));
}

async function loadRecipients(
  tx: Tx,
  deadline: Deadline,
  to: 'assignee' | 'department-head' | 'supervision-office',
): Promise<string[]> {
  if (to === 'assignee') {
    if (deadline.assigneeId) return [deadline.assigneeId];
    const staff = await tx.user.findMany({
      where: { departmentId: deadline.departmentId, disabledAt: null, roles: { has: 'department_staff' } },
      select: { id: true },
    });
    return staff.map((u) => u.id);
  }
  const role = to === 'department-head' ? 'department_head' : 'supervision_office';
  const users = await tx.user.findMany({
    where: {
      disabledAt: null,
      roles: { has: role },
      ...(to === 'department-head' ? { departmentId: deadline.departmentId } : {}),
    },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** The reminder date of a stage: `offset` working days from the due date (0 = the due date itself). */
function stageDate(calendar: WorkingDayCalendar, due: string, offset: number): string {
  if (offset >= 0) return calendar.addWorkingDays(due, offset);
  // n working days before the due date: walk back
  let d = due;
  let left = -offset;
  while (left > 0) {
    const prev = new Date(`${d}T00:00:00Z`);
    prev.setUTCDate(prev.getUTCDate() - 1);
    d = prev.toISOString().slice(0, 10);
    if (calendar.isWorkingDay(d)) left--;
  }
  return d;
}

function stageDateIfKnown(calendar: WorkingDayCalendar, due: string, offset: number): string | undefined {
  try {
    return stageDate(calendar, due, offset);
  } catch (error) {
    if ((error as { code?: string }).code === 'CALENDAR_YEAR_MISSING') return undefined;
    throw error;
  }
}

/** The reminder rows a deadline wants now, and the stages nobody is there to receive. */
async function wantedReminders(tx: Tx, deadline: Deadline, calendar: WorkingDayCalendar) {
  const policy = await once(tx, `policy:${deadline.kind}`, () => policyFor(tx, deadline.kind));
  const due = deadline.dueDate.toISOString().slice(0, 10);
  const wanted = new Map<string, { stage: string; recipientId: string; dueAt: Date }>();
  const unaddressed: string[] = [];
  for (const s of policy.stages) {
    const date = stageDateIfKnown(calendar, due, s.offsetWorkingDays);
    // A stage falling in a year whose holiday notice is not stored yet is not guessed: it is planned when an
    // administrator stores that year (which re-plans every open deadline).
    if (!date) continue;
    const at = deliveryInstant(date);
    const to = await recipients(tx, deadline, s.to);
    if (to.length === 0 && s.to !== 'supervision-office') unaddressed.push(s.stage);
    for (const r of to) wanted.set(`${s.stage}|${r}`, { stage: s.stage, recipientId: r, dueAt: at });
  }
  return { wanted, unaddressed };
}

/** Plan the reminders of deadlines just created (none has a reminder yet), in a few statements. */
export async function planRemindersOfNew(tx: Tx, deadlines: Deadline[], calendar: WorkingDayCalendar): Promise<void> {
  const rows: { deadlineId: string; stage: string; recipientId: string; dueAt: Date }[] = [];
  const unaddressed: { deadline: Deadline; stages: string[] }[] = [];
  for (const d of deadlines) {
    if (d.status !== 'open') continue;
    const w = await wantedReminders(tx, d, calendar);
    for (const r of w.wanted.values()) rows.push({ deadlineId: d.id, ...r });
    if (w.unaddressed.length) unaddressed.push({ deadline: d, stages: w.unaddressed });
  }
  for (let i = 0; i < rows.length; i += 5000)
    await tx.reminder.createMany({ data: rows.slice(i, i + 5000), skipDuplicates: true });
  await tellOfficeNobodyIsRemindedOfAll(tx, unaddressed);
}

export async function planReminders(tx: Tx, deadline: Deadline, calendar: WorkingDayCalendar): Promise<void> {
  if (deadline.status !== 'open') {
    await tx.reminder.updateMany({
      where: { deadlineId: deadline.id, status: 'pending' },
      data: { status: 'suppressed' },
    });
    return;
  }
  const { wanted, unaddressed } = await wantedReminders(tx, deadline, calendar);
  if (unaddressed.length > 0) await tellOfficeNobodyIsReminded(tx, deadline, unaddressed);
  const existing = await tx.reminder.findMany({ where: { deadlineId: deadline.id } });
  for (const row of existing) {
    const w = wanted.get(`${row.stage}|${row.recipientId}`);
    if (row.status === 'sent' || row.status === 'claimed') continue;
    if (!w) {
      if (row.status === 'pending')
        await tx.reminder.update({ where: { id: row.id }, data: { status: 'suppressed' } });
    } else if (row.status === 'suppressed' || row.dueAt.getTime() !== w.dueAt.getTime()) {
      await tx.reminder.update({ where: { id: row.id }, data: { status: 'pending', dueAt: w.dueAt } });
    }
  }
  const have = new Set(existing.map((r) => `${r.stage}|${r.recipientId}`));
  const fresh = [...wanted.entries()]
    .filter(([k]) => !have.has(k))
    .map(([, w]) => ({ deadlineId: deadline.id, ...w }));
  if (fresh.length > 0) await tx.reminder.createMany({ data: fresh, skipDuplicates: true });
}

/**
 * A department with no account (or no head's account) would silently get only the escalation reminders: the
 * supervision office is told, once per deadline and stage, which reminders have nobody to go to.
 */
async function tellOfficeNobodyIsReminded(tx: Tx, deadline: Deadline, stages: string[]): Promise<void> {
  await tellOfficeNobodyIsRemindedOfAll(tx, [{ deadline, stages }]);
}

async function tellOfficeNobodyIsRemindedOfAll(
  tx: Tx,
  items: { deadline: Deadline; stages: string[] }[],
): Promise<void> {
  if (items.length === 0) return;
  const office = await recipients(tx, items[0]!.deadline, 'supervision-office');
  if (office.length === 0) return;
  const notes = new Map<string, { title: string; body: string; link: string }>();
  for (const { deadline, stages } of items)
    for (const stage of stages) {
      const link = `/${deadline.app}/${deadline.entityType}/${deadline.entityId}#no-recipient-${stage}`;
      if (!notes.has(link))
        notes.set(link, {
          title: `【无人接收】${deadline.title}`,
          body: `该事项的${stage}提醒在承办单位没有可接收的账号（部门未开通账号或账号已停用），请为该单位开通账号或指定承办人。`,
          link,
        });
    }
  const links = [...notes.keys()];
  const told = new Set<string>();
  for (let i = 0; i < links.length; i += 5000)
    for (const n of await tx.notification.findMany({
      where: { userId: { in: office }, link: { in: links.slice(i, i + 5000) } },
      select: { userId: true, link: true },
    }))
      told.add(`${n.userId}|${n.link}`);
  const fresh = [...notes.values()].flatMap((note) =>
    office.filter((id) => !told.has(`${id}|${note.link}`)).map((userId) => ({ userId, ...note })),
  );
  for (let i = 0; i < fresh.length; i += 5000) await tx.notification.createMany({ data: fresh.slice(i, i + 5000) });
}

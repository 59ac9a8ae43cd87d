// An .ics calendar of a user's or a department's open deadlines, behind a secret link that can be revoked: the link
// carries a random token, and only its SHA-256 is stored (a database leak does not leak live links). A user's feed
// shows what the user may see; a department's what the department handles (created by its head or the office).
import { createHash, randomBytes } from 'node:crypto';
import { type Actor, actorIdOf, AppError, auditedMutation } from '@zhengling/core';
import type { Db, Role } from '@zhengling/db';
import icalGenerator from 'ical-generator';
import { isOffice, taskScopeOf } from '../tasks/scope';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface FeedUser {
  id: string;
  departmentId: string;
  roles: Role[];
}

export async function createFeed(db: Db, actor: Actor, user: FeedUser, owner: 'user' | 'department') {
  if (owner === 'department' && !user.roles.includes('department_head') && !isOffice(user))
    throw new AppError('FORBIDDEN', '（单位日历订阅须由单位负责人或督查办创建）');
  const token = randomBytes(24).toString('base64url');
  const ownerId = owner === 'user' ? user.id : user.departmentId;
  return auditedMutation(db, actor, async (tx) => {
    const feed = await tx.calendarFeed.create({
      data: { ownerKind: owner, ownerId, tokenHash: hash(token), createdById: actorIdOf(actor) },
    });
    return {
      // the token is shown once, here; only its hash is kept
      result: { id: feed.id, ownerKind: owner, path: `/calendar/${token}.ics` },
      audit: { action: 'calendar-feed.create', entityType: 'calendar-feed', entityId: feed.id, after: { owner, ownerId } },
    };
  });
}

/** The feeds the user may manage: their own, and their department's when they may create those. */
export async function listFeeds(db: Db, user: FeedUser) {
  return db.calendarFeed.findMany({
    where: {
      revokedAt: null,
      OR: [
        { ownerKind: 'user', ownerId: user.id },
        ...(user.roles.includes('department_head') || isOffice(user)
          ? [{ ownerKind: 'department', ownerId: user.departmentId }]
          : []),
      ],
    },
    select: { id: true, ownerKind: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
  });
}

export async function revokeFeed(db: Db, actor: Actor, user: FeedUser, id: string) {
  return auditedMutation(db, actor, async (tx) => {
    const feed = await tx.calendarFeed.findUnique({ where: { id } });
    const mine =
      feed &&
      ((feed.ownerKind === 'user' && feed.ownerId === user.id) ||
        (feed.ownerKind === 'department' &&
          feed.ownerId === user.departmentId &&
          (user.roles.includes('department_head') || isOffice(user))));
    if (!feed || !mine || feed.revokedAt) throw new AppError('NOT_FOUND');
    await tx.calendarFeed.update({ where: { id }, data: { revokedAt: new Date() } });
    return {
      result: { ok: true as const },
      audit: { action: 'calendar-feed.revoke', entityType: 'calendar-feed', entityId: id },
    };
  });
}

const KIND_WORD: Record<string, string> = {
  'supervision.work_report': '任务完成时限',
  'supervision.instruction': '批示交办反馈时限',
  'supervision.meeting_decision': '议定事项完成时限',
  'supervision.progress-report': '进度报送',
  'supervision.notice-ack': '通知单签收',
  'supervision.normative-filing': '规范性文件报送备案',
  'supervision.normative-cleanup': '规范性文件清理意见报送',
  'supervision.suggestion_commitment': '答复承诺事项完成时限',
  'supervision.suggestion-contact': '联系代表委员',
  'supervision.suggestion-co-opinion': '协办意见送主办单位',
  'supervision.suggestion-answer': '建议提案答复',
  'supervision.suggestion-rehandle': '建议提案重新办理答复',
};

/** The calendar behind a token, or null for an unknown or revoked one. */
export async function feedCalendar(db: Db, token: string, baseUrl: string): Promise<string | null> {
  const feed = await db.calendarFeed.findUnique({ where: { tokenHash: hash(token) } });
  if (!feed || feed.revokedAt) return null;
  let departmentFilter: { departmentId?: string; entityId?: { in: string[] } } = {};
  if (feed.ownerKind === 'department') departmentFilter = { departmentId: feed.ownerId };
  else {
    const user = await db.user.findUnique({ where: { id: feed.ownerId } });
    if (!user || user.disabledAt) return null;
    const scope = await taskScopeOf(db, user);
    if (scope.kind !== 'all') {
      const ids = (await db.task.findMany({ where: scope.where, select: { id: true } })).map((t) => t.id);
      departmentFilter = { entityId: { in: ids } };
    }
  }
  const deadlines = await db.deadline.findMany({
    where: { app: 'supervision', entityType: 'task', status: 'open', ...departmentFilter },
    orderBy: { dueDate: 'asc' },
    take: 2000,
  });
  const cal = icalGenerator({ name: '政令 · 督查时限', timezone: 'Asia/Shanghai', prodId: '//Zhengling//supervision//ZH' });
  for (const d of deadlines) {
    const day = d.dueDate.toISOString().slice(0, 10);
    cal.createEvent({
      id: `deadline-${d.id}@zhengling`,
      allDay: true,
      start: new Date(`${day}T00:00:00`),
      summary: `【${KIND_WORD[d.kind] ?? '时限'}】${d.title}`,
      description: `到期日 ${day}。依据：${d.ruleSource}`,
      url: `${baseUrl}/supervision/task/${d.entityId}`,
    });
  }
  return cal.toString();
}

// Who sees which tracked item, decided on the server in one place: the supervision office and administrators see
// everything; a district leader his or her portfolio (the items whose leader in charge is theirs); everyone else the
// items their department leads or co-handles. An item out of scope answers NOT_FOUND, never FORBIDDEN.
import { AppError } from '@zhengling/core';
import { Prisma, type DbOrTx, type Role } from '@zhengling/db';

export interface ScopeUser {
  id: string;
  departmentId: string;
  roles: Role[];
}

export interface TaskScope {
  kind: 'all' | 'portfolio' | 'department';
  /** leaders the user is (portfolio scope) */
  leaderIds: string[];
  departmentId: string;
  where: Prisma.TaskWhereInput;
  /** the same as SQL over `supervision.task` aliased `t` */
  sql: Prisma.Sql;
}

export const OFFICE_ROLES: readonly Role[] = ['supervision_office', 'administrator'];
export const isOffice = (user: ScopeUser) => user.roles.some((r) => OFFICE_ROLES.includes(r));

export async function taskScopeOf(db: DbOrTx, user: ScopeUser): Promise<TaskScope> {
  if (isOffice(user))
    return { kind: 'all', leaderIds: [], departmentId: user.departmentId, where: {}, sql: Prisma.sql`TRUE` };
  if (user.roles.includes('district_leader')) {
    const leaderIds = (await db.leader.findMany({ where: { userId: user.id }, select: { id: true } })).map(
      (l) => l.id,
    );
    return {
      kind: 'portfolio',
      leaderIds,
      departmentId: user.departmentId,
      where: { leaderId: { in: leaderIds } },
      sql: leaderIds.length ? Prisma.sql`t.leader_id IN (${Prisma.join(leaderIds)})` : Prisma.sql`FALSE`,
    };
  }
  const d = user.departmentId;
  return {
    kind: 'department',
    leaderIds: [],
    departmentId: d,
    where: { OR: [{ leadDepartmentId: d }, { coDepartmentIds: { has: d } }] },
    sql: Prisma.sql`(t.lead_department_id = ${d} OR ${d} = ANY (t.co_department_ids))`,
  };
}

/** Whether a task is in scope; NOT_FOUND when it is not. */
export function assertInScope(
  scope: TaskScope,
  task: { leadDepartmentId: string; coDepartmentIds: string[]; leaderId: string | null },
): void {
  const ok =
    scope.kind === 'all' ||
    (scope.kind === 'portfolio' && task.leaderId !== null && scope.leaderIds.includes(task.leaderId)) ||
    (scope.kind === 'department' &&
      (task.leadDepartmentId === scope.departmentId || task.coDepartmentIds.includes(scope.departmentId)));
  if (!ok) throw new AppError('NOT_FOUND');
}

/** Loads a task the user may see, or NOT_FOUND. */
export async function taskInScope(db: DbOrTx, scope: TaskScope, id: string) {
  const task = await db.task.findUnique({ where: { id } });
  if (!task) throw new AppError('NOT_FOUND');
  assertInScope(scope, task);
  return task;
}

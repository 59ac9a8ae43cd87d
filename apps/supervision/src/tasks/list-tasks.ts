// The task list (台账): filters, sorting and paging in one SQL query, with each task's 序时进度 status computed by the
// database (progress-status.ts), so a filter by status pages correctly over 20,000 tasks.
import { Prisma, type Db, type TaskKind } from '@zhengling/db';
import { loadSettings } from '../settings/settings';
import { statusSql, thresholdsOf, type TaskStatus } from './progress-status';
import type { TaskScope } from './scope';

export interface TaskFilter {
  kind?: TaskKind;
  workReportId?: string;
  status?: TaskStatus;
  departmentId?: string;
  leaderId?: string;
  search?: string;
  overdue?: boolean;
  /** only top-level tasks (key tasks), or the children of one task */
  parentId?: string | null;
  sort?: 'number' | 'dueDate' | 'percent' | 'updatedAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface TaskRow {
  id: string;
  kind: TaskKind;
  number: string;
  title: string;
  parentId: string | null;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  leaderId: string | null;
  startDate: Date;
  dueDate: Date;
  state: string;
  percent: number;
  expected: number;
  status: TaskStatus;
  childCount: number;
  updatedAt: Date;
}

const SORT: Record<NonNullable<TaskFilter['sort']>, Prisma.Sql> = {
  number: Prisma.sql`t.number_sort`,
  dueDate: Prisma.sql`t.due_date`,
  percent: Prisma.sql`t.percent`,
  updatedAt: Prisma.sql`t.updated_at`,
};

/** The WHERE clause of a filtered, scoped task query (shared by the list, the export and the dashboard drill-down). */
export function taskConditions(scope: TaskScope, f: TaskFilter, asOf: string, status: Prisma.Sql): Prisma.Sql {
  const c: Prisma.Sql[] = [scope.sql];
  if (f.kind) c.push(Prisma.sql`t.kind = ${f.kind}::supervision."TaskKind"`);
  if (f.workReportId) c.push(Prisma.sql`t.work_report_id = ${f.workReportId}`);
  if (f.departmentId)
    c.push(Prisma.sql`(t.lead_department_id = ${f.departmentId} OR ${f.departmentId} = ANY (t.co_department_ids))`);
  if (f.leaderId) c.push(Prisma.sql`t.leader_id = ${f.leaderId}`);
  if (f.search) c.push(Prisma.sql`(t.title ILIKE ${`%${f.search}%`} OR t.number ILIKE ${`%${f.search}%`})`);
  if (f.overdue) c.push(Prisma.sql`(t.state <> 'completed' AND t.due_date < ${asOf}::date)`);
  if (f.parentId === null) c.push(Prisma.sql`t.parent_id IS NULL`);
  else if (f.parentId) c.push(Prisma.sql`t.parent_id = ${f.parentId}`);
  if (f.status) c.push(Prisma.sql`${status} = ${f.status}`);
  return Prisma.join(c, ' AND ');
}

export async function listTasks(db: Db, scope: TaskScope, f: TaskFilter, asOf: string) {
  const th = thresholdsOf(await loadSettings(db));
  const { expected, status } = statusSql(asOf, th);
  const where = taskConditions(scope, f, asOf, status);
  const pageSize = Math.min(Math.max(f.pageSize ?? 20, 1), 200);
  const page = Math.max(f.page ?? 1, 1);
  const order = f.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  // the page and the total in parallel: the page walks the sort index and stops after one page
  const [rows, counted] = await Promise.all([
    db.$queryRaw<TaskRow[]>`
    SELECT t.id, t.kind::text AS kind, t.number, t.title, t.parent_id AS "parentId",
           t.lead_department_id AS "leadDepartmentId", t.co_department_ids AS "coDepartmentIds",
           t.leader_id AS "leaderId", t.start_date AS "startDate", t.due_date AS "dueDate",
           t.state::text AS state, t.percent, ${expected} AS expected, ${status} AS status,
           (SELECT count(*)::int FROM supervision.task c WHERE c.parent_id = t.id) AS "childCount",
           t.updated_at AS "updatedAt"
      FROM supervision.task t
     WHERE ${where}
     ORDER BY ${SORT[f.sort ?? 'number']} ${order}, t.id
     LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM supervision.task t WHERE ${where}`,
  ]);
  return {
    total: counted[0]?.total ?? 0,
    page,
    pageSize,
    asOf,
    thresholds: th,
    items: rows,
  };
}

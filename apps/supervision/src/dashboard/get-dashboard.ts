// The office's dashboard (and a leader's portfolio, a department's home: the same figures within their scope): tasks
// by status, by department and by leader; what became overdue this week; the on-time rate per department. Each
// figure is a filter of the task list, so a chart clicks through to the list behind it.
import { Prisma, type Db } from '@zhengling/db';
import { loadSettings } from '../settings/settings';
import { statusSql, thresholdsOf, type TaskStatus } from '../tasks/progress-status';
import type { TaskScope } from '../tasks/scope';

/** Monday of the week of `asOf` (ISO week). */
export function weekStart(asOf: string): string {
  const d = new Date(`${asOf}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export async function getDashboard(db: Db, scope: TaskScope, asOf: string, workReportId?: string) {
  const th = thresholdsOf(await loadSettings(db));
  const { status } = statusSql(asOf, th);
  const where = Prisma.join(
    [scope.sql, workReportId ? Prisma.sql`t.work_report_id = ${workReportId}` : Prisma.sql`TRUE`],
    ' AND ',
  );
  const since = weekStart(asOf);
  // one pass over the tasks for the three breakdowns (GROUPING SETS), the deadline figures beside it, in parallel
  const grouped = db.$queryRaw<
    { departmentId: string | null; leaderId: string | null; status: TaskStatus; n: number; byDept: boolean; byLeader: boolean }[]
  >`
    SELECT t.lead_department_id AS "departmentId", t.leader_id AS "leaderId", s.status, count(*)::int AS n,
           GROUPING(t.lead_department_id) = 0 AS "byDept", GROUPING(t.leader_id) = 0 AS "byLeader"
      FROM supervision.task t CROSS JOIN LATERAL (SELECT ${status} AS status) s
     WHERE ${where}
     GROUP BY GROUPING SETS ((s.status), (t.lead_department_id, s.status), (t.leader_id, s.status))`;
  // deadlines of the items in scope that fell due this week and are still open
  const overdueThisWeekQuery = db.$queryRaw<
    { deadlineId: string; taskId: string; number: string; title: string; kind: string; dueDate: Date; departmentId: string }[]
  >`
    SELECT d.id AS "deadlineId", t.id AS "taskId", t.number, t.title, d.kind, d.due_date AS "dueDate",
           d.department_id AS "departmentId"
      FROM platform.deadline d JOIN supervision.task t ON t.id = d.entity_id
     WHERE d.app = 'supervision' AND d.entity_type = 'task' AND d.status = 'open'
       AND d.due_date >= ${since}::date AND d.due_date < ${asOf}::date AND ${where}
     ORDER BY d.due_date, t.number LIMIT 200`;
  // on time: met by the end of the due day (China time); late: met after it, or still open past it
  const onTimeQuery = db.$queryRaw<{ departmentId: string; onTime: number; late: number }[]>`
    SELECT d.department_id AS "departmentId",
           count(*) FILTER (WHERE d.status = 'met' AND (d.met_at AT TIME ZONE 'Asia/Shanghai')::date <= d.due_date)::int AS "onTime",
           count(*) FILTER (WHERE (d.status = 'met' AND (d.met_at AT TIME ZONE 'Asia/Shanghai')::date > d.due_date)
                              OR (d.status = 'open' AND d.due_date < ${asOf}::date))::int AS late
      FROM platform.deadline d JOIN supervision.task t ON t.id = d.entity_id
     WHERE d.app = 'supervision' AND d.entity_type = 'task' AND ${where}
     GROUP BY 1`;
  const [groups, overdueThisWeek, onTime] = await Promise.all([grouped, overdueThisWeekQuery, onTimeQuery]);
  const byStatus = groups.filter((g) => !g.byDept && !g.byLeader).map((g) => ({ status: g.status, n: g.n }));
  const byDepartment = groups
    .filter((g) => g.byDept)
    .map((g) => ({ departmentId: g.departmentId!, status: g.status, n: g.n }));
  const byLeader = groups.filter((g) => g.byLeader).map((g) => ({ leaderId: g.leaderId, status: g.status, n: g.n }));
  return {
    asOf,
    weekStart: since,
    thresholds: th,
    byStatus,
    byDepartment,
    byLeader,
    overdueThisWeek,
    onTime: onTime.map((r) => ({
      ...r,
      rate: r.onTime + r.late === 0 ? null : Math.round((r.onTime * 1000) / (r.onTime + r.late)) / 10,
    })),
  };
}

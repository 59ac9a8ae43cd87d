// 序时进度 (time-proportional progress): how far a task should be by now, if its work were spread evenly from its
// start to its due date, and where its signed-off percentage stands against that. The thresholds are configuration
// (settings.ts). The same definition exists twice — here for one task, in SQL for lists and the dashboard — and a
// test holds them equal.
import { Prisma } from '@zhengling/db';

export const TASK_STATUSES = [
  'not_started',
  'in_progress',
  'behind',
  'ahead',
  'completed',
  'returned',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TrafficLight = 'green' | 'yellow' | 'red';

/** The words on the tag (UI-NOTES: status as coloured tags with words, never colour alone). */
export const STATUS_LABEL: Record<TaskStatus, string> = {
  not_started: '未开始',
  in_progress: '推进中',
  behind: '滞后',
  ahead: '超前',
  completed: '已完成',
  returned: '已退回',
};

export interface Thresholds {
  yellowPoints: number;
  redPoints: number;
  aheadPoints: number;
}

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

/** The expected percentage on `asOf` (calendar days, whole percent, 0–100). */
export function expectedPercent(startDate: string, dueDate: string, asOf: string): number {
  const span = Math.max(1, days(startDate, dueDate));
  const elapsed = days(startDate, asOf);
  return Math.min(100, Math.max(0, Math.floor((elapsed * 100) / span)));
}

export interface StatusInput {
  state: 'open' | 'completion_requested' | 'completed' | 'returned';
  percent: number;
  reported: boolean;
  startDate: string;
  dueDate: string;
}

export function progressStatus(
  t: StatusInput,
  asOf: string,
  th: Thresholds,
): { status: TaskStatus; light: TrafficLight | null; expected: number; gap: number } {
  const expected = expectedPercent(t.startDate, t.dueDate, asOf);
  const gap = expected - t.percent;
  const light: TrafficLight = gap > th.redPoints ? 'red' : gap > th.yellowPoints ? 'yellow' : 'green';
  if (t.state === 'completed') return { status: 'completed', light: null, expected, gap };
  if (t.state === 'returned') return { status: 'returned', light, expected, gap };
  if (asOf < t.startDate || (!t.reported && t.percent === 0 && gap <= th.yellowPoints))
    return { status: 'not_started', light: 'green', expected, gap };
  if (gap > th.yellowPoints) return { status: 'behind', light, expected, gap };
  if (-gap > th.aheadPoints) return { status: 'ahead', light, expected, gap };
  return { status: 'in_progress', light, expected, gap };
}

/** The same definition as SQL over `supervision.task` aliased `t` (dates compare as dates, integer percent). */
export function statusSql(asOf: string, th: Thresholds): { expected: Prisma.Sql; status: Prisma.Sql } {
  const on = Prisma.sql`${asOf}::date`;
  const expected = Prisma.sql`LEAST(100, GREATEST(0, FLOOR(((${on} - t.start_date) * 100)::numeric / GREATEST(1, t.due_date - t.start_date))))::int`;
  const gap = Prisma.sql`(${expected} - t.percent)`;
  const status = Prisma.sql`(CASE
    WHEN t.state = 'completed' THEN 'completed'
    WHEN t.state = 'returned' THEN 'returned'
    WHEN ${on} < t.start_date OR (t.last_reported_at IS NULL AND t.percent = 0 AND ${gap} <= ${th.yellowPoints}) THEN 'not_started'
    WHEN ${gap} > ${th.yellowPoints} THEN 'behind'
    WHEN -${gap} > ${th.aheadPoints} THEN 'ahead'
    ELSE 'in_progress' END)`;
  return { expected, status };
}

export const thresholdsOf = (s: {
  'progress.yellowPoints': number;
  'progress.redPoints': number;
  'progress.aheadPoints': number;
}): Thresholds => ({
  yellowPoints: s['progress.yellowPoints'],
  redPoints: s['progress.redPoints'],
  aheadPoints: s['progress.aheadPoints'],
});

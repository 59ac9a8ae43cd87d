// Reporting periods of a task: "2026-03" (monthly) or "2026-Q1" (quarterly), each due on the configured day of the
// month (the quarter's last month). Pure.
export type Cycle = 'monthly' | 'quarterly' | 'none';

const pad = (n: number) => String(n).padStart(2, '0');

export function periodOf(date: string, cycle: Exclude<Cycle, 'none'>): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return cycle === 'monthly' ? `${y}-${pad(m)}` : `${y}-Q${Math.ceil(m / 3)}`;
}

export function periodDue(period: string, day: number): string {
  const y = period.slice(0, 4);
  const q = /-Q(\d)$/.exec(period);
  const month = q ? Number(q[1]) * 3 : Number(period.slice(5, 7));
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** The first day of a period. */
export function periodStart(period: string): string {
  const q = /-Q(\d)$/.exec(period);
  return q ? `${period.slice(0, 4)}-${pad(Number(q[1]) * 3 - 2)}-01` : `${period}-01`;
}

export function nextPeriod(period: string): string {
  const y = Number(period.slice(0, 4));
  const q = /-Q(\d)$/.exec(period);
  if (q) return Number(q[1]) === 4 ? `${y + 1}-Q1` : `${y}-Q${Number(q[1]) + 1}`;
  const m = Number(period.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/**
 * The first period due on or after `from` that falls before the task's own due date (the last report is the task's
 * completion itself), or null when no periodic report is due.
 */
export function reportPeriodFrom(
  from: string,
  taskDue: string,
  cycle: Cycle,
  day: number,
): { period: string; due: string } | null {
  if (cycle === 'none') return null;
  let period = periodOf(from, cycle);
  for (let i = 0; i < 3; i++) {
    const due = periodDue(period, day);
    if (due >= from) return due < taskDue ? { period, due } : null;
    period = nextPeriod(period);
  }
  return null;
}

/** A period as people say it: 2026年3月 / 2026年第1季度. */
export function periodLabel(period: string): string {
  const q = /^(\d{4})-Q(\d)$/.exec(period);
  if (q) return `${q[1]}年第${q[2]}季度`;
  return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
}

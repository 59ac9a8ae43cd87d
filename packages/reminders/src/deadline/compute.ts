// A deadline computed from its rule: start date, length and unit, lawful pauses and extensions. Pure; it says how
// the due date was computed. Working days come from rules-core's calendar ("within N working days of the start"
// counts from the day after the start; a year without calendar data is CALENDAR_YEAR_MISSING, never a guess).
import {
  addCalendarDays,
  addMonths,
  toOrdinal,
  fromOrdinal,
  type WorkingDayCalendar,
} from '@zhengling/rules-core/calendar';

export type DeadlineUnit = 'working_days' | 'calendar_days' | 'months';

export interface DeadlineRule {
  startDate: string;
  length: number;
  unit: DeadlineUnit;
}

export interface Adjustment {
  type: 'pause' | 'resume' | 'extension';
  /** pause/resume: the date it takes effect (a pause on D stops the clock from D; a resume on R restarts it on R) */
  effectiveOn?: string;
  /** extension: the added length in the deadline's unit */
  length?: number;
}

export interface DeadlineComputation {
  dueDate: string;
  paused: boolean;
  explanation: {
    rule: DeadlineRule;
    convention: string;
    totalLength: number;
    extensions: number[];
    pauses: { from: string; to: string | null; daysNotCounted: number }[];
    counted?: string[];
    /** days passed over: weekends, official holidays (named, weekend days inside a break included), paused days */
    skipped: { date: string; reason: 'weekend' | 'holiday' | 'paused'; name?: string }[];
    calendarVersion: string;
    sources: unknown[];
  };
}

/** Pause intervals [from, to) from the ordered adjustments; an open pause ends at its own start (nothing yet added). */
function pauseIntervals(adjustments: readonly Adjustment[]): { from: string; to: string | null }[] {
  const out: { from: string; to: string | null }[] = [];
  for (const a of adjustments) {
    if (a.type === 'pause' && a.effectiveOn) out.push({ from: a.effectiveOn, to: null });
    if (a.type === 'resume' && a.effectiveOn) {
      const open = out.find((p) => p.to === null);
      if (open) open.to = a.effectiveOn;
    }
  }
  return out;
}

const inPause = (ord: number, pauses: { from: string; to: string | null }[]) =>
  pauses.some((p) => p.to !== null && toOrdinal(p.from) <= ord && ord < toOrdinal(p.to));

export function computeDueDate(
  rule: DeadlineRule,
  adjustments: readonly Adjustment[],
  calendar: WorkingDayCalendar,
): DeadlineComputation {
  const extensions = adjustments.filter((a) => a.type === 'extension').map((a) => a.length ?? 0);
  const total = rule.length + extensions.reduce((a, b) => a + b, 0);
  const pauses = pauseIntervals(adjustments);
  const paused = pauses.some((p) => p.to === null);
  const skipped: DeadlineComputation['explanation']['skipped'] = [];
  let dueDate: string;
  let counted: string[] | undefined;

  if (rule.unit === 'working_days') {
    counted = [];
    let ord = toOrdinal(rule.startDate);
    let left = total;
    while (left > 0) {
      ord++;
      const iso = fromOrdinal(ord);
      if (inPause(ord, pauses)) {
        if (calendar.isWorkingDay(iso)) skipped.push({ date: iso, reason: 'paused' });
        continue;
      }
      if (calendar.isWorkingDay(iso)) {
        counted.push(iso);
        left--;
      }
    }
    dueDate = fromOrdinal(ord);
    // name the days the calendar skipped, for the explanation
    for (let o = toOrdinal(rule.startDate) + 1; o <= ord; o++) {
      const reason = calendar.skipReasonOf(fromOrdinal(o));
      if (reason) skipped.push(reason);
    }
    skipped.sort((a, b) => a.date.localeCompare(b.date));
  } else {
    const base =
      rule.unit === 'calendar_days'
        ? addCalendarDays(rule.startDate, total)
        : addMonths(rule.startDate, total);
    // calendar days inside closed pauses that began before the (moving) due date push it back one each
    let due = toOrdinal(base);
    for (const p of pauses) {
      if (p.to === null || toOrdinal(p.from) > due) continue;
      const days = toOrdinal(p.to) - toOrdinal(p.from);
      for (let i = 0; i < days; i++)
        skipped.push({ date: fromOrdinal(toOrdinal(p.from) + i), reason: 'paused' });
      due += days;
    }
    dueDate = fromOrdinal(due);
  }

  const years = [...new Set([rule.startDate, dueDate].map((d) => Number(d.slice(0, 4))))];
  return {
    dueDate,
    paused,
    explanation: {
      rule,
      convention:
        rule.unit === 'working_days'
          ? '自起算日次日起计算工作日（含调休上班日，不含节假日、周末与中止期间），第N个工作日为届满日'
          : rule.unit === 'calendar_days'
            ? '自起算日次日起计算自然日，中止期间不计入'
            : '按月计算，届满月无对应日期的以该月最后一日为届满日，中止期间不计入',
      totalLength: total,
      extensions,
      pauses: pauses.map((p) => ({
        ...p,
        daysNotCounted: skipped.filter(
          (s) => s.reason === 'paused' && p.to !== null && s.date >= p.from && s.date < p.to,
        ).length,
      })),
      ...(counted ? { counted } : {}),
      skipped,
      calendarVersion: calendar.dataVersion,
      sources: rule.unit === 'working_days' ? years.map((y) => calendar.sourceOf(y)).filter(Boolean) : [],
    },
  };
}

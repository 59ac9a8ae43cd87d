// The working-day calendar of mainland China. A working day is Monday–Friday that is not an official day off, or a
// weekend day declared a make-up working day (调休上班) — both directions matter (shared/DOMAIN.md). A year without
// data is an error (CALENDAR_YEAR_MISSING), never a guess.
import { RuleEngineError } from '../model/errors';
import { PACKAGED_YEARS } from './data/packaged-years';
import { fromOrdinal, integer, toOrdinal, weekdayOf, yearOf } from './dates';
import type { DueDateExplanation, SkipReason, YearData } from './types';

interface CompiledYear {
  data: YearData;
  firstOrdinal: number;
  /** 1 = working day, by day of year */
  working: Uint8Array;
}

/** FNV-1a (64-bit) over the canonical JSON of the year data: a stable version to notice calendar changes. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

const canonical = (y: YearData) =>
  JSON.stringify([y.year, Object.entries(y.holidays).sort(), Object.entries(y.makeUpWorkdays).sort()]);

function compile(data: YearData): CompiledYear {
  const firstOrdinal = toOrdinal(`${data.year}-01-01`);
  const days = toOrdinal(`${data.year}-12-31`) - firstOrdinal + 1;
  const working = new Uint8Array(days);
  for (let i = 0; i < days; i++) {
    const wd = weekdayOf(firstOrdinal + i);
    working[i] = wd === 0 || wd === 6 ? 0 : 1;
  }
  for (const [date, label] of [...Object.entries(data.holidays), ...Object.entries(data.makeUpWorkdays)]) {
    if (!date.startsWith(`${data.year}-`)) {
      throw new RuleEngineError('INVALID_DATE', `（${data.year} 年数据含他年日期 ${date}：${label}）`);
    }
  }
  for (const date of Object.keys(data.holidays)) working[toOrdinal(date) - firstOrdinal] = 0;
  for (const date of Object.keys(data.makeUpWorkdays)) {
    if (date in data.holidays)
      throw new RuleEngineError('INVALID_REQUEST', `（${date} 不能既是假日又是调休上班日）`);
    working[toOrdinal(date) - firstOrdinal] = 1;
  }
  return { data, firstOrdinal, working };
}

export class WorkingDayCalendar {
  private readonly years: Map<number, CompiledYear>;
  /** a stable hash of all the year data: changes when any year is added or changed */
  readonly dataVersion: string;

  /** Years given later override earlier ones of the same year (stored data overrides packaged data). */
  constructor(years: readonly YearData[]) {
    this.years = new Map();
    for (const y of years) this.years.set(y.year, compile(y));
    this.dataVersion = fnv1a64(
      [...this.years.values()]
        .sort((a, b) => a.data.year - b.data.year)
        .map((y) => canonical(y.data))
        .join('|'),
    );
  }

  /** The packaged years (from chinese-days, checked in). */
  static default(): WorkingDayCalendar {
    return DEFAULT;
  }

  /** A calendar with these years added to (or replacing) this one's. */
  withYears(extra: readonly YearData[]): WorkingDayCalendar {
    return new WorkingDayCalendar([...[...this.years.values()].map((y) => y.data), ...extra]);
  }

  get coveredYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** The last day of the years covered without a gap from the first one (undefined for an empty calendar). */
  get coveredThrough(): string | undefined {
    const years = this.coveredYears;
    if (years.length === 0) return undefined;
    let last = years[0]!;
    while (this.years.has(last + 1)) last++;
    return `${last}-12-31`;
  }

  /**
   * The latest day, no later than `upTo`, after which `aheadDays` more calendar days are all covered: where a story
   * whose clocks run at most that far ahead can be set (a demo seeded before next year's notice is stored).
   * Undefined when even the first covered day does not leave that much room.
   */
  latestDayCovering(upTo: string, aheadDays: number): string | undefined {
    integer(aheadDays, 'aheadDays');
    const through = this.coveredThrough;
    if (through === undefined) return undefined;
    const latest = Math.min(toOrdinal(upTo), toOrdinal(through) - aheadDays);
    return latest < toOrdinal(`${this.coveredYears[0]}-01-01`) ? undefined : fromOrdinal(latest);
  }

  /** A year's data as given (its notice's days off and make-up days, and its source). */
  dataOf(year: number): YearData | undefined {
    return this.years.get(year)?.data;
  }

  sourceOf(year: number): YearData['source'] | undefined {
    return this.years.get(year)?.data.source;
  }

  private yearFor(ordinal: number): CompiledYear {
    const year = yearOf(ordinal);
    const y = this.years.get(year);
    if (!y) {
      throw new RuleEngineError(
        'CALENDAR_YEAR_MISSING',
        `（${year} 年；已有数据的年份：${this.coveredYears.join('、') || '无'}。请录入国务院办公厅${year}年节假日安排通知）`,
      );
    }
    return y;
  }

  private workingAt(ordinal: number): boolean {
    const y = this.yearFor(ordinal);
    return y.working[ordinal - y.firstOrdinal] === 1;
  }

  isWorkingDay(iso: string): boolean {
    return this.workingAt(toOrdinal(iso));
  }

  /**
   * The due date of "within n working days of `start`": counting starts the day AFTER start (the day of receipt is
   * not counted), and the due date is the n-th working day. n = 0 means the start date itself.
   */
  addWorkingDays(start: string, n: number): string {
    integer(n, 'n');
    if (n < 0) throw new RuleEngineError('INVALID_REQUEST', '（n 不能为负数）');
    let ordinal = toOrdinal(start);
    let left = n;
    while (left > 0) {
      ordinal++;
      if (this.workingAt(ordinal)) left--;
    }
    return fromOrdinal(ordinal);
  }

  /** Working days in (from, to]: the inverse of addWorkingDays. Negative when to is before from. */
  workingDaysBetween(from: string, to: string): number {
    const a = toOrdinal(from);
    const b = toOrdinal(to);
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let o = lo + 1; o <= hi; o++) if (this.workingAt(o)) count++;
    return sign * count;
  }

  /** How a due date is computed: which days were counted, which were skipped and why, which notices were used. */
  /** Why a day is not a working day — a named official holiday, or a weekend — or null when it is one. */
  skipReasonOf(iso: string): SkipReason | null {
    const o = toOrdinal(iso);
    const y = this.yearFor(o);
    if (y.working[o - y.firstOrdinal] === 1) return null;
    return iso in y.data.holidays
      ? { date: iso, reason: 'holiday', name: y.data.holidays[iso]! }
      : { date: iso, reason: 'weekend' };
  }

  explainDueDate(start: string, n: number): DueDateExplanation {
    const due = this.addWorkingDays(start, n);
    const counted: string[] = [];
    const skipped: SkipReason[] = [];
    const makeUp: { date: string; for: string }[] = [];
    const years = new Set<number>(); // the years whose data decided something
    for (let o = toOrdinal(start) + 1; o <= toOrdinal(due); o++) {
      const y = this.yearFor(o);
      years.add(y.data.year);
      const iso = fromOrdinal(o);
      const weekend = weekdayOf(o) === 0 || weekdayOf(o) === 6;
      if (y.working[o - y.firstOrdinal] === 1) {
        counted.push(iso);
        if (weekend) makeUp.push({ date: iso, for: y.data.makeUpWorkdays[iso] ?? '' });
      } else if (iso in y.data.holidays)
        skipped.push({ date: iso, reason: 'holiday', name: y.data.holidays[iso]! });
      else skipped.push({ date: iso, reason: 'weekend' });
    }
    return {
      start,
      n,
      convention: 'from-next-day',
      due,
      counted,
      skipped,
      makeUpWorkdaysCounted: makeUp,
      sources: [...years].sort().map((yr) => this.yearFor(toOrdinal(`${yr}-01-01`)).data.source),
      dataVersion: this.dataVersion,
    };
  }
}

const DEFAULT = new WorkingDayCalendar(PACKAGED_YEARS);

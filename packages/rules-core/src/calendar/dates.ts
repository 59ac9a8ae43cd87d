// Plain ISO dates (YYYY-MM-DD) as day ordinals since 1970-01-01, in UTC arithmetic: no time zones, no clock.
import { RuleEngineError } from '../model/errors';
import { preview } from '../model/request';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day ordinal of a valid ISO date; INVALID_DATE otherwise (2026-02-30, 2026-1-1, …). */
export function toOrdinal(iso: string): number {
  const m = typeof iso === 'string' ? ISO.exec(iso) : null;
  if (!m) throw new RuleEngineError('INVALID_DATE', `（${preview(iso)}）`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RuleEngineError('INVALID_DATE', `（${iso} 不是日历上存在的日期）`);
  }
  return ms / MS_PER_DAY;
}

export const fromOrdinal = (ordinal: number): string =>
  new Date(ordinal * MS_PER_DAY).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (ordinal: number): number => (((ordinal + 4) % 7) + 7) % 7;

export const yearOf = (ordinal: number): number => new Date(ordinal * MS_PER_DAY).getUTCFullYear();

export function isValidDate(iso: string): boolean {
  try {
    toOrdinal(iso);
    return true;
  } catch {
    return false;
  }
}

/** Calendar days; n may be negative. */
export const addCalendarDays = (iso: string, n: number): string =>
  fromOrdinal(toOrdinal(iso) + integer(n, 'n'));

/**
 * Whole months, clamped to the end of the month: 2026-01-31 + 1 month = 2026-02-28; 2024-01-31 + 1 = 2024-02-29.
 * (The usual reading of "N个月内" when the start day does not exist in the target month.)
 */
export function addMonths(iso: string, n: number): string {
  toOrdinal(iso);
  integer(n, 'n');
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + n;
  const ty = Math.floor(monthIndex / 12);
  const tm = monthIndex - ty * 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return fromOrdinal(Date.UTC(ty, tm, Math.min(d, lastDay)) / MS_PER_DAY);
}

export function integer(n: number, field: string): number {
  if (!Number.isSafeInteger(n)) throw new RuleEngineError('INVALID_REQUEST', `（${field} 须为整数）`);
  return n;
}

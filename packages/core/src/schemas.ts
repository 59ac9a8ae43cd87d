// Input schemas every router uses at the edge, so that what reaches a use-case is what PostgreSQL can hold: real
// calendar dates, bounded lengths, plain text. (Zod messages are Chinese in the servers: server-kit sets the locale.)
import { isValidDate } from '@zhengling/rules-core/calendar';
import { z } from 'zod';

/** A calendar date that exists, written YYYY-MM-DD (2026-02-30 does not), between 1900 and 2199. */
export const isoDate = z
  .string()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD')
  .refine(isValidDate, '不是日历上存在的日期');

/** An instant between 1900 and 2199 (a query bound, say). */
export const instant = z.coerce
  .date()
  .refine((d) => d.getUTCFullYear() >= 1900 && d.getUTCFullYear() < 2200, '时间超出可处理的范围');

/** An id of a stored row. */
export const rowId = z.string().min(1).max(64);

/** Text a person writes, up to `max` characters. */
export const text = (max: number) => z.string().max(max);

/** The calendar date in China (UTC+8, no daylight saving) at an instant: the "today" of every deadline. */
export const chinaDate = (at: Date): string => chinaDateTime(at).slice(0, 10);

/** The wall-clock time in China at an instant: `2026-11-23 14:05`. */
export const chinaDateTime = (at: Date): string =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().replace('T', ' ').slice(0, 16);

// Dates and deadlines as Chinese government staff read them (shared/UI-NOTES.md): 2026年11月23日 in prose,
// 2026-11-23 in tables, and "剩余 N 个工作日" / "已逾期 N 个工作日" beside a due date.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

// Ant Design's date pickers speak Chinese
dayjs.locale('zh-cn');

type DateLike = string | Date | null | undefined;

const iso = (d: DateLike): string | null =>
  d == null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

/** 2026年11月23日 */
export function proseDate(d: DateLike): string {
  const v = iso(d);
  if (!v) return '—';
  const [y, m, day] = v.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}

/** 2026-11-23 */
export const tableDate = (d: DateLike): string => iso(d) ?? '—';

/** An instant as China's wall clock (UTC+8, no daylight saving), whatever the browser's own time zone. */
const chinaIso = (d: string | Date | number): string =>
  new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString();

/** 2026-11-23 14:05, China time */
export const tableDateTime = (d: DateLike | number): string => {
  if (d == null) return '—';
  const v = chinaIso(d);
  return `${v.slice(0, 10)} ${v.slice(11, 16)}`;
};

/** The China date of an instant (a time something happened), in prose: 2026年11月23日. */
export const proseDayOf = (d: DateLike | number): string => (d == null ? '—' : proseDate(chinaIso(d)));

/** The working days left as words: 剩余 3 个工作日 / 今日到期 / 已逾期 2 个工作日. */
export function workingDaysWords(left: number | null | undefined): string {
  if (left == null) return '—';
  if (left > 0) return `剩余 ${left} 个工作日`;
  if (left === 0) return '今日到期';
  return `已逾期 ${-left} 个工作日`;
}

/** 元 as people write them: 3,999,999.99 元, or 万元 when asked. */
export function yuan(amount: string | number, unit: '元' | '万元' = '元'): string {
  const n = Number(amount);
  const v = unit === '万元' ? n / 10_000 : n;
  return `${v.toLocaleString('zh-CN', { maximumFractionDigits: unit === '万元' ? 4 : 2 })} ${unit}`;
}

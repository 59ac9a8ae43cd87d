// Due-date computations per second (the platform recomputes every open deadline when calendar data changes).
// Baseline in the same run: the same count with chinese-days' own isWorkday, day by day.
import chineseDays from 'chinese-days';
import { WorkingDayCalendar } from '../src/calendar';
import { fromOrdinal, toOrdinal } from '../src/calendar/dates';

const cal = WorkingDayCalendar.default();
const N = 100_000;
const starts = Array.from({ length: N }, (_, i) =>
  fromOrdinal(toOrdinal('2021-01-01') + ((i * 7919) % 2000)),
);
const time = (label: string, fn: () => void) => {
  fn();
  const t0 = process.hrtime.bigint();
  fn();
  const rate = N / (Number(process.hrtime.bigint() - t0) / 1e9);
  console.log(`${label.padEnd(44)} ${Math.round(rate).toLocaleString('en').padStart(12)} due dates/s`);
  return rate;
};
const ours = time('WorkingDayCalendar.addWorkingDays(start, 20)', () => {
  for (const s of starts) cal.addWorkingDays(s, 20);
});
const theirs = time('chinese-days isWorkday loop (20 working days)', () => {
  for (const s of starts) {
    let o = toOrdinal(s);
    let left = 20;
    while (left > 0) if (chineseDays.isWorkday(fromOrdinal(++o))) left--;
  }
});
console.log(`ratio calendar/chinese-days loop: ${(ours / theirs).toFixed(1)}x`);

// Deadline rows as the pure computation reads them.
import type { Deadline, DeadlineAdjustment } from '@zhengling/db';
import type { Adjustment, DeadlineRule } from './compute';

export const iso = (d: Date) => d.toISOString().slice(0, 10);

export const ruleOf = (d: Pick<Deadline, 'startDate' | 'length' | 'unit'>): DeadlineRule => ({
  startDate: iso(d.startDate),
  length: d.length,
  unit: d.unit,
});

export const adjustmentsOf = (rows: DeadlineAdjustment[]): Adjustment[] =>
  rows.map((a) => ({
    type: a.type,
    effectiveOn: a.effectiveOn ? iso(a.effectiveOn) : undefined,
    length: a.length ?? undefined,
  }));

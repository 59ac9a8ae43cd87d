// The directory supplies facts; rules-core decides. These read the facts for a date range.
import type { DbOrTx, LeaveRecord } from '@zhengling/db';
import type { AbFacts, AbsenceReason, DistrictId, LeaveFact } from '@zhengling/rules-core';

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const toReason = (r: LeaveRecord['reason']) => r.replace(/_/g, '-') as AbsenceReason;
export const leaveFact = (l: LeaveRecord): LeaveFact => ({
  leader: l.leaderId,
  from: isoDate(l.fromDate),
  to: isoDate(l.toDate),
  reason: toReason(l.reason),
});

/** AB pairs and leave (approved, and requested when asked) as rules-core facts. */
export async function abFacts(
  db: DbOrTx,
  district: DistrictId,
  opts: { includeRequested: boolean },
): Promise<AbFacts> {
  const [pairs, leaves] = await Promise.all([
    db.abPair.findMany(),
    db.leaveRecord.findMany({
      where: { status: { in: opts.includeRequested ? ['approved', 'requested'] : ['approved'] } },
    }),
  ]);
  return {
    district,
    pairs: pairs.map((p) => ({
      a: p.leaderAId,
      b: p.leaderBId,
      validFrom: isoDate(p.validFrom),
      validTo: p.validTo ? isoDate(p.validTo) : undefined,
      decisionRef: p.decisionRef ?? undefined,
      documentRef: p.documentRef ?? undefined,
    })),
    leaves: leaves.map(leaveFact),
  };
}

/** The district this deployment serves (set by the seed from ZHENGLING_DISTRICT). */
export async function districtOf(db: DbOrTx): Promise<DistrictId> {
  const s = await db.districtSetting.findUnique({ where: { id: 1 } });
  return s?.district ?? 'kaizhou';
}

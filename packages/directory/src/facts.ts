// The directory supplies facts; rules-core decides. These read the facts for a date range.
import type { DbOrTx, LeaveRecord } from '@zhengling/db';
import type { AbFacts, AbsenceReason, DistrictId, LeaveFact } from '@zhengling/rules-core';
import { AppError } from '@zhengling/core';

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
  const [pairs, leaves, designations] = await Promise.all([
    db.abPair.findMany(),
    db.leaveRecord.findMany({
      where: { status: { in: opts.includeRequested ? ['approved', 'requested'] : ['approved'] } },
    }),
    db.standInDesignation.findMany({ where: { withdrawnAt: null } }),
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
    designations: designations.map((d) => ({
      absent: d.absentLeaderId,
      actor: d.actorLeaderId,
      from: isoDate(d.fromDate),
      to: isoDate(d.toDate),
    })),
  };
}

/**
 * The district this deployment serves: chosen once, by the seed from ZHENGLING_DISTRICT, and stored. There is no
 * default: a deployment whose district is not set answers with an error rather than another district's rules.
 */
export async function districtOf(db: DbOrTx): Promise<DistrictId> {
  const s = await db.districtSetting.findUnique({ where: { id: 1 } });
  if (!s) {
    throw new AppError(
      'INTERNAL',
      '（本系统尚未设置所服务的区：请运行初始化（pnpm start 的种子步骤）设置区，不会默认套用任何一区的规则）',
    );
  }
  return s.district;
}

/** Whether the leader is the district head (whose own leave skips the principal leader's consent, A-37). */
export const isDistrictHead = async (db: DbOrTx, leaderId: string) =>
  (await db.leader.findUnique({ where: { id: leaderId } }))?.post === 'district_head';

/** A leave's dates as ISO dates. */
export const leaveDates = (l: LeaveRecord) => ({ from: isoDate(l.fromDate), to: isoDate(l.toDate) });

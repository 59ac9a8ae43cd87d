import type { Db } from '@zhengling/db';

/**
 * Leaders' leave, newest first (at most 200), with its approvals. Why a leader is away (sick leave among the reasons)
 * and where to is shown only to those who record and approve leave; everyone else sees the dates and the status,
 * which is what deciding who acts needs.
 */
export async function listLeaves(db: Db, opts: { withReasons: boolean }) {
  const rows = await db.leaveRecord.findMany({
    include: { approvals: true, leader: true },
    orderBy: { fromDate: 'desc' },
    take: 200,
  });
  return opts.withReasons
    ? rows
    : rows.map(
        ({ reason: _reason, destination: _destination, overrideReason: _override, approvals, ...rest }) => ({
          ...rest,
          reason: null,
          destination: null,
          overrideReason: null,
          approvals: approvals.map(({ id, step, decision, at }) => ({ id, step, decision, at })),
        }),
      );
}

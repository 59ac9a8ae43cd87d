import type { DbOrTx } from '@zhengling/db';

/** 分工: the leader in charge of a department (or a domain of work) on a date, from the dated division of work. */
export async function leaderInChargeOf(
  db: DbOrTx,
  target: { departmentId?: string; domain?: string },
  date: string,
) {
  const on = new Date(date);
  const a = await db.portfolioAssignment.findFirst({
    where: {
      ...(target.departmentId ? { departmentId: target.departmentId } : { domain: target.domain }),
      validFrom: { lte: on },
      OR: [{ validTo: null }, { validTo: { gt: on } }],
    },
    include: { leader: true },
    orderBy: { validFrom: 'desc' },
  });
  return a ? { leader: a.leader, basis: a.basis, validFrom: a.validFrom } : null;
}

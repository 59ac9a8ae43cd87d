import type { Db } from '@zhengling/db';
import { type Actor, AppError, auditedMutation } from '@zhengling/core';

/** Withdraw the district head's designation of a stand-in (it no longer applies). */
export const withdrawStandInDesignation = (db: Db, actor: Actor & { kind: 'user' }, id: string, now: Date) =>
  auditedMutation(db, actor, async (tx) => {
    const row = await tx.standInDesignation.findUnique({ where: { id } });
    if (!row) throw new AppError('NOT_FOUND');
    if (row.withdrawnAt) throw new AppError('CONFLICT', '（该指定已撤回）');
    const updated = await tx.standInDesignation.update({ where: { id }, data: { withdrawnAt: now } });
    return {
      result: updated,
      audit: {
        action: 'stand-in.withdraw',
        entityType: 'stand-in-designation',
        entityId: id,
        after: { withdrawnAt: now },
      },
    };
  });

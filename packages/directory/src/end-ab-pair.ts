import type { Db } from '@zhengling/db';
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import { isoDate } from './facts';

/** End an AB pair on a date (the arrangement was changed): from the next day it no longer applies. */
export const endAbPair = (db: Db, actor: Actor & { kind: 'user' }, input: { id: string; validTo: string }) =>
  auditedMutation(db, actor, async (tx) => {
    const pair = await tx.abPair.findUnique({ where: { id: input.id } });
    if (!pair) throw new AppError('NOT_FOUND');
    if (input.validTo < isoDate(pair.validFrom))
      throw new AppError('INVALID_INPUT', '（结束日期早于该AB角安排的开始日期）');
    if (pair.validTo && input.validTo > isoDate(pair.validTo))
      throw new AppError('INVALID_INPUT', '（只能提前结束，不能延长已定的期限）');
    const updated = await tx.abPair.update({
      where: { id: pair.id },
      data: { validTo: new Date(input.validTo) },
    });
    return {
      result: updated,
      audit: {
        action: 'ab-pair.end',
        entityType: 'ab-pair',
        entityId: pair.id,
        before: { validTo: pair.validTo ? isoDate(pair.validTo) : null },
        after: { validTo: input.validTo },
      },
    };
  });

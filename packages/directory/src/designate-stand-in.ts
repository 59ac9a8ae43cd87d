// SPB art.10(4): when the AB pair really cannot stand in for each other, the district head decides which other
// government leader does. The directory records the decision; rules-core's actingFor uses it.
import type { Db } from '@zhengling/db';
import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import { districtOf } from './facts';
import { MAX_LEAVE_DAYS } from './request-leave';

export interface NewDesignation {
  absentLeaderId: string;
  actorLeaderId: string;
  fromDate: string;
  toDate: string;
  /** the district head's decision as recorded */
  basis: string;
}

export async function designateStandIn(db: Db, actor: Actor & { kind: 'user' }, input: NewDesignation) {
  if ((await districtOf(db)) !== 'shapingba') {
    throw new AppError(
      'RULEBOOK_SILENT',
      '（开州区规则未规定由区长另行指定代管领导：六只规定副区长出差（出访）期间由其AB角对应的副区长代管）',
    );
  }
  if (input.absentLeaderId === input.actorLeaderId)
    throw new AppError('INVALID_INPUT', '（代为处理的须为另一位领导）');
  if (input.toDate < input.fromDate) throw new AppError('INVALID_INPUT', '（结束日期早于开始日期）');
  if (Date.parse(input.toDate) - Date.parse(input.fromDate) > MAX_LEAVE_DAYS * 86_400_000)
    throw new AppError('INVALID_INPUT', `（指定期限不超过${MAX_LEAVE_DAYS}天）`);
  if (!input.basis.trim()) throw new AppError('INVALID_INPUT', '（须写明区长决定的依据，第十条第（四）项）');
  return auditedMutation(db, actor, async (tx) => {
    const row = await tx.standInDesignation.create({
      data: {
        ...input,
        fromDate: new Date(input.fromDate),
        toDate: new Date(input.toDate),
        createdById: actor.userId,
      },
    });
    return {
      result: row,
      audit: {
        action: 'stand-in.designate',
        entityType: 'stand-in-designation',
        entityId: row.id,
        after: input,
      },
    };
  });
}

import type { Db } from '@zhengling/db';
import { type Actor, AppError, auditedMutation } from '@zhengling/server-kit';
import { districtOf } from './facts';

export interface NewAbPair {
  leaderAId: string;
  leaderBId: string;
  validFrom: string;
  validTo?: string;
  /** SPB art.10(2): the executive-meeting decision and the office document that set the pair */
  decisionRef?: string;
  documentRef?: string;
}

/** Record an AB pair. In Shapingba a pair needs its executive-meeting decision and office document (art.10(2)). */
export async function createAbPair(db: Db, actor: Actor, input: NewAbPair) {
  if (input.leaderAId === input.leaderBId) throw new AppError('INVALID_INPUT', '（AB角须为两位不同的领导）');
  if ((await districtOf(db)) === 'shapingba' && !(input.decisionRef?.trim() && input.documentRef?.trim())) {
    throw new AppError(
      'RULE_VIOLATION',
      '（沙坪坝区：AB角安排须经区政府常务会议讨论决定后由区政府办公室行文，须填写会议决定和文件依据，第十条第（二）项）',
    );
  }
  return auditedMutation(db, actor, async (tx) => {
    const pair = await tx.abPair.create({
      data: {
        ...input,
        validFrom: new Date(input.validFrom),
        validTo: input.validTo ? new Date(input.validTo) : null,
      },
    });
    return {
      result: pair,
      audit: { action: 'ab-pair.create', entityType: 'ab-pair', entityId: pair.id, after: pair },
    };
  });
}

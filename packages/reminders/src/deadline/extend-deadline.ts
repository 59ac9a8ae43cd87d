import type { Db } from '@zhengling/db';
import { type Actor, AppError } from '@zhengling/core';
import { adjustDeadline } from './adjust-deadline';

/** A lawful extension, with who approved it and why. */
export const extendDeadline = (
  db: Db,
  actor: Actor & { kind: 'user' },
  id: string,
  length: number,
  reason: string,
) => {
  if (!Number.isInteger(length) || length <= 0) throw new AppError('INVALID_INPUT', '（延长期限须为正整数）');
  return adjustDeadline(db, actor, id, { type: 'extension', length, reason });
};

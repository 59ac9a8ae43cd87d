import type { Db } from '@zhengling/db';
import type { Actor } from '@zhengling/core';
import { adjustDeadline } from './adjust-deadline';

/** The clock runs again from `effectiveOn`. */
export const resumeDeadline = (
  db: Db,
  actor: Actor & { kind: 'user' },
  id: string,
  effectiveOn: string,
  reason: string,
) => adjustDeadline(db, actor, id, { type: 'resume', effectiveOn, reason });

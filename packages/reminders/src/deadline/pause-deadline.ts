import type { Db } from '@zhengling/db';
import type { Actor } from '@zhengling/core';
import { adjustDeadline } from './adjust-deadline';

/** A lawful pause (e.g. consulting a third party): the clock stops from `effectiveOn` and nobody is nagged. */
export const pauseDeadline = (
  db: Db,
  actor: Actor & { kind: 'user' },
  id: string,
  effectiveOn: string,
  reason: string,
) => adjustDeadline(db, actor, id, { type: 'pause', effectiveOn, reason });

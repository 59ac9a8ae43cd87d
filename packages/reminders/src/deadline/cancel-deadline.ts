import type { Db } from '@zhengling/db';
import type { Actor } from '@zhengling/core';
import { closeDeadline } from './close-deadline';

/** The deadline no longer applies (the item was withdrawn). */
export const cancelDeadline = (db: Db, actor: Actor, id: string) => closeDeadline(db, actor, id, 'cancelled');

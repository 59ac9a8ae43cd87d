import type { Db } from '@zhengling/db';
import type { Actor } from '@zhengling/core';
import { closeDeadline } from './close-deadline';

/** The department met the deadline. */
export const markDeadlineMet = (db: Db, actor: Actor, id: string) => closeDeadline(db, actor, id, 'met');

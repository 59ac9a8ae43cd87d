// Writing an item's history: the step shown on its page, in the same transaction as the change and its audit entry.
import type { Tx } from '@zhengling/db';
import { type Actor, actorIdOf } from '@zhengling/core';

export async function recordStep(tx: Tx, actor: Actor, itemId: string, step: string, note = '') {
  await tx.itemEvent.create({
    data: { itemId, step, actorId: actor.kind === 'user' ? actor.userId : null, actorLabel: actorIdOf(actor), note },
  });
}

/** A snapshot of the item's text as a numbered version (kept readable after it changes). */
export async function snapshotVersion(
  tx: Tx,
  actor: Actor,
  item: { id: string; version: number; title: string; docNumber: string | null; body: unknown; bodyText: string },
  note: string,
) {
  await tx.itemVersion.create({
    data: {
      itemId: item.id,
      number: item.version,
      title: item.title,
      docNumber: item.docNumber,
      body: item.body as object,
      bodyText: item.bodyText,
      note,
      createdById: actorIdOf(actor),
    },
  });
}

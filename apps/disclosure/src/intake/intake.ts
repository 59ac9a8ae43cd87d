// What the supervision app sends (meeting decisions, answers to deputies' suggestions and CPPCC proposals, cleanup
// result lists with the validity they give, normative documents): a draft in the publishing workflow, sent once —
// the same (app, reference) sent again returns the draft already made, so a retried call never doubles an item.
import { type Actor, AppError } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import type { DistrictId } from '@zhengling/rules-core';
import { createItemInTx } from '../items/create-item';
import type { ItemFields } from '../items/item-input';

export const INTAKE_KINDS = ['meeting_decision', 'suggestion_answer', 'cleanup_result', 'normative_document', 'policy', 'other'] as const;

export async function receiveDraft(
  db: Db,
  actor: Actor,
  caller: string,
  district: DistrictId,
  input: { sourceRef: string; fields: ItemFields },
) {
  if (!(INTAKE_KINDS as readonly string[]).includes(input.fields.kind)) throw new AppError('INVALID_INPUT', '（不接收该类事项）');
  const existing = await db.disclosureItem.findUnique({ where: { source_sourceRef: { source: caller, sourceRef: input.sourceRef } } });
  if (existing) return { id: existing.id, state: existing.state, created: false };
  try {
    const item = await db.$transaction((tx) => createItemInTx(tx, actor, district, input.fields, { source: caller, sourceRef: input.sourceRef }));
    return { id: item.id, state: item.state, created: true };
  } catch (e) {
    // two identical calls at once: the second finds the first's draft
    const again = await db.disclosureItem.findUnique({ where: { source_sourceRef: { source: caller, sourceRef: input.sourceRef } } });
    if (again) return { id: again.id, state: again.state, created: false };
    throw e;
  }
}

/** What became of a draft the caller sent (its state, its 索引号 once published). */
export async function intakeStatus(db: Db, caller: string, sourceRef: string) {
  const item = await db.disclosureItem.findUnique({ where: { source_sourceRef: { source: caller, sourceRef } } });
  if (!item) throw new AppError('NOT_FOUND');
  return { id: item.id, state: item.state, indexNumber: item.indexNumber, publishedAt: item.publishedAt, validity: item.validity };
}

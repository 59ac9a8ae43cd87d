// Edit a draft (or an item returned to draft): optimistic locking against the version it was opened on; a changed
// text becomes a numbered version, so every text an item ever had stays readable and comparable. A change of the
// disclosure attribute changes the clocks with it: 主动公开 starts the proactive clock (and the interpretation duty),
// anything else cancels them.
import { AppError, recordAudit, type Actor } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { closeDeadlineInTx, createDeadlineInTx } from '@zhengling/reminders';
import type { DistrictId } from '@zhengling/rules-core';
import { type StaffUser, assertMayDraft } from './access';
import { checkItemFields, columnsOf, interpretationDeadlineOf, proactiveDeadlineOf } from './create-item';
import { interpretationRuleOf } from './interpretation-duty';
import type { ItemFields } from './item-input';
import { assertVersion } from './lock';
import { recordStep, snapshotVersion } from './record';

export async function updateItem(
  db: Db,
  actor: Actor & { kind: 'user' },
  user: StaffUser,
  district: DistrictId,
  input: { id: string; version: number; fields: ItemFields; note?: string },
) {
  return db.$transaction(async (tx) => {
    const item = await tx.disclosureItem.findUnique({ where: { id: input.id } });
    if (!item) throw new AppError('NOT_FOUND');
    assertMayDraft(user, item.draftingDepartmentId);
    await assertVersion(tx, item, input.version);
    if (item.state !== 'draft') throw new AppError('WRONG_STATE', '（只有草稿可以修改；已提交审查的事项须退回后再改）');
    if (item.kind === 'interpretation') throw new AppError('INVALID_INPUT', '（政策解读请在解读页面修改）');
    const f = input.fields;
    assertMayDraft(user, f.draftingDepartmentId);
    const { body, bodyText } = await checkItemFields(tx, f);
    const textChanged = bodyText !== item.bodyText || f.title !== item.title || (f.docNumber || null) !== item.docNumber;
    if (textChanged) await snapshotVersion(tx, actor, item, input.note?.trim() || '修改前的文本');
    const updated = await tx.disclosureItem.update({
      where: { id: item.id, version: item.version },
      data: {
        ...columnsOf(f, body, bodyText),
        needsInterpretation: f.needsInterpretation ?? item.needsInterpretation,
        version: { increment: 1 },
        updatedById: actor.userId,
      },
    });
    if (item.attribute === 'proactive' && updated.attribute !== 'proactive') {
      const open = await tx.deadline.findMany({
        where: { app: 'disclosure', entityType: 'item', entityId: item.id, status: { in: ['open', 'paused'] } },
      });
      for (const d of open) await closeDeadlineInTx(tx, actor, d.id, 'cancelled');
    } else if (item.attribute !== 'proactive' && updated.attribute === 'proactive') {
      const deadline = await createDeadlineInTx(tx, actor, proactiveDeadlineOf(updated, f.formedOn));
      await tx.disclosureItem.update({ where: { id: item.id }, data: { deadlineId: deadline.id } });
      if (updated.needsInterpretation)
        await createDeadlineInTx(tx, actor, interpretationDeadlineOf(updated, f.formedOn, await interpretationRuleOf(tx, district)));
    }
    await recordStep(tx, actor, item.id, 'edited', input.note?.trim() ?? '');
    await recordAudit(tx, actor, {
      action: 'disclosure.item.update',
      entityType: 'disclosure-item',
      entityId: item.id,
      before: { title: item.title, version: item.version, attribute: item.attribute, category: item.category },
      after: { title: updated.title, version: updated.version, attribute: updated.attribute, category: updated.category, textChanged },
    });
    return updated;
  });
}

// Publishing an item that was signed: its 索引号 from the configured scheme, its interpretation published with it
// (each links to the other), its clocks closed as met, and what it amends, replaces or repeals — or what a cleanup
// list declares — marked on the older items, whose text stays readable with that status. Inside the caller's
// transaction, with the audit.
import { type Actor, actorIdOf, recordAudit } from '@zhengling/core';
import type { DisclosureItem, Tx } from '@zhengling/db';
import { closeDeadlineInTx } from '@zhengling/reminders';
import { fillPattern, loadSettings, nextNumber } from '../settings/settings';
import { indexForSearch } from '../portal/search-index';
import { recordStep } from './record';

const RELATION_VALIDITY = { amends: 'amended', replaces: 'repealed', repeals: 'repealed' } as const;

/** A new 索引号 for this year, from the configured pattern. */
export async function assignIndexNumber(tx: Tx, now: Date): Promise<string> {
  const s = await loadSettings(tx);
  const year = Number(now.toISOString().slice(0, 4));
  const n = await nextNumber(tx, `index:${year}`);
  return fillPattern(s['index.pattern'], { year, org: s['index.organisationCode'], n });
}

async function closeClocks(tx: Tx, actor: Actor, itemId: string) {
  const open = await tx.deadline.findMany({
    where: { app: 'disclosure', entityType: 'item', entityId: itemId, status: { in: ['open', 'paused'] } },
  });
  for (const d of open) await closeDeadlineInTx(tx, actor, d.id, 'met');
}

export async function setValidityInTx(
  tx: Tx,
  actor: Actor,
  target: DisclosureItem,
  validity: DisclosureItem['validity'],
  because: string,
) {
  if (target.validity === validity) return;
  await tx.disclosureItem.update({
    where: { id: target.id },
    data: { validity, version: { increment: 1 }, updatedById: actorIdOf(actor) },
  });
  await recordStep(tx, actor, target.id, 'validity', `${because}`);
  await recordAudit(tx, actor, {
    action: 'disclosure.item.validity',
    entityType: 'disclosure-item',
    entityId: target.id,
    before: { validity: target.validity },
    after: { validity, because },
  });
}

export async function publishInTx(tx: Tx, actor: Actor, item: DisclosureItem, now: Date) {
  const published = await tx.disclosureItem.update({
    where: { id: item.id },
    data: {
      state: 'published',
      publishedAt: now,
      indexNumber: item.indexNumber ?? (await assignIndexNumber(tx, now)),
      version: { increment: 1 },
      updatedById: actorIdOf(actor),
    },
  });
  await closeClocks(tx, actor, item.id);
  if (published.attribute === 'proactive') await indexForSearch(tx, published);
  const interpretation = await tx.disclosureItem.findUnique({ where: { interpretsId: item.id } });
  if (interpretation && interpretation.state !== 'published') {
    const shown = await tx.disclosureItem.update({
      where: { id: interpretation.id },
      data: {
        // an interpretation is as public as the policy it explains
        attribute: item.attribute,
        attributeReason: item.attributeReason,
        state: 'published',
        publishedAt: now,
        indexNumber: interpretation.indexNumber ?? (await assignIndexNumber(tx, now)),
        version: { increment: 1 },
        updatedById: actorIdOf(actor),
      },
    });
    if (shown.attribute === 'proactive') await indexForSearch(tx, shown);
    await recordStep(tx, actor, interpretation.id, 'published', `与《${item.title}》同步发布`);
  }
  // the older items' history is public: it names a successor only if that one is public too
  const label = item.attribute !== 'proactive' ? '（不主动公开的文件）' : item.docNumber ? `${item.title}（${item.docNumber}）` : item.title;
  for (const rel of await tx.itemRelation.findMany({ where: { fromId: item.id }, include: { to: true } }))
    await setValidityInTx(tx, actor, rel.to, RELATION_VALIDITY[rel.kind], `${{ amends: '被修改', replaces: '被替代', repeals: '被废止' }[rel.kind]}：${label}`);
  const changes = (item.validityChanges ?? []) as { itemId?: string; docNumber?: string; validity: DisclosureItem['validity'] }[];
  for (const c of changes) {
    const target = c.itemId
      ? await tx.disclosureItem.findUnique({ where: { id: c.itemId } })
      : await tx.disclosureItem.findFirst({
          // the document itself (never its interpretation, nor the list naming it), as last published
          where: { docNumber: c.docNumber, state: 'published', kind: { in: ['normative_document', 'policy'] }, NOT: { id: item.id } },
          orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        });
    if (target) await setValidityInTx(tx, actor, target, c.validity, `依清理结果：${label}`);
    else if (c.docNumber) await recordStep(tx, actor, item.id, 'validity-unmatched', `未找到已发布的文号为「${c.docNumber}」的文件，其有效性未标注`);
  }
  await recordStep(tx, actor, item.id, 'published', `索引号 ${published.indexNumber}`);
  await recordAudit(tx, actor, {
    action: 'disclosure.item.publish',
    entityType: 'disclosure-item',
    entityId: item.id,
    before: { state: item.state },
    after: { state: 'published', indexNumber: published.indexNumber, interpretationId: interpretation?.id ?? null },
  });
  return published;
}

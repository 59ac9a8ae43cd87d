// A published normative document sent to the disclosure app: a draft there in its publishing workflow (its drafting
// unit interprets it — 谁起草、谁解读 — the disclosure office reviews it for secrets, whoever the rulebook names signs),
// with the full text the registry does not keep, given when it is sent. Sent once; again answers the same draft.
import { type Actor, actorIdOf, AppError, recordAudit } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { type DisclosureClient, submitToDisclosure } from '../disclosure/disclosure-client';
import type { RegistryUser } from './registry';

/** Published, filed, in force or after: a document with its number, out in the world. */
const OUT_IN_THE_WORLD = new Set(['published', 'filed', 'in-force', 'evaluation', 'cleanup', 'kept', 'correction-ordered', 'revoked']);

export async function sendDocumentToDisclosure(
  db: Db,
  actor: Actor,
  user: RegistryUser,
  client: DisclosureClient,
  input: { id: string; text: string; category: string },
) {
  const doc = await db.normativeDocument.findUnique({ where: { id: input.id } });
  if (!doc) throw new AppError('NOT_FOUND');
  const office = user.roles.includes('supervision_office') || user.roles.includes('administrator');
  if (!office && user.departmentId !== doc.draftingDepartmentId) throw new AppError('FORBIDDEN', '（由起草单位或督查办报送公开）');
  if (!OUT_IN_THE_WORLD.has(doc.state) || !doc.docNumber || !doc.publishedOn) throw new AppError('WRONG_STATE', '（文件公布后方可报送公开）');
  const publishedOn = doc.publishedOn.toISOString().slice(0, 10);
  const answer = await submitToDisclosure(client, {
    sourceRef: `normative:${doc.id}`,
    fields: {
      kind: 'normative_document',
      title: doc.title,
      docNumber: doc.docNumber,
      issuer: doc.issuingBody,
      draftingDepartmentId: doc.draftingDepartmentId,
      writtenOn: publishedOn,
      formedOn: publishedOn,
      category: input.category,
      attribute: 'proactive',
      legalBasis: `${doc.issuingBody}${doc.docNumber}`,
      summary: doc.summary.slice(0, 500),
      bodyText: input.text,
      signoffKind: doc.subtype === 'government-normative-document' ? 'government-normative-document' : 'department',
      needsInterpretation: true,
    },
  });
  await db.$transaction(async (tx) => {
    if (!doc.sentToDisclosureAt)
      await tx.normativeDocument.update({ where: { id: doc.id }, data: { sentToDisclosureAt: new Date(), version: { increment: 1 }, updatedById: actorIdOf(actor) } });
    await recordAudit(tx, actor, {
      action: 'normative.send-to-disclosure',
      entityType: 'normative_document',
      entityId: doc.id,
      after: { disclosureItemId: answer.id, created: answer.created },
    });
  });
  return answer;
}

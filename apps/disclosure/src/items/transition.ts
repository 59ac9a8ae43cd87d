// The publishing workflow's steps after drafting: submit for the confidentiality review (保密审查), the review's
// decision (pass to sign-off / withhold with its legal reason / return to the drafter), and the sign-off by whoever
// rules-core names, which publishes. Each step checks the state and the version it was taken on, is kept in the
// item's history and audited, in one transaction.
import { type Actor, AppError, recordAudit } from '@zhengling/core';
import type { Db, DisclosureItem, Prisma, Tx } from '@zhengling/db';
import { closeDeadlineInTx } from '@zhengling/reminders';
import type { DistrictId } from '@zhengling/rules-core';
import { reasonById } from '../regulation/regulation';
import { assertMayDraft, assertOffice, type StaffUser } from './access';
import { interpretationRuleOf } from './interpretation-duty';
import { assertVersion } from './lock';
import { publishInTx, setValidityInTx } from './publish';
import { recordStep } from './record';
import { checkSigner } from './signing';

type UserActor = Actor & { kind: 'user' };

async function openItem(tx: Tx, id: string, version: number, state: DisclosureItem['state'][]) {
  const item = await tx.disclosureItem.findUnique({ where: { id } });
  if (!item) throw new AppError('NOT_FOUND');
  await assertVersion(tx, item, version);
  if (!state.includes(item.state)) throw new AppError('WRONG_STATE');
  return item;
}

async function move(tx: Tx, actor: UserActor, item: DisclosureItem, data: Prisma.DisclosureItemUpdateInput, step: string, note: string) {
  const updated = await tx.disclosureItem.update({
    where: { id: item.id, version: item.version },
    data: { ...data, version: { increment: 1 }, updatedById: actor.userId },
  });
  await recordStep(tx, actor, item.id, step, note);
  await recordAudit(tx, actor, {
    action: `disclosure.item.${step}`,
    entityType: 'disclosure-item',
    entityId: item.id,
    before: { state: item.state },
    after: { state: updated.state, note },
  });
  return updated;
}

/**
 * The drafting unit submits for review. A policy that needs an interpretation is refused until its drafting unit's
 * interpretation exists or an exemption was approved (谁起草、谁解读).
 */
export async function submitItem(db: Db, actor: UserActor, user: StaffUser, district: DistrictId, input: { id: string; version: number }) {
  return db.$transaction(async (tx) => {
    const item = await openItem(tx, input.id, input.version, ['draft']);
    assertMayDraft(user, item.draftingDepartmentId);
    if (item.kind === 'interpretation') throw new AppError('INVALID_INPUT', '（政策解读随所解读的文件一同审查、发布）');
    if (item.needsInterpretation && item.exemptionState !== 'approved') {
      const interpretation = await tx.disclosureItem.findUnique({ where: { interpretsId: item.id } });
      if (!interpretation) {
        const rule = await interpretationRuleOf(tx, district);
        throw new AppError(
          'RULE_VIOLATION',
          `（该政策文件须由起草单位同步起草政策解读，或经政务公开办公室审核同意免于解读后，方可提交审查。依据：${rule.basis}）`,
          { basis: rule.basis },
        );
      }
    }
    return move(tx, actor, item, { state: 'in_review' }, 'submitted', '');
  });
}

export type ReviewDecision =
  | { decision: 'pass'; note?: string }
  | { decision: 'withhold'; reason: string; note?: string }
  | { decision: 'return'; note: string };

/** 保密审查 by the disclosure office: pass to sign-off, withhold with a legal reason, or return to the drafter. */
export async function reviewItem(db: Db, actor: UserActor, user: StaffUser & { displayName: string }, input: { id: string; version: number } & ReviewDecision) {
  assertOffice(user, '保密审查');
  return db.$transaction(async (tx) => {
    const item = await openItem(tx, input.id, input.version, ['in_review']);
    const record = (extra: object) =>
      ({ by: user.id, name: user.displayName, at: new Date().toISOString(), decision: input.decision, note: input.note ?? '', ...extra }) as Prisma.InputJsonValue;
    if (input.decision === 'pass')
      return move(tx, actor, item, { state: 'awaiting_signoff', review: record({}) }, 'reviewed', input.note ?? '保密审查通过');
    if (input.decision === 'return') {
      if (!input.note.trim()) throw new AppError('INVALID_INPUT', '（退回须说明理由）');
      return move(tx, actor, item, { state: 'draft', review: record({}) }, 'returned', input.note);
    }
    const reason = reasonById(input.reason);
    if (!reason) throw new AppError('INVALID_INPUT', '（不公开须从法定理由中选择一项）');
    const updated = await move(
      tx,
      actor,
      item,
      {
        state: 'withheld',
        attribute: reason.attribute === 'on-application' ? 'on_application' : 'withheld',
        attributeReason: reason.id,
        review: record({ reason: reason.id, article: reason.article }),
      },
      'withheld',
      `${reason.label}（《政府信息公开条例》${reason.article}）${input.note ? `；${input.note}` : ''}`,
    );
    const open = await tx.deadline.findMany({
      where: { app: 'disclosure', entityType: 'item', entityId: item.id, status: { in: ['open', 'paused'] } },
    });
    for (const d of open) await closeDeadlineInTx(tx, actor, d.id, 'cancelled');
    return updated;
  });
}

/** Sign-off by whoever rules-core says signs this kind of document here; a proactive item is published with it. */
export async function signItem(
  db: Db,
  actor: UserActor,
  user: StaffUser & { displayName: string },
  district: DistrictId,
  input: { id: string; version: number; attested: { index: number; reference: string }[]; note?: string },
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const item = await openItem(tx, input.id, input.version, ['awaiting_signoff']);
    const signoff = await checkSigner(tx, district, user, item, input.attested, now);
    const signed = await move(
      tx,
      actor,
      item,
      { signoff: signoff as unknown as Prisma.InputJsonValue },
      'signed',
      `${signoff.authority} ${signoff.signerName} 签发${input.note ? `：${input.note}` : ''}`,
    );
    return publishInTx(tx, actor, signed, now);
  });
}

/** The office marks a published item 失效 / 废止 / 已修改 (or 有效 again) by hand, with the reason; its text stays. */
export async function changeValidity(
  db: Db,
  actor: UserActor,
  user: StaffUser,
  input: { id: string; version: number; validity: DisclosureItem['validity']; note: string },
) {
  assertOffice(user, '有效性变更');
  if (!input.note.trim()) throw new AppError('INVALID_INPUT', '（须说明依据）');
  return db.$transaction(async (tx) => {
    const item = await openItem(tx, input.id, input.version, ['published']);
    await setValidityInTx(tx, actor, item, input.validity, input.note.trim());
    return tx.disclosureItem.findUniqueOrThrow({ where: { id: item.id } });
  });
}

// 谁起草、谁解读: the drafting unit writes the interpretation of its policy — as text, as questions and answers, or as
// an image with its alt text — while the policy is still a draft; it is reviewed, signed and published with the
// policy, and each links to the other. Any other unit is refused with the reason and the citation (KZ 二十八 through
// rules-core; the office's setting where the rulebook is silent).
import { type Actor, AppError, chinaDate, recordAudit } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import type { DistrictId } from '@zhengling/rules-core';
import { assertVisible, type StaffUser } from '../items/access';
import { type Body, bodyFromText, textOf } from '../items/body';
import { assertInterpreter } from '../items/interpretation-duty';
import { assertVersion } from '../items/lock';
import { recordStep, snapshotVersion } from '../items/record';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type InterpretationContent =
  | { form: 'text'; bodyText: string }
  | { form: 'qa'; pairs: { q: string; a: string }[] }
  | { form: 'image'; image: Buffer; imageAlt: string };

/** The image's type from its first bytes: PNG or JPEG only (what a portal shows everywhere). */
export function imageTypeOf(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

function contentColumns(c: InterpretationContent, kept?: { image: Uint8Array | null; imageType: string | null }) {
  if (c.form === 'text') {
    const body = bodyFromText(c.bodyText);
    if (!body.length) throw new AppError('INVALID_INPUT', '（解读内容不能为空）');
    return { form: 'text' as const, body, image: null, imageType: null, imageAlt: null };
  }
  if (c.form === 'qa') {
    const pairs = c.pairs.map((p) => ({ q: p.q.trim(), a: p.a.trim() })).filter((p) => p.q && p.a);
    if (!pairs.length) throw new AppError('INVALID_INPUT', '（问答式解读至少须有一组完整的问与答）');
    const body: Body = pairs.flatMap((p) => [
      { type: 'heading' as const, level: 3, text: `问：${p.q}` },
      { type: 'paragraph' as const, text: `答：${p.a}` },
    ]);
    return { form: 'qa' as const, body, image: null, imageType: null, imageAlt: null };
  }
  // an edit of the alt text alone keeps the image already there
  const image = c.image.length === 0 && kept?.image ? Buffer.from(kept.image) : c.image;
  if (image.length === 0) throw new AppError('INVALID_INPUT', '（请选择图片）');
  if (image.length > MAX_IMAGE_BYTES) throw new AppError('FILE_REJECTED', '（图片须小于 5 MB）');
  const imageType = imageTypeOf(image);
  if (!imageType) throw new AppError('FILE_REJECTED', '（图解只接受 PNG 或 JPEG 图片）');
  const alt = c.imageAlt.trim();
  if (alt.length < 10)
    throw new AppError('INVALID_INPUT', '（图解须附文字说明（替代文本），写明图中要点，便于读屏软件和检索，至少10个字）');
  return { form: 'image' as const, body: [{ type: 'paragraph' as const, text: alt }] as Body, image: new Uint8Array(image), imageType, imageAlt: alt };
}

export async function writeInterpretation(
  db: Db,
  actor: Actor & { kind: 'user' },
  user: StaffUser,
  district: DistrictId,
  input: { policyId: string; version?: number; title?: string; content: InterpretationContent },
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const policy = await tx.disclosureItem.findUnique({ where: { id: input.policyId }, include: { interpretation: true } });
    if (!policy || policy.kind === 'interpretation') throw new AppError('NOT_FOUND');
    const [drafting, proposed] = await Promise.all([
      tx.department.findUniqueOrThrow({ where: { id: policy.draftingDepartmentId }, select: { id: true, name: true } }),
      tx.department.findUniqueOrThrow({ where: { id: user.departmentId }, select: { id: true, name: true } }),
    ]);
    assertVisible(user, policy);
    assertInterpreter(district, drafting, proposed);
    if (!user.roles.includes('department_staff') && !user.roles.includes('department_head'))
      throw new AppError('FORBIDDEN', '（政策解读由起草单位的工作人员起草）');
    if (policy.state !== 'draft') throw new AppError('WRONG_STATE', '（文件已提交审查，解读随文件一同审查，须退回后再改）');
    const cols = contentColumns(input.content, policy.interpretation ?? undefined);
    const bodyText = textOf(cols.body);
    const title = input.title?.trim() || `《${policy.title}》政策解读`.slice(0, 200);
    const existing = policy.interpretation;
    if (existing) {
      if (input.version === undefined) throw new AppError('CONFLICT', '（该文件已有解读，请打开后修改）');
      await assertVersion(tx, existing, input.version, '该解读');
      await snapshotVersion(tx, actor, existing, '修改前的解读');
      const updated = await tx.disclosureItem.update({
        where: { id: existing.id, version: existing.version },
        data: { ...cols, body: cols.body as Prisma.InputJsonValue, bodyText, title, version: { increment: 1 }, updatedById: actor.userId },
      });
      await recordStep(tx, actor, existing.id, 'edited', '');
      await recordAudit(tx, actor, {
        action: 'disclosure.interpretation.update',
        entityType: 'disclosure-item',
        entityId: existing.id,
        before: { form: existing.form, version: existing.version },
        after: { form: updated.form, version: updated.version },
      });
      return withoutImage(updated);
    }
    const created = await tx.disclosureItem.create({
      data: {
        ...cols,
        body: cols.body as Prisma.InputJsonValue,
        bodyText,
        kind: 'interpretation',
        title,
        issuer: drafting.name,
        draftingDepartmentId: drafting.id,
        writtenOn: new Date(chinaDate(now)),
        formedOn: new Date(chinaDate(now)),
        category: policy.category,
        attribute: 'proactive',
        legalBasis: policy.legalBasis,
        summary: `对《${policy.title}》的解读`.slice(0, 500),
        signoffKind: policy.signoffKind,
        interpretsId: policy.id,
        createdById: actor.userId,
        updatedById: actor.userId,
      },
    });
    await recordStep(tx, actor, created.id, 'created', `解读《${policy.title}》`);
    await recordStep(tx, actor, policy.id, 'interpretation', `${drafting.name}起草了政策解读（${{ text: '文字', qa: '问答', image: '图解' }[cols.form]}）`);
    await recordAudit(tx, actor, {
      action: 'disclosure.interpretation.create',
      entityType: 'disclosure-item',
      entityId: created.id,
      after: { policyId: policy.id, form: cols.form, title },
    });
    return withoutImage(created);
  });
}

/** What the caller gets back: the item without its image's bytes (served by /files/items/<id>/image). */
const withoutImage = ({ image, ...rest }: { image: Uint8Array | null } & Record<string, unknown>) => ({ ...rest, hasImage: image !== null });

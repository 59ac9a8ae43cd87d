// After `pnpm start` has had the supervision demo send its documents and cleanup result lists over the intake API:
// the disclosure demo takes exactly those drafts (named by their source references) through this app's workflow, by
// the demo accounts whose work each step is — the drafting unit interprets its document (谁起草、谁解读) and submits,
// the disclosure office reviews for secrets, whoever the rulebook names signs — documents first, then the lists, whose
// publication marks the documents they repeal 废止 on the portal.
import { chinaDate } from '@zhengling/core';
import type { Db, DisclosureItem } from '@zhengling/db';
import { type AuthorityId, type DistrictId, type DocumentKindId, signoff } from '@zhengling/rules-core';
import { writeInterpretation } from '../interpretations/write-interpretation';
import { actorOfUser, type StaffUser } from '../items/access';
import { authoritiesOf, signoffPlan } from '../items/signing';
import { reviewItem, signItem, submitItem } from '../items/transition';

type Who = StaffUser & { displayName: string };

export async function publishReceivedDemo(db: Db, opts: { district: DistrictId; source: string; sourceRefs: string[]; now: Date }) {
  const who = async (where: object): Promise<Who | null> => {
    const u = await db.user.findFirst({ where: { ...where, disabledAt: null }, orderBy: { username: 'asc' } });
    return u && { id: u.id, username: u.username, displayName: u.displayName, departmentId: u.departmentId, roles: u.roles };
  };
  const editor = (await who({ roles: { has: 'disclosure_editor' } }))!;
  const version = async (id: string) => (await db.disclosureItem.findUniqueOrThrow({ where: { id } })).version;
  const drafts = await db.disclosureItem.findMany({ where: { source: opts.source, sourceRef: { in: opts.sourceRefs }, state: 'draft' } });
  // the documents before the lists that change their validity
  drafts.sort((a, b) => Number(a.kind === 'cleanup_result') - Number(b.kind === 'cleanup_result'));
  const published: string[] = [];
  for (const item of drafts) {
    const drafter = (await who({ departmentId: item.draftingDepartmentId, roles: { has: 'department_staff' } })) ?? (await who({ roles: { has: 'disclosure_editor' } }))!;
    if (item.needsInterpretation)
      await writeInterpretation(
        db,
        actorOfUser(drafter),
        drafter,
        opts.district,
        {
          policyId: item.id,
          content: {
            form: 'qa',
            pairs: [
              { q: `为什么制定《${item.title}》？`, a: `为规范相关管理工作，根据有关法律、法规和规章的规定，结合本区实际制定。文号：${item.docNumber ?? ''}。` },
              { q: '适用于哪些对象？', a: '本区行政区域内的相关管理活动；区有关部门按职责分工负责，镇乡人民政府、街道办事处予以配合。' },
            ],
          },
        },
        opts.now,
      );
    await submitItem(db, actorOfUser(drafter), drafter, opts.district, { id: item.id, version: await version(item.id) });
    await reviewItem(db, actorOfUser(editor), editor, { id: item.id, version: await version(item.id), decision: 'pass', note: '经审查，不涉及国家秘密、工作秘密、商业秘密和个人隐私' });
    const signer = await signerOf(db, item, opts.now);
    const attested = signoffPlan(opts.district, item.signoffKind).priorSteps.map((p, index) => ({ index, reference: `（演示）${p.label}记录` }));
    await signItem(db, actorOfUser(signer), signer, opts.district, { id: item.id, version: await version(item.id), attested }, opts.now);
    published.push(item.sourceRef!);
  }
  return published;

  /** The demo account holding an authority the rulebook names for this item's sign-off. */
  async function signerOf(tx: Db, item: DisclosureItem, now: Date): Promise<Who> {
    if (item.signoffKind === 'department') return (await who({ departmentId: item.draftingDepartmentId, roles: { has: 'department_head' } }))!;
    const wanted = new Set<AuthorityId>(signoff({ district: opts.district, kind: item.signoffKind as DocumentKindId }).signers);
    for (const u of await tx.user.findMany({ where: { roles: { has: 'district_leader' }, disabledAt: null }, orderBy: { username: 'asc' } })) {
      const leader: Who = { id: u.id, username: u.username, displayName: u.displayName, departmentId: u.departmentId, roles: u.roles };
      const held = await authoritiesOf(tx, leader, item, now);
      if (Array.isArray(held) && held.some((a) => wanted.has(a))) return leader;
    }
    throw new Error(`no demo account may sign ${item.signoffKind} (${chinaDate(now)})`);
  }
}

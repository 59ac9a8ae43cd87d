// Register an item as a draft: its metadata checked, its body stored as blocks, and — for 主动公开 — the proactive
// clock started (20 working days from when the information was formed, 条例第二十六条) and, for a policy that must
// be interpreted, the drafting unit's interpretation duty on the reminder engine. One transaction with the audit.
import { type Actor, actorIdOf, AppError, recordAudit } from '@zhengling/core';
import type { DisclosureItem, Prisma, Tx } from '@zhengling/db';
import { createDeadlineInTx, type NewDeadline } from '@zhengling/reminders';
import type { DistrictId } from '@zhengling/rules-core';
import { type InterpretationRule, interpretationRuleOf } from './interpretation-duty';
import { CLOCKS } from '../regulation/regulation';
import { loadSettings } from '../settings/settings';
import { type Body, bodyFromText, textOf } from './body';
import { attributeProblem, type ItemFields } from './item-input';
import { recordStep } from './record';

export function proactiveDeadlineOf(item: Pick<DisclosureItem, 'id' | 'title' | 'draftingDepartmentId'>, formedOn: string): NewDeadline {
  return {
    kind: 'disclosure.proactive',
    app: 'disclosure',
    entityType: 'item',
    entityId: item.id,
    title: `主动公开：${item.title}`.slice(0, 200),
    departmentId: item.draftingDepartmentId,
    startEvent: '信息形成或者变更之日',
    startDate: formedOn,
    length: CLOCKS.proactive.length,
    unit: CLOCKS.proactive.unit,
    ruleSource: CLOCKS.proactive.source,
  };
}

/** The drafting unit's duty to interpret, on the same clock as the policy (published together). */
export function interpretationDeadlineOf(
  item: Pick<DisclosureItem, 'id' | 'title' | 'draftingDepartmentId'>,
  formedOn: string,
  rule: InterpretationRule,
): NewDeadline {
  return {
    kind: 'disclosure.interpretation',
    app: 'disclosure',
    entityType: 'item',
    entityId: item.id,
    title: `政策解读：${item.title}`.slice(0, 200),
    departmentId: item.draftingDepartmentId,
    startEvent: '信息形成或者变更之日',
    startDate: formedOn,
    length: CLOCKS.proactive.length,
    unit: CLOCKS.proactive.unit,
    ruleSource: `${rule.basis}；与政策文件同步发布，时限随主动公开时限（${CLOCKS.proactive.source}）`.slice(0, 1000),
  };
}

/** The columns an item's fields fill (creating a draft and editing it write the same ones). */
export const columnsOf = (f: ItemFields, body: Body, bodyText: string) => ({
  kind: f.kind,
  title: f.title,
  docNumber: f.docNumber || null,
  issuer: f.issuer,
  draftingDepartmentId: f.draftingDepartmentId,
  writtenOn: f.writtenOn ? new Date(f.writtenOn) : null,
  formedOn: new Date(f.formedOn),
  category: f.category,
  attribute: f.attribute,
  attributeReason: f.attributeReason ?? null,
  legalBasis: f.legalBasis,
  summary: f.summary,
  body: body as Prisma.InputJsonValue,
  bodyText,
  signoffKind: f.signoffKind,
  validityChanges: (f.validityChanges ?? undefined) as Prisma.InputJsonValue | undefined,
});

export async function checkItemFields(tx: Tx, input: ItemFields) {
  const problem = attributeProblem(input.attribute, input.attributeReason);
  if (problem) throw new AppError('INVALID_INPUT', `（${problem}）`);
  const settings = await loadSettings(tx);
  if (!settings.categories.includes(input.category))
    throw new AppError('INVALID_INPUT', `（主题分类“${input.category.slice(0, 20)}”不在配置的分类中）`);
  const dept = await tx.department.findUnique({ where: { id: input.draftingDepartmentId } });
  if (!dept?.active) throw new AppError('INVALID_INPUT', '（起草单位不存在）');
  if (input.writtenOn && input.writtenOn > input.formedOn)
    throw new AppError('INVALID_INPUT', '（信息形成日期不能早于成文日期）');
  if (!input.body && input.bodyText === undefined) throw new AppError('INVALID_INPUT', '（须填写正文）');
  const body: Body = input.body ?? bodyFromText(input.bodyText ?? '');
  if (body.length === 0) throw new AppError('INVALID_INPUT', '（正文不能为空）');
  for (const ref of [input.relation?.itemId, ...(input.validityChanges ?? []).map((c) => c.itemId)].filter(Boolean)) {
    const other = await tx.disclosureItem.findUnique({ where: { id: ref! } });
    if (!other || other.state !== 'published')
      throw new AppError('INVALID_INPUT', '（所修改、废止或清理的文件须是已发布的文件）');
  }
  return { body, bodyText: textOf(body) };
}

export async function createItemInTx(
  tx: Tx,
  actor: Actor,
  district: DistrictId,
  input: ItemFields,
  source: { source: string; sourceRef?: string } = { source: 'staff' },
): Promise<DisclosureItem> {
  const { body, bodyText } = await checkItemFields(tx, input);
  const rule = await interpretationRuleOf(tx, district);
  const needsInterpretation =
    input.needsInterpretation ?? (rule.required && (input.kind === 'policy' || input.kind === 'normative_document'));
  const by = actorIdOf(actor);
  let item = await tx.disclosureItem.create({
    data: {
      ...columnsOf(input, body, bodyText),
      needsInterpretation,
      source: source.source,
      sourceRef: source.sourceRef ?? null,
      createdById: by,
      updatedById: by,
    },
  });
  if (input.relation)
    await tx.itemRelation.create({ data: { fromId: item.id, toId: input.relation.itemId, kind: input.relation.kind } });
  if (input.attribute === 'proactive') {
    const deadline = await createDeadlineInTx(tx, actor, proactiveDeadlineOf(item, input.formedOn));
    item = await tx.disclosureItem.update({ where: { id: item.id }, data: { deadlineId: deadline.id } });
    if (needsInterpretation) await createDeadlineInTx(tx, actor, interpretationDeadlineOf(item, input.formedOn, rule));
  }
  await recordStep(tx, actor, item.id, 'created', source.source === 'staff' ? '' : `来自${source.source}（${source.sourceRef ?? ''}）`);
  await recordAudit(tx, actor, {
    action: 'disclosure.item.create',
    entityType: 'disclosure-item',
    entityId: item.id,
    after: { ...input, body: undefined, bodyText: undefined, needsInterpretation, source },
  });
  return item;
}

// What a new or edited item carries, validated once (staff pages and the intake API use the same shape).
import { DOCUMENT_KINDS } from '@zhengling/rules-core';
import { z } from 'zod';
import { WITHHOLDING_REASONS } from '../regulation/regulation';
import { Body } from './body';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const Line = (max: number) => z.string().trim().min(1).max(max);

export const ITEM_KINDS = ['policy', 'normative_document', 'meeting_decision', 'suggestion_answer', 'cleanup_result', 'other'] as const;
export const SIGNOFF_KINDS = [...DOCUMENT_KINDS, 'department'] as const;

export const ItemFields = z.object({
  kind: z.enum(ITEM_KINDS),
  title: Line(200),
  docNumber: z.string().trim().max(60).optional(),
  issuer: Line(100),
  draftingDepartmentId: z.string().min(1).max(40),
  writtenOn: IsoDate.optional(),
  formedOn: IsoDate,
  category: Line(40),
  attribute: z.enum(['proactive', 'on_application', 'withheld']).default('proactive'),
  attributeReason: z.string().max(40).optional(),
  legalBasis: Line(2000),
  summary: z.string().trim().max(500).default(''),
  /** the body as blocks, or as plain text turned into blocks */
  body: Body.optional(),
  bodyText: z.string().max(200_000).optional(),
  signoffKind: z.enum(SIGNOFF_KINDS),
  /** a policy to be interpreted by its drafting unit before publication (default: policies and normative documents) */
  needsInterpretation: z.boolean().optional(),
  /** the older item this one amends, replaces or repeals (applied when this one is published) */
  relation: z.object({ itemId: z.string().min(1).max(40), kind: z.enum(['amends', 'replaces', 'repeals']) }).optional(),
  /** a cleanup result list: the validity it gives to other items when published — each named by its id here, or by
   * its 文号 (a caller that keeps its own register knows the number, not our id: resolved when the list is published) */
  validityChanges: z
    .array(
      z
        .object({
          itemId: z.string().min(1).max(40).optional(),
          docNumber: z.string().trim().min(1).max(60).optional(),
          validity: z.enum(['expired', 'repealed', 'amended', 'in_force']),
        })
        .refine((c) => (c.itemId === undefined) !== (c.docNumber === undefined), '每一项须且只须指明文件（itemId）或文号（docNumber）之一'),
    )
    .max(500)
    .optional(),
});
export type ItemFields = z.infer<typeof ItemFields>;

/** A reason must come from the fixed list and fit the attribute; 主动公开 takes none. */
export function attributeProblem(attribute: string, reason: string | undefined): string | null {
  if (attribute === 'proactive') return reason ? '主动公开的事项不需要不公开理由' : null;
  const r = WITHHOLDING_REASONS.find((x) => x.id === reason);
  const wanted = attribute === 'on_application' ? 'on-application' : 'withheld';
  if (!r) return '非主动公开须从法定理由中选择一项（条例第十四条至第十六条、第十九条）';
  if (r.attribute !== wanted) return `理由“${r.label}”不适用于${attribute === 'on_application' ? '依申请公开' : '不予公开'}`;
  return null;
}

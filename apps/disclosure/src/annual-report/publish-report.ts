// Publishing the annual report: only a report whose figures add up; its figures are frozen as they were counted and
// the document enters the publishing workflow as a draft (review, sign-off, published on the portal).
import { type Actor, AppError, chinaDate, recordAudit } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import type { DistrictId, DocumentKindId } from '@zhengling/rules-core';
import { assertOffice, type StaffUser } from '../items/access';
import { createItemInTx } from '../items/create-item';
import { REGULATION } from '../regulation/regulation';
import { districtGovernment } from '../settings/settings';
import { buildAnnualReport } from './build-report';
import { reportDocument, reportTitle } from './report-document';

export async function publishAnnualReport(
  db: Db,
  actor: Actor & { kind: 'user' },
  user: StaffUser,
  district: DistrictId,
  input: { year: number; version: number; signoffKind: DocumentKindId | 'department' },
  now: Date,
) {
  assertOffice(user, '年度报告');
  const issuer = districtGovernment(district);
  const { report, problems, version } = await buildAnnualReport(db, input.year, issuer);
  if (version === 0) throw new AppError('WRONG_STATE', '（请先填写并保存年度报告）');
  if (version !== input.version) throw new AppError('CONFLICT', '（年度报告已被修改，请刷新后再发布）');
  if (problems.length)
    throw new AppError('RULE_VIOLATION', `（年度报告的数据不能相互印证：${problems.map((p) => p.message).join('；')}）`, { problems });
  return db.$transaction(async (tx) => {
    const saved = await tx.annualReport.update({
      where: { year: input.year, version: input.version },
      data: { published: report as unknown as Prisma.InputJsonValue, publishedAt: now, version: { increment: 1 }, updatedById: actor.userId },
    });
    const today = chinaDate(now);
    const item = await createItemInTx(
      tx,
      actor,
      district,
      {
        kind: 'other',
        title: reportTitle(issuer, input.year),
        issuer,
        draftingDepartmentId: user.departmentId,
        writtenOn: today,
        formedOn: today,
        category: '政务公开',
        attribute: 'proactive',
        legalBasis: `${REGULATION}第四十九条、第五十条`,
        summary: `${input.year}年度政府信息公开工作情况`,
        body: reportDocument(report),
        signoffKind: input.signoffKind,
        needsInterpretation: false,
      },
      { source: 'annual-report', sourceRef: String(input.year) },
    );
    await recordAudit(tx, actor, {
      action: 'disclosure.annual-report.publish',
      entityType: 'annual-report',
      entityId: String(input.year),
      after: { itemId: item.id, version: saved.version },
    });
    return item;
  });
}

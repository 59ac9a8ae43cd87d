import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import type { Db } from '@zhengling/db';

/** Register the year's 政府工作报告 (adopted by the district people's congress) whose tasks are then broken out. */
export async function createWorkReport(
  db: Db,
  actor: Actor,
  input: { year: number; title: string; adoptedOn: string },
) {
  return auditedMutation(db, actor, async (tx) => {
    if (await tx.workReport.findUnique({ where: { year: input.year } }))
      throw new AppError('CONFLICT', `（${input.year}年政府工作报告已登记）`);
    const report = await tx.workReport.create({
      data: { year: input.year, title: input.title, adoptedOn: new Date(input.adoptedOn) },
    });
    return {
      result: report,
      audit: { action: 'work-report.create', entityType: 'work-report', entityId: report.id, after: input },
    };
  });
}

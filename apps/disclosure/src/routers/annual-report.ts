// The annual report: counted figures, hand-entered figures and text, publication. Thin.
import { AppError, text, userActorOf } from '@zhengling/core';
import { router } from '@zhengling/server-kit';
import { DOCUMENT_KINDS } from '@zhengling/rules-core';
import { z } from 'zod';
import { buildAnnualReport, ManualFigures, ReviewFigures, saveAnnualReport } from '../annual-report/build-report';
import { publishAnnualReport } from '../annual-report/publish-report';
import { reportDocument, reportTitle } from '../annual-report/report-document';
import { isOffice } from '../items/access';
import { districtGovernment } from '../settings/settings';
import { staffProcedure } from './procedures';

const Year = z.number().int().min(2008).max(2100);

export const annualReportRouter = router({
  get: staffProcedure.input(z.object({ year: Year })).query(({ ctx, input }) => {
    if (!isOffice(ctx.staff)) throw new AppError('FORBIDDEN', '（年度报告由政务公开办公室编制）');
    return buildAnnualReport(ctx.db, input.year, districtGovernment(ctx.district)).then((r) => ({
      ...r,
      title: reportTitle(districtGovernment(ctx.district), input.year),
      document: reportDocument(r.report),
    }));
  }),
  save: staffProcedure
    .input(
      z.object({
        year: Year,
        version: z.number().int().min(0),
        overview: text(20_000),
        problems: text(20_000),
        otherMatters: text(20_000),
        manualProactive: ManualFigures,
        reviewAndLitigation: ReviewFigures,
      }),
    )
    .mutation(({ ctx, input }) => saveAnnualReport(ctx.db, userActorOf(ctx), ctx.staff, input)),
  publish: staffProcedure
    .input(z.object({ year: Year, version: z.number().int().min(1), signoffKind: z.enum([...DOCUMENT_KINDS, 'department']) }))
    .mutation(({ ctx, input }) => publishAnnualReport(ctx.db, userActorOf(ctx), ctx.staff, ctx.district, input, ctx.now)),
});

import { type actorOf, roleProcedure, router, signedInProcedure } from '@zhengling/server-kit';
import { z } from 'zod';
import { createAbPair } from './ab-pairs';
import { whoActsFor } from './acting-for';
import { leaderInChargeOf } from './leader-in-charge';
import { recordLeaveApproval, requestLeave } from './leave';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD');
const userActor = (ctx: Parameters<typeof actorOf>[0] & { user: { id: string; username: string } }) => ({
  kind: 'user' as const,
  userId: ctx.user.id,
  label: ctx.user.username,
  requestId: ctx.requestId,
  app: ctx.app,
});

/** The directory is readable by all signed-in staff; changes by administrators (leave also by the supervision office). */
export const directoryRouter = router({
  departments: signedInProcedure.query(({ ctx }) =>
    ctx.db.department.findMany({ where: { active: true }, orderBy: { code: 'asc' } }),
  ),
  leaders: signedInProcedure.query(({ ctx }) =>
    ctx.db.leader.findMany({
      where: { active: true },
      include: { portfolios: { include: { department: true } } },
      orderBy: { name: 'asc' },
    }),
  ),
  leaderInCharge: signedInProcedure
    .input(z.object({ departmentId: z.string().optional(), domain: z.string().optional(), date }))
    .query(({ ctx, input }) => leaderInChargeOf(ctx.db, input, input.date)),
  actingFor: signedInProcedure
    .input(z.object({ leaderId: z.string(), date }))
    .query(({ ctx, input }) => whoActsFor(ctx.db, input.leaderId, input.date)),
  createAbPair: roleProcedure('administrator')
    .input(
      z.object({
        leaderAId: z.string(),
        leaderBId: z.string(),
        validFrom: date,
        validTo: date.optional(),
        decisionRef: z.string().optional(),
        documentRef: z.string().optional(),
      }),
    )
    .mutation(({ ctx, input }) => createAbPair(ctx.db, userActor(ctx), input)),
  leaves: signedInProcedure.query(({ ctx }) =>
    ctx.db.leaveRecord.findMany({
      include: { approvals: true, leader: true },
      orderBy: { fromDate: 'desc' },
      take: 200,
    }),
  ),
  requestLeave: roleProcedure('administrator', 'supervision_office')
    .input(
      z.object({
        leaderId: z.string(),
        fromDate: date,
        toDate: date,
        reason: z.enum([
          'study',
          'inspection',
          'business_trip',
          'official_visit',
          'vacation',
          'personal_leave',
          'sick_leave',
          'other',
        ]),
        destination: z.string().max(200).optional(),
        overrideReason: z.string().max(500).optional(),
      }),
    )
    .mutation(({ ctx, input }) => requestLeave(ctx.db, userActor(ctx), input)),
  recordLeaveApproval: roleProcedure('administrator', 'supervision_office')
    .input(
      z.object({
        leaveId: z.string(),
        step: z.string(),
        decision: z.enum(['approve', 'reject']),
        givenBy: z.string().min(1).max(100),
      }),
    )
    .mutation(({ ctx, input }) => recordLeaveApproval(ctx.db, userActor(ctx), input)),
});

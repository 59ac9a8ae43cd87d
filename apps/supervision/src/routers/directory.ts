// The directory API of the supervision app: readable by all signed-in staff; changed by administrators (leave also
// by the supervision office). Thin: input schema → use-case.
import { isoDate as date, rowId as id, userActorOf } from '@zhengling/core';
import {
  createAbPair,
  designateStandIn,
  endAbPair,
  withdrawLeave,
  withdrawStandInDesignation,
  leaderInChargeOf,
  listDepartments,
  listLeaders,
  listLeaves,
  recordLeaveApproval,
  requestLeave,
  whoActsFor,
} from '@zhengling/directory';
import { roleProcedure, router, signedInProcedure } from '@zhengling/server-kit';
import { z } from 'zod';

export const directoryRouter = router({
  departments: signedInProcedure.query(({ ctx }) => listDepartments(ctx.db)),
  leaders: signedInProcedure.query(({ ctx }) => listLeaders(ctx.db)),
  leaderInCharge: signedInProcedure
    .input(z.object({ departmentId: id.optional(), domain: z.string().max(100).optional(), date }))
    .query(({ ctx, input }) => leaderInChargeOf(ctx.db, input, input.date)),
  actingFor: signedInProcedure
    .input(z.object({ leaderId: id, date }))
    .query(({ ctx, input }) => whoActsFor(ctx.db, input.leaderId, input.date)),
  createAbPair: roleProcedure('administrator')
    .input(
      z.object({
        leaderAId: id,
        leaderBId: id,
        validFrom: date,
        validTo: date.optional(),
        decisionRef: z.string().max(200).optional(),
        documentRef: z.string().max(200).optional(),
      }),
    )
    .mutation(({ ctx, input }) => createAbPair(ctx.db, userActorOf(ctx), input)),
  /** Leave: the reasons and destinations only for those who record and approve leave. */
  leaves: signedInProcedure.query(({ ctx }) =>
    listLeaves(ctx.db, {
      withReasons: ctx.user.roles.some((r) => r === 'administrator' || r === 'supervision_office'),
    }),
  ),
  withdrawLeave: roleProcedure('administrator', 'supervision_office')
    .input(z.object({ leaveId: id, reason: z.string().min(1).max(500) }))
    .mutation(({ ctx, input }) => withdrawLeave(ctx.db, userActorOf(ctx), input)),
  endAbPair: roleProcedure('administrator')
    .input(z.object({ id, validTo: date }))
    .mutation(({ ctx, input }) => endAbPair(ctx.db, userActorOf(ctx), input)),
  /** SPB art.10(4): the district head's designation of another leader to stand in. */
  designateStandIn: roleProcedure('administrator', 'supervision_office')
    .input(
      z.object({
        absentLeaderId: id,
        actorLeaderId: id,
        fromDate: date,
        toDate: date,
        basis: z.string().min(1).max(200),
      }),
    )
    .mutation(({ ctx, input }) => designateStandIn(ctx.db, userActorOf(ctx), input)),
  withdrawStandInDesignation: roleProcedure('administrator', 'supervision_office')
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => withdrawStandInDesignation(ctx.db, userActorOf(ctx), input.id, ctx.now())),
  requestLeave: roleProcedure('administrator', 'supervision_office')
    .input(
      z.object({
        leaderId: id,
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
    .mutation(({ ctx, input }) => requestLeave(ctx.db, userActorOf(ctx), input)),
  recordLeaveApproval: roleProcedure('administrator', 'supervision_office')
    .input(
      z.object({
        leaveId: id,
        step: z.string().min(1).max(64),
        decision: z.enum(['approve', 'reject']),
        givenBy: z.string().min(1).max(100),
      }),
    )
    .mutation(({ ctx, input }) => recordLeaveApproval(ctx.db, userActorOf(ctx), input)),
});

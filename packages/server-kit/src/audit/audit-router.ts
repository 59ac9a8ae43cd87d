import { instant, rowId, text } from '@zhengling/core';
import { z } from 'zod';
import { roleProcedure, router } from '../trpc';

const Filter = z.object({
  actorUserId: rowId.optional(),
  action: text(100).optional(),
  entityType: text(100).optional(),
  entityId: text(200).optional(),
  from: instant.optional(),
  to: instant.optional(),
  /** the id of the last entry of the previous page (a bigint: at most 19 digits) */
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

const view = (e: {
  id: bigint;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  onBehalfOf: string | null;
  app: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}) => ({
  ...e,
  id: e.id.toString(),
});

/** Browsing the audit trail: administrators and the supervision office only. */
export const auditRouter = router({
  list: roleProcedure('administrator', 'supervision_office')
    .input(Filter)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.auditEntry.findMany({
        where: {
          actorUserId: input.actorUserId,
          action: input.action,
          entityType: input.entityType,
          entityId: input.entityId,
          at: { gte: input.from, lt: input.to },
          ...(input.cursor ? { id: { lt: BigInt(input.cursor) } } : {}),
        },
        orderBy: { id: 'desc' },
        take: input.limit + 1,
      });
      const page = rows.slice(0, input.limit).map(view);
      return { entries: page, nextCursor: rows.length > input.limit ? page.at(-1)!.id : null };
    }),

  /** An item's own history, oldest first. */
  forEntity: roleProcedure('administrator', 'supervision_office')
    .input(z.object({ entityType: text(100).min(1), entityId: text(200).min(1) }))
    .query(async ({ ctx, input }) =>
      (await ctx.db.auditEntry.findMany({ where: input, orderBy: { id: 'asc' } })).map(view),
    ),
});

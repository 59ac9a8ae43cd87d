// The audit trail: one entry per change of state, in the same transaction as the change, so a failed mutation
// leaves neither. The table itself rejects UPDATE, DELETE and TRUNCATE (migration audit_append_only).
import type { Db, Prisma, Tx } from '@zhengling/db';
import type { Actor } from './actor';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** acting for an absent leader (AB role): the leader acted for */
  onBehalfOf?: string;
}

const json = (v: unknown): Prisma.InputJsonValue | undefined =>
  v === undefined
    ? undefined
    : (JSON.parse(
        JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)),
      ) as Prisma.InputJsonValue);

/** The row of one entry. */
const rowOf = (actor: Actor, entry: AuditInput) => ({
  actorUserId: actor.kind === 'user' ? actor.userId : null,
  actorLabel: actor.label,
  app: actor.app,
  requestId: actor.requestId,
  onBehalfOf: entry.onBehalfOf,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: json(entry.before),
  after: json(entry.after),
});

export async function recordAudit(tx: Tx | Db, actor: Actor, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: rowOf(actor, entry) });
}

/** Many entries at once (a bulk change), in one statement. */
export async function recordAudits(tx: Tx | Db, actor: Actor, entries: AuditInput[]): Promise<void> {
  if (entries.length === 0) return;
  for (let i = 0; i < entries.length; i += 2000)
    await tx.auditEntry.createMany({ data: entries.slice(i, i + 2000).map((entry) => rowOf(actor, entry)) });
}

/**
 * Run a change and its audit entry in one transaction. `change` returns what it changed; the entry is written after
 * it, inside the same transaction: if either fails, neither is kept.
 */
export async function auditedMutation<T>(
  db: Db,
  actor: Actor,
  change: (tx: Tx) => Promise<{ result: T; audit: AuditInput | AuditInput[] }>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const { result, audit } = await change(tx);
    for (const entry of Array.isArray(audit) ? audit : [audit]) await recordAudit(tx, actor, entry);
    return result;
  });
}

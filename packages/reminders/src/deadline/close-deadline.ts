// Close a deadline (met or cancelled): its reminders are re-planned (none remain) and the change audited.
import type { Db, Deadline, Tx } from '@zhengling/db';
import { type Actor, AppError, recordAudit } from '@zhengling/core';
import { loadCalendar } from './calendar';
import { planReminders } from './plan';

export async function closeDeadline(
  db: Db,
  actor: Actor,
  id: string,
  status: 'met' | 'cancelled',
): Promise<Deadline> {
  return db.$transaction((tx) => closeDeadlineInTx(tx, actor, id, status));
}

/** The same inside a caller's transaction (an app closing an item and its deadline together). */
export async function closeDeadlineInTx(
  tx: Tx,
  actor: Actor,
  id: string,
  status: 'met' | 'cancelled',
  /** when it was met: the caller's clock (a server's, which tests set), now by default */
  at: Date = new Date(),
): Promise<Deadline> {
  const calendar = await loadCalendar(tx);
  const d = await tx.deadline.findUnique({ where: { id } });
  if (!d) throw new AppError('NOT_FOUND');
  if (d.status === status) return d;
  const updated = await tx.deadline.update({
    where: { id },
    data: { status, metAt: status === 'met' ? at : null },
  });
  await planReminders(tx, updated, calendar);
  await recordAudit(tx, actor, {
    action: `deadline.${status === 'met' ? 'met' : 'cancel'}`,
    entityType: 'deadline',
    entityId: id,
    before: { status: d.status },
    after: { status },
  });
  return updated;
}

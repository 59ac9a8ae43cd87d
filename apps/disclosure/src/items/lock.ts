// Optimistic locking: an edit carries the version it was made on; if someone changed the item since, the edit is
// refused with who changed it and when, so nobody silently overwrites a colleague's work.
import { AppError, chinaDateTime } from '@zhengling/core';
import type { Tx } from '@zhengling/db';

export async function assertVersion(
  tx: Tx,
  row: { version: number; updatedById: string; updatedAt: Date },
  expected: number,
  what = '该事项',
) {
  if (row.version === expected) return;
  const who = row.updatedById.startsWith('system:')
    ? row.updatedById.slice('system:'.length)
    : ((await tx.user.findUnique({ where: { id: row.updatedById } }))?.displayName ?? '其他用户');
  throw new AppError(
    'CONFLICT',
    `（${what}已被 ${who} 于 ${chinaDateTime(row.updatedAt)} 修改（第 ${row.version} 版，您编辑的是第 ${expected} 版），请刷新后再编辑，以免覆盖对方的修改）`,
    { changedBy: who, changedAt: row.updatedAt.toISOString(), version: row.version },
  );
}

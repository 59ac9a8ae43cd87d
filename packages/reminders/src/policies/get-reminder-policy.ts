import type { Db } from '@zhengling/db';
import { DEFAULT_POLICY, policyFor } from '../policy';

/** The reminder policy of a deadline kind: the stored one, or the default with its source. */
export async function getReminderPolicy(db: Db, kind: string) {
  const stored = await db.reminderPolicy.findUnique({ where: { kind } });
  return stored
    ? { kind, source: 'stored', ...(await policyFor(db, kind)) }
    : { kind, ...DEFAULT_POLICY, source: DEFAULT_POLICY.source };
}

import type { DbOrTx } from '@zhengling/db';
import { actingFor } from '@zhengling/rules-core';
import { abFacts, districtOf } from './facts';

/** Who acts for a leader on a date: rules-core decides, on the directory's approved leave and AB pairs. */
export async function whoActsFor(db: DbOrTx, leaderId: string, date: string) {
  const district = await districtOf(db);
  return actingFor(await abFacts(db, district, { includeRequested: false }), leaderId, date);
}

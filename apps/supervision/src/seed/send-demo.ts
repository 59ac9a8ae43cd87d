// `pnpm start` runs this once the servers are up, after a first seeding: the demo's documents and cleanup results sent
// to the disclosure app over its intake API. Prints each draft made ("sent <sourceRef>"), which the disclosure demo
// then takes through its workflow.
import { chinaDate } from '@zhengling/core';
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { serverEnv } from '@zhengling/server-kit';
import { disclosureClient } from '../disclosure/disclosure-client';
import { disclosureUrl } from '../env';
import { sendDemoToDisclosure } from './seed-cleanup';

const db = createDb(serverEnv.DATABASE_URL);
try {
  const made = await sendDemoToDisclosure(db, disclosureClient(disclosureUrl()), { district: await districtOf(db), asOf: chinaDate(new Date()) });
  for (const ref of made) process.stdout.write(`sent ${ref}\n`);
} finally {
  await db.$disconnect();
}

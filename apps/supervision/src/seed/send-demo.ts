// `pnpm start` runs this once the servers are up, after a first seeding: the demo's documents, cleanup results and the
// closed suggestions' and proposals' answers sent to the disclosure app over its intake API. Prints each draft made
// ("sent <sourceRef>"), which the disclosure demo then takes through its workflow.
import { chinaDate } from '@zhengling/core';
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { serverEnv } from '@zhengling/server-kit';
import { disclosureClient } from '../disclosure/disclosure-client';
import { disclosureUrl } from '../env';
import { sendDemoToDisclosure } from './seed-cleanup';
import { supervisionDemoDay } from './seed-demo';
import { sendDemoAnswers } from './seed-suggestions';

const db = createDb(serverEnv.DATABASE_URL);
try {
  const client = disclosureClient(disclosureUrl());
  const made = [
    ...(await sendDemoToDisclosure(db, client, {
      district: await districtOf(db),
      // the day the demo was set (today, unless its clocks would run into a year the calendar lacks)
      asOf: await supervisionDemoDay(db, chinaDate(new Date())),
    })),
    ...(await sendDemoAnswers(db, client)),
  ];
  for (const ref of made) process.stdout.write(`sent ${ref}\n`);
} finally {
  await db.$disconnect();
}

// `pnpm start` runs this after the supervision demo sent its drafts (their source references are the arguments): the
// disclosure demo publishes exactly those, through the workflow. Drafts sent by people are never touched here.
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { serverEnv } from '@zhengling/server-kit';
import { publishReceivedDemo } from './seed-received';

const sourceRefs = process.argv.slice(2);
const db = createDb(serverEnv.DATABASE_URL);
try {
  const published = await publishReceivedDemo(db, { district: await districtOf(db), source: 'supervision', sourceRefs, now: new Date() });
  process.stdout.write(`published ${published.length} of ${sourceRefs.length}\n`);
} finally {
  await db.$disconnect();
}

// `pnpm start` runs this once the directory is seeded: the disclosure demo (idempotent).
import { chinaDate } from '@zhengling/core';
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { serverEnv } from '@zhengling/server-kit';
import { seedDisclosureDemo } from './seed-demo';

const db = createDb(serverEnv.DATABASE_URL);
try {
  const result = await seedDisclosureDemo(db, { district: await districtOf(db), asOf: chinaDate(new Date()) });
  process.stdout.write(result.created ? 'disclosure demo seeded\n' : 'disclosure demo already there\n');
} finally {
  await db.$disconnect();
}

// `pnpm start` runs this once the directory is seeded: the supervision demo (idempotent).
import { chinaDate } from '@zhengling/core';
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { serverEnv } from '@zhengling/server-kit';
import { seedSupervisionDemo } from './seed-demo';

const db = createDb(serverEnv.DATABASE_URL);
try {
  const result = await seedSupervisionDemo(db, { district: await districtOf(db), asOf: chinaDate(new Date()) });
  process.stdout.write(result.created ? 'supervision demo seeded\n' : 'supervision demo already there\n');
} finally {
  await db.$disconnect();
}

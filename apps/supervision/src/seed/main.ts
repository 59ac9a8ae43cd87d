// `pnpm start` runs this once the directory is seeded: the supervision demo (idempotent).
import { chinaDate } from '@zhengling/core';
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { serverEnv } from '@zhengling/server-kit';
import { seedSupervisionDemo, supervisionDemoDay } from './seed-demo';

const db = createDb(serverEnv.DATABASE_URL);
try {
  const today = chinaDate(new Date());
  const asOf = await supervisionDemoDay(db, today);
  const result = await seedSupervisionDemo(db, { district: await districtOf(db), asOf });
  if (result.created && asOf !== today)
    process.stdout.write(
      `提示：督查演示数据以 ${asOf} 为基准日——其后的期限将进入尚未录入节假日安排的年份，管理员在“节假日安排”页录入国务院办公厅该年度通知后即可按当日计算 / the supervision demo is set on ${asOf}: the next year's holiday notice is not stored yet\n`,
    );
  process.stdout.write(result.created ? 'supervision demo seeded\n' : 'supervision demo already there\n');
} finally {
  await db.$disconnect();
}

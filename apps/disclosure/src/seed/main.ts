// `pnpm start` runs this once the directory is seeded: the disclosure demo (idempotent).
import { chinaDate } from '@zhengling/core';
import { createDb } from '@zhengling/db';
import { districtOf } from '@zhengling/directory';
import { serverEnv } from '@zhengling/server-kit';
import { disclosureDemoDay, seedDisclosureDemo } from './seed-demo';

const db = createDb(serverEnv.DATABASE_URL);
try {
  const today = chinaDate(new Date());
  const asOf = await disclosureDemoDay(db, today);
  const result = await seedDisclosureDemo(db, { district: await districtOf(db), asOf });
  if (result.created && asOf !== today)
    process.stdout.write(
      `提示：政务公开演示数据以 ${asOf} 为基准日——其后的期限将进入尚未录入节假日安排的年份，管理员在督查系统“节假日安排”页录入国务院办公厅该年度通知后即可按当日计算 / the disclosure demo is set on ${asOf}: the next year's holiday notice is not stored yet\n`,
    );
  process.stdout.write(result.created ? 'disclosure demo seeded\n' : 'disclosure demo already there\n');
} finally {
  await db.$disconnect();
}

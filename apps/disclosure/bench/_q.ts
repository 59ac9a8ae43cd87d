import { createDb } from '@zhengling/db';
import { listPublic } from '../src/portal/public-items';
const db = createDb('postgresql://postgres@127.0.0.1:5432/zl_bench_dev');
for (const q of [undefined, '会议', '印发', '开州', '解读', '公文', '常务会议', '政务公开', '重大决策', '督查督办', '第12345号']) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < 6; i++) { const t0 = performance.now(); const r = await listPublic(db, { q, page: 1, pageSize: 20 }); total = r.total; times.push(performance.now() - t0); }
  console.log(q ?? '(list)', total, times.slice(1).map((x) => x.toFixed(0)).join(' '));
}
await db.$disconnect();

import { zhenglingVitest } from '@zhengling/vitest-config';
export default zhenglingVitest({ testTimeout: 30_000 });

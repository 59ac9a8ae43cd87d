import { zhenglingVitest } from '@zhengling/vitest-config';
export default zhenglingVitest({ testTimeout: 120_000 });

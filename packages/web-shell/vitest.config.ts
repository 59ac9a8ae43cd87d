import { zhenglingVitest } from '@zhengling/vitest-config';
export default zhenglingVitest({});

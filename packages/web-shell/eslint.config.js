import { zhenglingConfig } from '@zhengling/eslint-config';
export default zhenglingConfig({ layer: 'package' });

import { zhenglingVitest } from '@zhengling/vitest-config';
export default zhenglingVitest({
  testTimeout: 30_000,
  include: ['src/**/*.test.ts', 'e2e/**/*.spec.ts'],
  globalSetup: ['e2e/global-setup.ts'],
});

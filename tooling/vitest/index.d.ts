import type { UserConfig } from 'vitest/config';
export declare function zhenglingVitest(overrides?: {
  testTimeout?: number;
  setupFiles?: string[];
  globalSetup?: string[];
  fileParallelism?: boolean;
  include?: string[];
}): UserConfig;

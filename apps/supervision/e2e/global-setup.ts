// Before the browser tests: build the staff pages when their assets are missing or older than their sources.
import { join } from 'node:path';
import { buildStaffPagesIfStale } from '@zhengling/testing/web-build';

export default () => buildStaffPagesIfStale(join(import.meta.dirname, '..'));

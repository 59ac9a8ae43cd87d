// The worker is a process of its own that loads no web framework: nothing it imports, through any of our packages,
// reaches Fastify or tRPC.
import { join } from 'node:path';
import { packagesReachableFrom } from '@zhengling/testing';
import { expect, test } from 'vitest';

test('the worker process loads no web framework', async () => {
  const packages = await packagesReachableFrom(join(import.meta.dirname, 'main.ts'));
  expect(packages).toContain('bullmq'); // the graph was followed through @zhengling/reminders
  for (const web of [
    'fastify',
    '@trpc/server',
    '@fastify/cookie',
    '@bull-board/api',
    '@bull-board/fastify',
  ]) {
    expect(packages, web).not.toContain(web);
  }
});

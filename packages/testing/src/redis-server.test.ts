import { Redis } from 'ioredis';
import { expect, test } from 'vitest';
import { startPrivateRedis } from './redis-server';

test('a private redis-server answers, stops and comes back on the same port', async () => {
  const r = await startPrivateRedis();
  try {
    const client = new Redis(r.url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    expect(await client.ping()).toBe('PONG');
    client.disconnect();
    await r.stop();
    const down = new Redis(r.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    down.on('error', () => undefined); // refused: what this step checks
    await expect(down.connect()).rejects.toThrow();
    down.disconnect();
    await r.start();
    const again = new Redis(r.url, { maxRetriesPerRequest: 0, retryStrategy: () => null });
    expect(await again.ping()).toBe('PONG');
    again.disconnect();
  } finally {
    await r.dispose();
  }
});

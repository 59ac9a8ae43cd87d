// The staff web app's built assets (web/dist), served by the supervision server at its root.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerWebApp } from '@zhengling/server-kit';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

export const registerWebAssets = (server: FastifyInstance, dist = WEB_DIST) =>
  registerWebApp(server, { dist, prefix: '', buildCommand: 'pnpm --filter @zhengling/supervision build:web' });

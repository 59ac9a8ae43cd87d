// The staff web app's built assets (web/dist), served by the supervision server: files as they are, and index.html
// for every other page a browser asks for (the pages route on the client). A request that does not ask for HTML gets
// the JSON 404 of every other unknown path.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>页面尚未构建</title>
<body style="font-family:sans-serif;padding:40px"><h1>页面尚未构建</h1>
<p>请运行 <code>pnpm start</code>（会自动构建页面），或 <code>pnpm --filter @zhengling/supervision build:web</code>。</p></body></html>`;

export async function registerWebAssets(server: FastifyInstance, dist = WEB_DIST) {
  const built = existsSync(join(dist, 'index.html'));
  if (built)
    await server.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: false,
      // hashed file names under /assets never change; index.html must not be cached
      setHeaders: (res, path) =>
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  const page = () => (built ? readFileSync(join(dist, 'index.html'), 'utf8') : NOT_BUILT);
  server.get('/*', (req, reply) => {
    if (!String(req.headers.accept ?? '').includes('text/html')) return reply.callNotFound();
    return reply
      .code(built ? 200 : 503)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(page());
  });
  server.get('/', (_req, reply) =>
    reply.code(built ? 200 : 503).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page()),
  );
}

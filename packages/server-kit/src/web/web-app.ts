// A staff web app's built assets (its web/dist), served by its app's server under a path prefix: files as they are,
// and index.html for every other page a browser asks for under the prefix (the pages route on the client). A request
// that does not ask for HTML gets the JSON 404 of every other unknown path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const notBuilt = (buildCommand: string) => `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>页面尚未构建</title>
<body style="font-family:sans-serif;padding:40px"><h1>页面尚未构建</h1>
<p>请运行 <code>pnpm start</code>（会自动构建页面），或 <code>${buildCommand}</code>。</p></body></html>`;

export async function registerWebApp(
  server: FastifyInstance,
  opts: { dist: string; /** '' or '/staff' */ prefix: string; buildCommand: string },
) {
  const built = existsSync(join(opts.dist, 'index.html'));
  if (built)
    await server.register(fastifyStatic, {
      root: opts.dist,
      prefix: `${opts.prefix}/`,
      wildcard: false,
      index: false,
      // hashed file names under /assets never change; index.html must not be cached
      setHeaders: (res, path) =>
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  const page = () => (built ? readFileSync(join(opts.dist, 'index.html'), 'utf8') : notBuilt(opts.buildCommand));
  const send = (reply: FastifyReply) =>
    reply
      .code(built ? 200 : 503)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(page());
  server.get(`${opts.prefix}/*`, (req, reply) => {
    if (!String(req.headers.accept ?? '').includes('text/html')) return reply.callNotFound();
    return send(reply);
  });
  server.get(opts.prefix || '/', (_req, reply) => send(reply));
  if (opts.prefix) server.get(`${opts.prefix}/`, (_req, reply) => send(reply));
}

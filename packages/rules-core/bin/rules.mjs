#!/usr/bin/env node
// `pnpm -s rules <command>`: runs the CLI bundled ahead of time (dist/rules.mjs), so a cold start does not compile
// TypeScript. The bundle is rebuilt here, with esbuild, when it is missing or older than any source file, so a
// fresh clone and an edited source both just work.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'rules.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

let builtAt = 0;
try {
  builtAt = statSync(bundle).mtimeMs;
} catch {
  // not built yet
}
if (builtAt < Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs)) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
await import(pathToFileURL(bundle).href);

// Before the browser tests: build the web app when its assets are missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const APP = join(import.meta.dirname, '..');
const newest = (p: string): number => {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).filter((e) => e !== 'dist' && e !== 'node_modules').map((e) => newest(join(p, e))));
};

export default async function setup() {
  const index = join(APP, 'web', 'dist', 'index.html');
  const sources = Math.max(newest(join(APP, 'web')), newest(join(APP, '..', '..', 'packages', 'web-shell', 'src')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  await build({ configFile: join(APP, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

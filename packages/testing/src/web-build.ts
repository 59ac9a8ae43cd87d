// Before an app's browser journeys: build its staff pages when their assets are missing or older than their sources
// (the app's web/ and the shared shell's), so a journey never runs against stale pages.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const newest = (p: string): number => {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(p).filter((e) => e !== 'dist' && e !== 'node_modules').map((e) => newest(join(p, e))));
};

/** `appDir` is the app's folder (holding web/). */
export async function buildStaffPagesIfStale(appDir: string): Promise<void> {
  const index = join(appDir, 'web', 'dist', 'index.html');
  const sources = Math.max(newest(join(appDir, 'web')), newest(join(appDir, '..', '..', 'packages', 'web-shell', 'src')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  await build({ configFile: join(appDir, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

// What a module loads, followed through our packages: every third-party package it imports, found by esbuild's
// resolver (the same resolution Node and tsx use). For tests that a process loads no web framework.
import { build } from 'esbuild';

/** The third-party packages reachable from `entry` through our own source files. */
export async function packagesReachableFrom(entry: string): Promise<Set<string>> {
  const found = new Set<string>();
  await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'third-party-external',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.path.startsWith('@zhengling/') || args.pluginData === 'resolved') return undefined;
            const r = await b.resolve(args.path, {
              kind: args.kind,
              resolveDir: args.resolveDir,
              pluginData: 'resolved',
            });
            if (r.errors.length > 0 || r.path.includes('/node_modules/') || args.path.startsWith('node:')) {
              found.add(
                args.path.startsWith('@')
                  ? args.path.split('/').slice(0, 2).join('/')
                  : args.path.split('/')[0]!,
              );
              return { path: args.path, external: true };
            }
            return undefined;
          });
        },
      },
    ],
  });
  return found;
}

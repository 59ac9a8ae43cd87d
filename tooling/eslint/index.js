// Shared lint preset. The import directions of shared/STYLE.md are encoded here, so a wrong arrow fails CI:
//   rules-core   → nothing of ours, no I/O clients, no clock
//   packages/*   → other packages, never an app
//   apps/<a>     → packages; another app only as a type (its tRPC router type), never its code
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS = ['supervision', 'disclosure'];
const appPatterns = (apps) => apps.flatMap((a) => [`@zhengling/${a}`, `@zhengling/${a}/*`]);
const IO_CLIENTS = [
  '@prisma/*',
  'pg',
  'ioredis',
  'bullmq',
  'fastify',
  '@trpc/*',
  'node:fs',
  'fs',
  'node:net',
  'node:http',
];

/** @param {{ layer: 'rules-core' | 'package' | `app:${string}` }} options */
export function zhenglingConfig({ layer }) {
  /** @type {import('eslint').Linter.RulesRecord} */
  let boundaryRules;
  if (layer === 'rules-core') {
    boundaryRules = {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@zhengling/*'], message: 'rules-core imports nothing of ours (STYLE.md: layout).' },
            { group: IO_CLIENTS, message: 'rules-core is pure: no database, no network, no file system.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'rules-core has no clock: take asOf as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'rules-core has no clock: take asOf as an argument.',
        },
      ],
    };
  } else if (layer === 'package') {
    boundaryRules = {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: appPatterns(APPS), message: 'A package never imports an app (STYLE.md).' }] },
      ],
    };
  } else {
    const self = layer.slice('app:'.length);
    const others = APPS.filter((a) => a !== self);
    boundaryRules = {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: appPatterns(others),
              allowTypeImports: true,
              message: 'Apps talk over tRPC only: import the other app’s router TYPE, never its code.',
            },
          ],
        },
      ],
    };
  }

  return tseslint.config(
    {
      ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**', '**/.turbo/**', '**/*.js', '**/*.mjs'],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      files: ['**/*.ts', '**/*.tsx'],
      rules: {
        '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        'no-restricted-properties': [
          'error',
          {
            object: 'process',
            property: 'env',
            message: 'Read configuration through the env module (env.ts) only.',
          },
        ],
      },
    },
    {
      // The arrows apply to the code, not to its build and test configuration files.
      files: ['src/**/*.ts', 'src/**/*.tsx', 'bench/**/*.ts', 'test/**/*.ts', 'e2e/**/*.ts'],
      rules: boundaryRules,
    },
    ...(layer === 'rules-core'
      ? [
          {
            // Tests, benches and the CLI shell may read files and stdin; the rules and the engine may not.
            files: ['**/*.test.ts', 'bench/**/*.ts', 'src/cli/main.ts', 'src/cli/example.ts'],
            rules: {
              '@typescript-eslint/no-restricted-imports': [
                'error',
                { patterns: [{ group: ['@zhengling/*'], message: 'rules-core imports nothing of ours.' }] },
              ],
            },
          },
        ]
      : []),
    {
      // Configuration is validated once, in env modules; tests, benches, scripts and config files may read it too.
      files: [
        '**/env.ts',
        '**/*.test.ts',
        '**/*.bench.ts',
        '**/scripts/**',
        '**/*.config.ts',
        '**/testing/**',
        '**/e2e/**',
      ],
      rules: { 'no-restricted-properties': 'off' },
    },
  );
}

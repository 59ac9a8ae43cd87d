// Shared lint preset. Every arrow ARCHITECTURE.md draws is encoded here, so a wrong arrow fails CI; the lint tests
// (arrows.test.js) lint a bad file for each rule.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The arrows: which of our packages each workspace may import at run time (tests may also import `@zhengling/testing`
 * and `@zhengling/db/testing`). Anything of ours not listed is an error. Apps may import another app as a TYPE only.
 */
export const ARROWS = {
  '@zhengling/rules-core': [],
  '@zhengling/db-migrate': [],
  '@zhengling/db': ['@zhengling/db-migrate'],
  '@zhengling/core': ['@zhengling/db', '@zhengling/rules-core'],
  '@zhengling/server-kit': ['@zhengling/core', '@zhengling/db', '@zhengling/reminders', '@zhengling/rules-core'],
  '@zhengling/directory': [
    '@zhengling/core',
    '@zhengling/db',
    '@zhengling/rules-core',
    '@zhengling/server-kit/identity',
  ],
  '@zhengling/reminders': ['@zhengling/core', '@zhengling/db', '@zhengling/rules-core'],
  '@zhengling/testing': [],
  '@zhengling/web-shell': [],
  '@zhengling/supervision': [
    '@zhengling/core',
    '@zhengling/db',
    '@zhengling/directory',
    '@zhengling/reminders',
    '@zhengling/rules-core',
    '@zhengling/server-kit',
  ],
  '@zhengling/disclosure': [
    '@zhengling/core',
    '@zhengling/db',
    '@zhengling/directory',
    '@zhengling/reminders',
    '@zhengling/rules-core',
    '@zhengling/server-kit',
  ],
  '@zhengling/worker': ['@zhengling/db', '@zhengling/reminders'],
  '@zhengling/platform-runner': ['@zhengling/db', '@zhengling/directory'],
};
export const APPS = [
  '@zhengling/supervision',
  '@zhengling/disclosure',
  '@zhengling/worker',
  '@zhengling/platform-runner',
];
/**
 * Each app's own tables, by their Prisma delegates: only the owning app may touch them (`db.task`, `tx.notice`,
 * `ctx.db.progressReport` …), whatever it imports. They share the platform's client so that an item, its deadline and
 * its audit entry commit together (ARCHITECTURE.md, "What each part owns").
 */
export const OWNED_TABLES = {
  '@zhengling/supervision': [
    'workReport',
    'task',
    'milestone',
    'progressReport',
    'reportAttachment',
    'notice',
    'supervisionSetting',
    'calendarFeed',
    'normativeDocument',
    'normativeDocumentStep',
    'normativeDocumentFiling',
    'normativeCleanup',
    'normativeCleanupUnit',
    'normativeCleanupItem',
    'suggestion',
    'suggestionOpinion',
    'suggestionEvent',
  ],
  '@zhengling/disclosure': [
    'disclosureItem',
    'itemVersion',
    'itemEvent',
    'itemRelation',
    'disclosureApplication',
    'annualReport',
    'disclosureSetting',
    'disclosureCounter',
  ],
};

/** Packages a workspace may import as TYPES only (the staff shell runs in the browser: the server kit's router type). */
export const TYPE_ONLY = { '@zhengling/web-shell': ['@zhengling/server-kit'] };

/** What tests may import besides their package's arrows. */
const TEST_ONLY = ['@zhengling/testing', '@zhengling/db/testing', '@zhengling/server-kit/identity'];

/** Packages of the domain (and the core under them): they know no transport. */
const DOMAIN = ['@zhengling/core', '@zhengling/directory', '@zhengling/reminders', '@zhengling/rules-core'];
const WEB = ['@trpc/*', 'fastify', '@fastify/*', '@bull-board/*'];
const IO_CLIENTS = [
  '@prisma/*',
  'pg',
  'ioredis',
  'bullmq',
  'nodemailer',
  ...WEB,
  'node:*',
  'fs',
  'net',
  'http',
  'https',
  'child_process',
  'readline',
  'worker_threads',
  'dgram',
  'dns',
  'tls',
];

/**
 * Patterns that forbid every package of ours but the allowed ones. An allowed subpath (`@zhengling/server-kit/identity`)
 * allows that subpath only: the package's root and its other subpaths stay forbidden.
 */
function forbiddenOfOurs(self, allowed) {
  const forbidden = [];
  for (const pkg of Object.keys(ARROWS)) {
    if (pkg === self || allowed.includes(pkg)) continue;
    const subpaths = [...new Set(allowed.filter((a) => a.startsWith(`${pkg}/`)))];
    forbidden.push({ pkg, subpaths });
  }
  return forbidden;
}

/** A relative import may not leave its package: import the other package by name (and so through its arrow). */
const noRelativeImportOutsidePackage = {
  meta: {
    type: 'problem',
    docs: { description: 'A relative import stays inside its own package.' },
    messages: {
      escape: 'Relative import "{{spec}}" leaves the package: import the other package by its name.',
    },
    schema: [],
  },
  create(context) {
    let root = dirname(context.filename);
    while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
    const check = (source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = resolve(dirname(context.filename), source.value);
      const rel = relative(root, target);
      if (rel === '..' || rel.startsWith(`..${sep}`)) {
        context.report({ node: source, messageId: 'escape', data: { spec: source.value } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
const zhenglingPlugin = { rules: { 'no-relative-import-outside-package': noRelativeImportOutsidePackage } };

/** The package.json name of the workspace being linted (ESLint runs in each workspace's folder). */
function workspaceName(cwd) {
  const file = join(cwd, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).name : undefined;
}

/**
 * @param {{ layer: 'rules-core' | 'package' | `app:${string}`, name?: string }} options — `name` defaults to the
 * package.json name of the folder ESLint runs in.
 */
export function zhenglingConfig({ layer, name = workspaceName(process.cwd()) }) {
  const allowed = ARROWS[name];
  if (!allowed)
    throw new Error(`no arrows are drawn for ${name}: add it to ARROWS in tooling/eslint/index.js`);
  const isApp = layer.startsWith('app:');
  const why = (pkg) =>
    `${name} may not import ${pkg}: the arrows are in ARCHITECTURE.md (tooling/eslint ARROWS).`;
  // the root of a forbidden package by exact name; its subpaths by pattern, less the subpaths allowed
  const oursBut = (allow) => {
    const forbidden = forbiddenOfOurs(name, isApp ? [...allow, ...APPS] : allow);
    return {
      paths: forbidden.map(({ pkg }) => ({ name: pkg, message: why(pkg) })),
      patterns: forbidden.map(({ pkg, subpaths }) => ({
        group: [`${pkg}/*`, ...subpaths.map((a) => `!${a}`)],
        message: why(pkg),
      })),
    };
  };
  const typeOnly = TYPE_ONLY[name] ?? [];
  const ours = oursBut([...allowed, ...typeOnly]);
  const typesOnly = typeOnly.map((pkg) => ({
    group: [pkg, `${pkg}/*`],
    allowTypeImports: true,
    message: `${name} runs in the browser: it imports ${pkg} as a type only.`,
  }));
  const otherApps = isApp
    ? APPS.filter((a) => a !== name).map((a) => ({
        group: [a, `${a}/*`],
        allowTypeImports: true,
        message: 'Apps talk over tRPC only: import the other app’s router TYPE, never its code.',
      }))
    : [];
  const appsForPackages = isApp
    ? []
    : [{ group: APPS.flatMap((a) => [a, `${a}/*`]), message: 'A package never imports an app (STYLE.md).' }];
  const domain = DOMAIN.includes(name)
    ? [
        {
          group: WEB,
          message: `${name} is domain code: it knows no HTTP (no tRPC, no Fastify). Throw AppError; the transport maps it.`,
        },
      ]
    : [];
  const rulesCoreIo =
    layer === 'rules-core'
      ? [
          {
            group: IO_CLIENTS,
            message: 'rules-core is pure: no database, no network, no file system, no process I/O.',
          },
        ]
      : [];

  const restrictedImports = (extra = [], own = ours) => [
    'error',
    {
      paths: own.paths,
      patterns: [...own.patterns, ...otherApps, ...appsForPackages, ...domain, ...typesOnly, ...extra],
    },
  ];
  const processEnv = {
    object: 'process',
    property: 'env',
    message: 'Read configuration through the env module (env.ts) only.',
  };
  const clock = [
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'rules-core has no clock: take asOf as an argument.',
    },
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'rules-core has no clock: take asOf as an argument.',
    },
  ];

  const othersTables = Object.entries(OWNED_TABLES)
    .filter(([owner]) => owner !== name)
    .map(([owner, delegates]) => ({
      selector: `MemberExpression[property.name=/^(${delegates.join('|')})$/]:matches([object.name=/^(db|tx|prisma)$/], [object.property.name='db'])`,
      message: `These tables belong to ${owner}: change its state through its tRPC API, never its tables (STYLE.md).`,
    }));
  const boundaryRules =
    layer === 'rules-core'
      ? {
          '@typescript-eslint/no-restricted-imports': restrictedImports(rulesCoreIo),
          'no-restricted-syntax': ['error', ...clock, ...othersTables],
          'no-restricted-globals': [
            'error',
            { name: 'fetch', message: 'rules-core is pure: no network.' },
            { name: 'XMLHttpRequest', message: 'rules-core is pure: no network.' },
          ],
          'no-restricted-properties': [
            'error',
            processEnv,
            { object: 'performance', property: 'now', message: 'rules-core has no clock.' },
          ],
        }
      : {
          '@typescript-eslint/no-restricted-imports': restrictedImports(),
          ...(othersTables.length ? { 'no-restricted-syntax': ['error', ...othersTables] } : {}),
        };

  return tseslint.config(
    {
      ignores: ['**/dist/**', '**/generated/**', '**/node_modules/**', '**/.turbo/**', '**/*.js', '**/*.mjs'],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      files: ['**/*.ts', '**/*.tsx'],
      plugins: { zhengling: zhenglingPlugin },
      rules: {
        '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        'no-restricted-properties': ['error', processEnv],
        'zhengling/no-relative-import-outside-package': 'error',
      },
    },
    {
      // The arrows apply to the code, not to its build and test configuration files.
      files: [
        'src/**/*.ts',
        'src/**/*.tsx',
        'bench/**/*.ts',
        'test/**/*.ts',
        'e2e/**/*.ts',
        'scripts/**/*.ts',
      ],
      rules: boundaryRules,
    },
    {
      // An app's web pages run in the browser: of ours they import the staff shell; the server only as a type.
      files: ['web/**/*.ts', 'web/**/*.tsx'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['@zhengling/*', '!@zhengling/web-shell', '**/src/**'],
                allowTypeImports: true,
                message:
                  'Web pages run in the browser: of ours they import @zhengling/web-shell, and the server only as a type (its router type).',
              },
            ],
          },
        ],
      },
    },
    {
      // Tests may also use the test utilities (real services) and create accounts.
      files: ['**/*.test.ts', '**/testing/**/*.ts', 'e2e/**/*.ts'],
      rules: {
        '@typescript-eslint/no-restricted-imports': restrictedImports(
          [],
          oursBut([...allowed, ...TEST_ONLY]),
        ),
      },
    },
    ...(layer === 'rules-core'
      ? [
          {
            // Tests, benches, scripts and the CLI shell may read files and stdin; the rules and the engine may not.
            files: ['**/*.test.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'src/cli/main.ts'],
            rules: {
              '@typescript-eslint/no-restricted-imports': restrictedImports(),
              'no-restricted-globals': 'off',
              'no-restricted-properties': ['error', processEnv],
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

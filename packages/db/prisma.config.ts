import { defineConfig } from 'prisma/config';

// The Prisma 7 CLI is used here only for `generate`, which needs no schema engine; without this it would try to
// download one, which these machines cannot (shared/STACK-NOTES.md §3.3). Migrations run through @zhengling/db-migrate.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});

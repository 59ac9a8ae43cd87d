#!/usr/bin/env -S node --import tsx
// zl-migrate deploy <schemaDir> <migrationsDir>        (DATABASE_URL from the environment)
// zl-migrate create <schemaDir> <migrationsDir> <name>
import { resolve } from 'node:path';
import { createMigration, deployMigrations } from './index';

const [command, schemaArg, migrationsArg, name] = process.argv.slice(2);
// paths are taken relative to where the command runs
const [schemaDir, migrationsDir] = [schemaArg, migrationsArg].map((p) => (p ? resolve(p) : p));
if (!schemaDir || !migrationsDir || (command !== 'deploy' && command !== 'create')) {
  process.stderr.write('usage: zl-migrate deploy|create <schemaDir> <migrationsDir> [name]\n');
  process.exit(2);
}
if (command === 'deploy') {
  // eslint-disable-next-line no-restricted-properties -- a CLI entry reads its configuration here
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  await deployMigrations({ schemaDir, migrationsDir }, url);
  process.stdout.write('migrations applied\n');
} else {
  const folder = await createMigration({ schemaDir, migrationsDir }, name ?? 'change', new Date());
  process.stdout.write(folder ? `created ${folder}\n` : 'no schema change\n');
}

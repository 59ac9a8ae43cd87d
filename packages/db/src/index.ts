export { createDb, type Db, type Tx, type DbOrTx } from './client';
export { dbEnv } from './env';
export { ensureDatabase, migratePlatform, withDatabase, databaseName } from './admin';
export * from './generated/prisma/client';
export { ROLES, urlAs, ensureRoles, grantApplication, preparePlatformDatabase } from './roles';

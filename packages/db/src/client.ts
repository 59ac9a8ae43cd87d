import { PrismaPg } from '@prisma/adapter-pg';
import { dbEnv } from './env';
import { PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;
/** What a use-case receives inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
/** Either the client or a transaction: use-cases that can join an outer transaction take this. */
export type DbOrTx = Db | Tx;

/** A Prisma client over the pg driver adapter (no native engine). Opens connections lazily. */
export function createDb(databaseUrl: string = dbEnv.DATABASE_URL, options: { poolSize?: number } = {}): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 }),
  });
}

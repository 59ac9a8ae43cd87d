// Registry numbers of notices, instructions and meeting decisions: a pattern from the settings (`{区}督〔{年}〕{号}号`)
// and a serial per kind and year, taken under a transaction-scoped advisory lock so two issues at once never share
// a number.
import type { Tx } from '@zhengling/db';

export function formatNumber(pattern: string, district: string, year: number, serial: number): string {
  return pattern.replaceAll('{区}', district).replaceAll('{年}', String(year)).replaceAll('{号}', String(serial));
}

/** The next serial for (series, year); the lock is released when the transaction ends. */
export async function nextSerial(tx: Tx, series: string, year: number, current: () => Promise<number>) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`supervision-number:${series}:${year}`}))`;
  return (await current()) + 1;
}

import { RuleEngineError } from './errors';

/** Money is held as integer fen (分) in a bigint: exact, never a binary float (rules-spec §0.3). */
export type Fen = bigint;

const DECIMAL = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/** 1万元 = 10,000 yuan = 1,000,000 fen. */
export const wan = (n: number): Fen => BigInt(n) * 10_000n * 100n;
export const yi = (n: number): Fen => BigInt(n) * 100_000_000n * 100n;

/**
 * Parse a yuan amount given as a decimal string ("3999999.99") or a JSON number (3999999.99) into fen.
 * Numbers are read through their shortest decimal representation, so 0.1 is 10 fen, never 10.000000000000000555.
 */
export function parseYuan(value: unknown, field = 'amountYuan'): Fen {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number' && Number.isFinite(value)) {
    if (Math.abs(value) >= 1e21) throw new RuleEngineError('INVALID_AMOUNT', `（${field} 过大）`);
    text = String(value);
  } else throw new RuleEngineError('INVALID_AMOUNT', `（${field} 须为数字或数字字符串）`);
  const m = DECIMAL.exec(text);
  if (!m) throw new RuleEngineError('INVALID_AMOUNT', `（${field}=${JSON.stringify(value)}）`);
  const [, whole, frac = ''] = m;
  return BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0'));
}

/** fen → "12345.67" */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

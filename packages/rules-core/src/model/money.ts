import { RuleEngineError } from './errors';
import { preview } from './request';

/** Money is held as integer fen (分) in a bigint: exact, never a binary float (rules-spec §0.3). */
export type Fen = bigint;

/** 1万元 = 10,000 yuan = 1,000,000 fen. */
export const wan = (n: number): Fen => BigInt(n) * 10_000n * 100n;
export const yi = (n: number): Fen => BigInt(n) * 100_000_000n * 100n;

/**
 * A JSON number exactly as it was written in the request (`4999999.9999999999`), kept when reading it as a double
 * would change its value. The JSON Lines reader produces these for amount fields; see cli/decode.ts.
 */
export class NumberText {
  constructor(readonly text: string) {}
  toJSON(): string {
    return this.text;
  }
}

/** An amount longer than this, as written, is refused before it is read. */
export const AMOUNT_MAX_LENGTH = 40;
/** |exponent| beyond this is refused: no amount of government money needs it, and it bounds the arithmetic. */
const EXPONENT_LIMIT = 30;
/**
 * The cents of a plain decimal string — digits, no leading zero, at most ten of them, then at most two decimals — or
 * -1 for anything else (which then takes the general path). Ten digits keep cents well inside a double's exact range.
 */
function plainCents(text: string): number {
  const n = text.length;
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    if (i === 1 && whole === 0) return -1; // a leading zero
    whole = whole * 10 + c;
  }
  if (i === 0 || i > 10) return -1;
  if (i === n) return whole * 100;
  if (text.charCodeAt(i) !== 46 || n - i - 1 < 1 || n - i - 1 > 2) return -1; // "." and one or two decimals
  const d1 = text.charCodeAt(i + 1) - 48;
  const d2 = n - i - 1 === 2 ? text.charCodeAt(i + 2) - 48 : 0;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  return whole * 100 + d1 * 10 + d2;
}
// The JSON number grammar: what a JSON number may look like, and what an amount string may look like.
const NUMBER = /^(-)?(0|[1-9]\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parse a yuan amount into fen. The amount is judged by its exact decimal value as written — a decimal string
 * ("3999999.99"), a JSON number (3999999.99), or a JSON number kept as written (NumberText) — never by a rounded
 * double: 4999999.9999999999 has more than two decimals and is INVALID_AMOUNT, not 5000000. A number and the same
 * text give the same answer; "-0" is zero.
 */
export function parseYuan(value: unknown, field = 'amountYuan'): Fen {
  // The common case, a plain decimal string of at most ten digits before the point, is read digit by digit.
  if (typeof value === 'string') {
    const cents = plainCents(value);
    if (cents >= 0) return BigInt(cents);
  }
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (value instanceof NumberText) text = value.text;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else throw new RuleEngineError('INVALID_AMOUNT', `（${field} 须为数字或数字字符串）`);
  if (text.length > AMOUNT_MAX_LENGTH) {
    throw new RuleEngineError('INVALID_AMOUNT', `（${field} 过长：至多 ${AMOUNT_MAX_LENGTH} 个字符）`);
  }
  const m = NUMBER.exec(text);
  if (!m) throw new RuleEngineError('INVALID_AMOUNT', `（${field}=${preview(value)}）`);
  const [, sign, whole, frac = '', exp = '0'] = m;
  const exponent = Number(exp);
  if (Math.abs(exponent) > EXPONENT_LIMIT) {
    throw new RuleEngineError('INVALID_AMOUNT', `（${field} 的指数超出范围）`);
  }
  // digits × 10^(exponent − frac.length) yuan, exactly; fen need the power to reach −2.
  const digits = BigInt(whole! + frac);
  const power = exponent - frac.length + 2;
  let fen: bigint;
  if (power >= 0) fen = digits * 10n ** BigInt(power);
  else {
    const divisor = 10n ** BigInt(-power);
    if (digits % divisor !== 0n) {
      throw new RuleEngineError('INVALID_AMOUNT', `（${field} 最多两位小数）`);
    }
    fen = digits / divisor;
  }
  if (sign && fen !== 0n) throw new RuleEngineError('INVALID_AMOUNT', `（${field} 不得为负数）`);
  return fen;
}

/** fen → "12345.67" */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

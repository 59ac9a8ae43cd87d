// One JSON Lines line → one request. JSON.parse reads every number as a double, which would turn the amount
// 4999999.9999999999 into 5000000 before the engine could see it. A number is read exactly as written
// (lossless-json) when a double could change it: more than 15 significant digits, or an exponent. Otherwise
// JSON.parse is exact (any decimal of at most 15 significant digits survives the round trip through a double), and
// much faster. Amount fields (names ending in `Yuan`) keep their text; other numbers become doubles.
import { parse as parseLossless } from 'lossless-json';
import { RuleEngineError } from '../model/errors';
import { NumberText } from '../model/money';

// Sixteen digits in a run (a decimal point may sit among them), or a digit followed by an exponent marker. It may
// also match inside a string, which only costs the slower reader.
const DOUBLE_MAY_CHANGE = /(?:\d\.?){16}|\d[eE]/;

const reviveAmounts = (key: string, value: unknown): unknown =>
  value instanceof NumberText && !key.endsWith('Yuan') ? Number(value.text) : value;

/** Decode one line into a request; a blank or malformed line is INVALID_REQUEST (it still gets its answer line). */
export function decodeLine(line: string): unknown {
  if (line.trim() === '') throw new RuleEngineError('INVALID_REQUEST', '（空行：每行须为一个 JSON 对象）');
  try {
    if (!DOUBLE_MAY_CHANGE.test(line)) return JSON.parse(line);
    return parseLossless(line, reviveAmounts, (text) => new NumberText(text));
  } catch {
    throw new RuleEngineError('INVALID_REQUEST', '（该行不是合法的 JSON）');
  }
}

// One JSON Lines line → one request. JSON.parse reads every number as a double, which would turn the amount
// 4999999.9999999999 into 5000000 before the engine could see it. So when a request gives an amount (a field whose
// name ends in `Yuan`; amounts are top-level fields of the route command) as a JSON number, the line is read again with
// lossless-json, which keeps each amount exactly as written; other numbers become doubles as usual. Amounts given as
// strings (the recommended form) never need the second reading.
import { parse as parseLossless } from 'lossless-json';
import { RuleEngineError } from '../model/errors';
import { NumberText } from '../model/money';

const reviveAmounts = (key: string, value: unknown): unknown =>
  value instanceof NumberText && !key.endsWith('Yuan') ? Number(value.text) : value;

function hasNumericAmount(request: unknown, amountFields: readonly string[]): boolean {
  if (request === null || typeof request !== 'object') return false;
  for (const field of amountFields) {
    if (typeof (request as Record<string, unknown>)[field] === 'number') return true;
  }
  return false;
}

/**
 * Decode one line into a request; a blank or malformed line is INVALID_REQUEST (it still gets its answer line).
 * `amountFields` are the command's amount fields (the route command's `…Yuan` fields; none elsewhere).
 */
export function decodeLine(line: string, amountFields: readonly string[] = []): unknown {
  let request: unknown;
  try {
    request = JSON.parse(line);
    if (amountFields.length > 0 && hasNumericAmount(request, amountFields)) {
      request = parseLossless(line, reviveAmounts, (text) => new NumberText(text));
    }
  } catch {
    throw new RuleEngineError(
      'INVALID_REQUEST',
      line.trim() === '' ? '（空行：每行须为一个 JSON 对象）' : '（该行不是合法的 JSON）',
    );
  }
  return request;
}

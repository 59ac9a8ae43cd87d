import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { isValidDate } from '../calendar/dates';
import { RuleEngineError, type RuleErrorCode } from '../model/errors';
import { preview } from '../model/request';
import { decodeLine } from './decode';

export type Success = { ok: true } & Record<string, unknown>;
export type Failure = {
  ok: false;
  error: {
    code: string;
    message: string;
    pointers?: readonly { instrument: string; location: string; note?: string }[];
  };
};
export type Response = Success | Failure;

/**
 * A command takes one parsed JSON request and returns its success body; it throws RuleEngineError on failure. A
 * command whose requests carry amounts names their fields, so that the JSON Lines reader keeps them as written.
 */
export type CommandHandler = ((request: unknown) => Success) & { amountFields?: readonly string[] };

// Validation messages are Chinese: zod's own zh-CN messages, passed per parse so that no global setting of the
// process (the apps use zod too) is changed.
const zhErrors = zhCN().localeError;

/** Field names in messages are cut short too: a 10 MB key must not come back. */
const pathOf = (path: readonly PropertyKey[]) =>
  path.length === 0
    ? '请求'
    : path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p).slice(0, 40))).join('.');

/** A calendar date that exists (2025-02-30 does not): the failure is INVALID_DATE, not INVALID_REQUEST. */
export const isoDate = z
  .string()
  .max(10)
  .refine(isValidDate, { params: { ruleCode: 'INVALID_DATE' }, message: '须为有效日期（YYYY-MM-DD）' });
/** An identifier the caller chooses (a leader, a department): short, never echoed at length. */
export const id = z.string().min(1).max(128);

/**
 * Validate a request with zod (schemas are strict: an unknown field is refused, never dropped). The first problem is
 * named — an unknown field before anything else — with its path; the value itself is never echoed.
 */
export function parseRequest<S extends z.ZodType>(schema: S, request: unknown): z.infer<S> {
  // A per-parse error map turns off zod's compiled fast path, so the messages are made only when parsing fails.
  const fast = schema.safeParse(request);
  if (fast.success) return fast.data;
  const result = schema.safeParse(request, { error: zhErrors });
  if (result.success) return result.data;
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
  const where = pathOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 3).map(preview).join('、');
    throw new RuleEngineError(
      'INVALID_REQUEST',
      `（${where}中有未知字段 ${keys}${issue.keys.length > 3 ? ' 等' : ''}：字段名拼写有误，或该命令不接受此字段）`,
    );
  }
  const code: RuleErrorCode =
    issue.code === 'custom' &&
    (issue.params as { ruleCode?: string } | undefined)?.ruleCode === 'INVALID_DATE'
      ? 'INVALID_DATE'
      : 'INVALID_REQUEST';
  throw new RuleEngineError(code, `（${where}：${issue.message}）`);
}

export function failureOf(error: unknown): Failure {
  if (error instanceof RuleEngineError) {
    return {
      ok: false,
      error: {
        code: error.code,
        message: error.messageZh,
        ...(error.pointers.length > 0 ? { pointers: error.pointers } : {}),
      },
    };
  }
  // An engine bug must not break the one-line-per-request contract; it is still reported, never hidden.
  return {
    ok: false,
    error: {
      code: 'INTERNAL',
      message: `内部错误：${String((error as Error)?.message ?? error).slice(0, 200)}`,
    },
  };
}

/** Run one request through a handler: always one response, never a throw. */
export function respond(handler: CommandHandler, request: unknown): Response {
  try {
    if (request === null || typeof request !== 'object' || Array.isArray(request)) {
      throw new RuleEngineError('INVALID_REQUEST', '（每行须为一个 JSON 对象）');
    }
    return handler(request);
  } catch (error) {
    return failureOf(error);
  }
}

const SUCCESSES = new WeakMap<object, Success>();
/** The JSON line of each shared success answer, made once. */
const LINES = new WeakMap<Success, string>();

/**
 * The success answer for an engine result. A result the engine shares (frozen, e.g. a KZ money route) gets one shared
 * success object, so its JSON line is made once (see answerLine).
 */
export function success(result: object): Success {
  if (!Object.isFrozen(result)) return { ok: true, ...result };
  let s = SUCCESSES.get(result);
  if (s === undefined) {
    s = Object.freeze({ ok: true as const, ...result });
    SUCCESSES.set(result, s);
    LINES.set(s, JSON.stringify(s));
  }
  return s;
}

/** One JSON Lines line in, one JSON line out (without its newline). */
export function answerLine(handler: CommandHandler, line: string): string {
  const response = respondToLine(handler, line);
  return (response.ok ? LINES.get(response) : undefined) ?? JSON.stringify(response);
}

/** Decode one JSON Lines line and respond: every line, a blank one included, gets exactly one answer. */
export function respondToLine(handler: CommandHandler, line: string): Response {
  let request: unknown;
  try {
    request = decodeLine(line, handler.amountFields);
  } catch (error) {
    return failureOf(error);
  }
  return respond(handler, request);
}

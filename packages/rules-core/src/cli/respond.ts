import { type z } from 'zod';
import { RuleEngineError } from '../model/errors';

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

/** A command takes one parsed JSON request and returns its success body; it throws RuleEngineError on failure. */
export type CommandHandler = (request: unknown) => Success;

/** Validate a request with zod; any mismatch is INVALID_REQUEST with the first problem named. */
export function parseRequest<S extends z.ZodType>(schema: S, request: unknown): z.infer<S> {
  const result = schema.safeParse(request);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '请求';
    throw new RuleEngineError('INVALID_REQUEST', `（${where}：${issue?.message ?? '格式不符'}）`);
  }
  return result.data;
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
    error: { code: 'INTERNAL', message: `内部错误：${(error as Error)?.message ?? String(error)}` },
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

/** Parse one JSON Lines line and respond. */
export function respondToLine(handler: CommandHandler, line: string): Response {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return failureOf(new RuleEngineError('INVALID_REQUEST', '（该行不是合法的 JSON）'));
  }
  return respond(handler, request);
}

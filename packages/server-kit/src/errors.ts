// The edge: domain errors (AppError of @zhengling/core, and rules-core's RuleEngineError) become tRPC errors with the
// status of their code. Domain code never imports tRPC; only here is a code given its transport status.
import { TRPCError } from '@trpc/server';
import { AppError, type AppErrorCode, fromRuleError } from '@zhengling/core';
import { RuleEngineError } from '@zhengling/rules-core';

type TrpcCode = TRPCError['code'];

/** The tRPC (and so HTTP) status of each application error code. */
export const TRPC_CODE: Record<AppErrorCode, TrpcCode> = {
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'BAD_REQUEST',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  INVALID_CREDENTIALS: 'UNAUTHORIZED',
  PASSWORD_TOO_WEAK: 'BAD_REQUEST',
  CSRF_REJECTED: 'FORBIDDEN',
  ACCOUNT_DISABLED: 'FORBIDDEN',
  RULEBOOK_SILENT: 'UNPROCESSABLE_CONTENT',
  RULE_VIOLATION: 'UNPROCESSABLE_CONTENT',
  WRONG_STATE: 'PRECONDITION_FAILED',
  FILE_REJECTED: 'BAD_REQUEST',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/**
 * What a database refusal means to the caller (Prisma's known request errors): a reference to a row that does not
 * exist, a row that already exists, a row not found, a value too long for its column.
 */
const DATABASE_REFUSALS: Record<string, [AppErrorCode, string]> = {
  P2003: ['INVALID_INPUT', '（引用的条目不存在）'],
  P2002: ['CONFLICT', ''],
  P2025: ['NOT_FOUND', ''],
  P2000: ['INVALID_INPUT', '（输入值过长）'],
  P2006: ['INVALID_INPUT', '（输入值无效）'],
  P2007: ['INVALID_INPUT', '（输入值无效）'],
  P2023: ['INVALID_INPUT', '（输入值无效）'],
};

/** The domain error behind a thrown value, if it is one (a rules-core error or a database refusal becomes its AppError). */
export function domainErrorOf(error: unknown): AppError | undefined {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof AppError) return cause;
  if (cause instanceof RuleEngineError) return fromRuleError(cause);
  const prismaCode = (cause as { name?: string; code?: unknown } | undefined)?.code;
  if (
    (cause as { name?: string })?.name === 'PrismaClientKnownRequestError' &&
    typeof prismaCode === 'string'
  ) {
    const refusal = DATABASE_REFUSALS[prismaCode];
    if (refusal) return new AppError(refusal[0], refusal[1], { database: prismaCode });
  }
  return undefined;
}

/** A domain error as tRPC sees it: the status of its code, the domain error kept as the cause. */
export const toTrpcError = (error: AppError): TRPCError =>
  new TRPCError({ code: TRPC_CODE[error.appCode], message: error.message, cause: error });

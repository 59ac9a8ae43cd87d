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
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** The domain error behind a thrown value, if it is one (a rules-core error becomes its AppError). */
export function domainErrorOf(error: unknown): AppError | undefined {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof AppError) return cause;
  if (cause instanceof RuleEngineError) return fromRuleError(cause);
  return undefined;
}

/** A domain error as tRPC sees it: the status of its code, the domain error kept as the cause. */
export const toTrpcError = (error: AppError): TRPCError =>
  new TRPCError({ code: TRPC_CODE[error.appCode], message: error.message, cause: error });

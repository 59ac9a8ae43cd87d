// The one application error enum of every Zhengling server and worker. Each error has a stable code (a public
// contract: never rename), a Chinese message for people and an English one beside it. Domain code throws these; the
// transport (server-kit) maps each code to its HTTP/tRPC status at the edge.
import type { RuleEngineError } from '@zhengling/rules-core';

export const APP_ERRORS = {
  UNAUTHENTICATED: { zh: '请先登录。', en: 'Sign in first.' },
  FORBIDDEN: { zh: '您没有执行此操作的权限。', en: 'You may not do this.' },
  NOT_FOUND: { zh: '未找到该条目。', en: 'Not found.' },
  INVALID_INPUT: { zh: '输入有误。', en: 'Invalid input.' },
  CONFLICT: { zh: '该条目已被修改或已存在，请刷新后重试。', en: 'Conflict: refresh and retry.' },
  RATE_LIMITED: { zh: '尝试次数过多，请稍后再试。', en: 'Too many attempts; try again later.' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误。', en: 'Wrong username or password.' },
  PASSWORD_TOO_WEAK: {
    zh: '新密码须至少12位，且不能与用户名相同。',
    en: 'The new password needs 12+ characters and must differ from the username.',
  },
  CSRF_REJECTED: { zh: '请求缺少有效的防伪令牌，请刷新页面后重试。', en: 'Missing or invalid CSRF token.' },
  ACCOUNT_DISABLED: { zh: '该账号已停用。', en: 'This account is disabled.' },
  RULEBOOK_SILENT: { zh: '该区规则对此未作规定。', en: 'The rulebook is silent on this.' },
  RULE_VIOLATION: { zh: '不符合规则要求。', en: 'The rules do not allow this.' },
  WRONG_STATE: {
    zh: '该事项当前的状态不允许此操作。',
    en: 'The item is not in a state that allows this.',
  },
  FILE_REJECTED: { zh: '附件不符合要求。', en: 'The file was refused.' },
  SERVICE_UNAVAILABLE: {
    zh: '服务暂时不可用（内部服务连接中断），请稍后再试。',
    en: 'A service this needs is unavailable; try again shortly.',
  },
  INTERNAL: { zh: '服务器内部错误，请稍后重试。', en: 'Internal error.' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type AppErrorCode = keyof typeof APP_ERRORS;

/** A domain error: a stable code, a Chinese message (with detail), and optional details for the caller. */
export class AppError extends Error {
  readonly appCode: AppErrorCode;
  readonly messageZh: string;
  readonly details?: Record<string, unknown>;

  constructor(code: AppErrorCode, detailZh?: string, details?: Record<string, unknown>) {
    const def = APP_ERRORS[code];
    super(def.en);
    this.name = 'AppError';
    this.appCode = code;
    this.messageZh = detailZh ? `${def.zh}${detailZh}` : def.zh;
    this.details = details;
  }
}

/** A rules-core error becomes an AppError with the engine's own code and Chinese message. */
export function fromRuleError(error: RuleEngineError): AppError {
  const code: AppErrorCode =
    error.code === 'RULEBOOK_SILENT'
      ? 'RULEBOOK_SILENT'
      : error.code === 'TRANSITION_NOT_ALLOWED' || error.code === 'RULE_VIOLATION'
        ? 'RULE_VIOLATION'
        : 'INVALID_INPUT';
  const e = new AppError(code, undefined, { ruleCode: error.code, pointers: error.pointers });
  (e as { messageZh: string }).messageZh = error.messageZh;
  return e;
}

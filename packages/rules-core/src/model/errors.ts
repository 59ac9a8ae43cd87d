/**
 * The engine's stable error codes. Each carries a Chinese message for people (English beside it for logs).
 * These codes are a public contract (CLI, tRPC): never rename one.
 */
export const RULE_ERROR_CODES = {
  INVALID_REQUEST: '请求格式无效：不是合法的 JSON 对象，或字段不符合要求。',
  INVALID_AMOUNT: '金额无效：须为非负数，最多两位小数。',
  UNKNOWN_DISTRICT: '未知的区：仅支持 kaizhou（开州区）和 shapingba（沙坪坝区）。',
  UNKNOWN_MATTER: '未知的事项类别。',
  MISSING_CONTRACT_AMOUNT: '投资增减变更类事项须提供合同金额（contractAmountYuan）。',
  RULEBOOK_SILENT: '该区规则对此未作规定，引擎不作推断。',
  UNKNOWN_RULE: '未找到该规则编号。',
  UNKNOWN_DOCUMENT_KIND: '未知的公文类别。',
  UNKNOWN_MEETING: '未知的会议类别。',
  TRANSITION_NOT_ALLOWED: '该状态转换不被规则允许或前置条件未满足。',
  CALENDAR_YEAR_MISSING: '缺少该年度的节假日安排数据，无法计算工作日。',
  INVALID_DATE: '日期无效：须为 YYYY-MM-DD 格式的有效日期。',
  RULE_VIOLATION: '请求所述情形不符合规则，无法据此作答。',
} as const;

export type RuleErrorCode = keyof typeof RULE_ERROR_CODES;

export class RuleEngineError extends Error {
  readonly code: RuleErrorCode;
  /** Chinese message for people */
  readonly messageZh: string;
  /** where a rulebook is silent, the provisions that do speak to the topic */
  readonly pointers: readonly { instrument: string; location: string; note?: string }[];

  constructor(
    code: RuleErrorCode,
    detailZh?: string,
    pointers: readonly { instrument: string; location: string; note?: string }[] = [],
  ) {
    const messageZh = detailZh ? `${RULE_ERROR_CODES[code]}${detailZh}` : RULE_ERROR_CODES[code];
    super(`${code}: ${messageZh}`);
    this.name = 'RuleEngineError';
    this.code = code;
    this.messageZh = messageZh;
    this.pointers = pointers;
  }
}

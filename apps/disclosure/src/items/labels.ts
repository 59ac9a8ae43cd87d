// The Chinese names of the workflow's states, kinds and validity, used in messages and the history.
export const STATE_ZH = {
  draft: '草稿',
  in_review: '保密审查中',
  awaiting_signoff: '待签发',
  published: '已发布',
  withheld: '不予公开',
} as const;
export const KIND_ZH = {
  policy: '政策文件',
  normative_document: '行政规范性文件',
  meeting_decision: '会议决定',
  suggestion_answer: '建议提案办理复文',
  cleanup_result: '规范性文件清理结果',
  interpretation: '政策解读',
  other: '其他主动公开信息',
} as const;
export const VALIDITY_ZH = { in_force: '有效', expired: '失效', repealed: '废止', amended: '已修改' } as const;
export const ATTRIBUTE_ZH = { proactive: '主动公开', on_application: '依申请公开', withheld: '不予公开' } as const;

/** The document kinds of rules-core's sign-off lists a disclosure item is usually one of (rules-spec §1.5). */
export const SIGNOFF_KIND_ZH = {
  'government-normative-document': '区政府行政规范性文件',
  'overall-policy-document': '区政府全局性、重大政策公文（开州）',
  'government-document': '区政府其他公文',
  'other-major-matter-document': '其他涉及重大事项的公文',
  'executive-minutes': '区政府常务会议纪要',
  'plenary-minutes': '区政府全体会议纪要',
  'topic-minutes': '专题会议纪要',
  'office-document': '区政府办公室公文',
  'office-policy-document': '区政府办公室政策性公文（开州）',
  'office-major-matter-document': '区政府办公室重大事项公文',
  'office-reply-document': '区政府办公室答复类公文',
  'office-routine-document': '区政府办公室事务性公文',
  department: '部门自行发文',
} as const;

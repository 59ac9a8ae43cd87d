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

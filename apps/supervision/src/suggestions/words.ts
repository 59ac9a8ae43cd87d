// The words of suggestion and proposal handling: source bodies, states, answer categories and ratings, as the office
// says them. None of these is in the rulebooks (rules-spec R-SUP-11: SPB art.29 only says 认真办理人大代表建议、政协委员
// 提案; KZ is silent): they follow shared/DOMAIN.md and the issue that asked for this work.

export const SOURCE_BODIES = ['npc-district', 'cppcc-district', 'npc-city', 'cppcc-city'] as const;
export type SourceBody = (typeof SOURCE_BODIES)[number];
export const SOURCE_BODY_ZH: Record<SourceBody, string> = {
  'npc-district': '区人大代表建议',
  'cppcc-district': '区政协委员提案',
  'npc-city': '市人大代表建议',
  'cppcc-city': '市政协委员提案',
};
/** What an item of each body is called (建议 or 提案), and who made it (代表 or 委员). */
export const isCongress = (body: string) => body.startsWith('npc');
export const itemWord = (body: string) => (isCongress(body) ? '建议' : '提案');
export const proposerWord = (body: string) => (isCongress(body) ? '代表' : '委员');

export const SUGGESTION_STATES = [
  'registered',
  'assigned',
  'returned',
  'answered',
  'rehandling',
  'closed',
] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];
export const SUGGESTION_STATE_ZH: Record<SuggestionState, string> = {
  registered: '待交办',
  assigned: '办理中',
  returned: '退回待重新交办',
  answered: '已答复待评价',
  rehandling: '重新办理中',
  closed: '办结',
};

/**
 * The answer categories (A/B/C). The Chongqing regulation on deputies' suggestions (shared/DOMAIN.md) has four
 * categories; its (一) solved or adopted and (二) being solved are A here, a plan with its time limit is B, and (三)
 * conditions not met and (四) a higher authority's competence are C, whose reasons say which.
 */
export const ANSWER_CATEGORIES = ['A', 'B', 'C'] as const;
export type AnswerCategory = (typeof ANSWER_CATEGORIES)[number];
export const ANSWER_CATEGORY_ZH: Record<AnswerCategory, string> = {
  A: 'A类（已解决或正在解决）',
  B: 'B类（列入计划拟解决）',
  C: 'C类（因条件限制暂不能解决）',
};

export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_ZH: Record<Rating, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

/** The events of an item's history, as the page names them. */
export const SUGGESTION_EVENT_ZH: Record<string, string> = {
  register: '登记',
  assign: '交办',
  return: '退回交办',
  reassign: '重新交办',
  contact: '联系代表委员',
  opinion: '协办意见',
  difficult: '列为重大复杂事项',
  draft: '拟写答复',
  'sign-off': '负责人签发答复',
  'send-back': '负责人退回答复稿',
  rate: '满意度评价',
  rehandle: '重新办理',
  'send-to-disclosure': '报送政务公开',
  exempt: '不予公开',
  commitment: '承诺事项转入督办',
};

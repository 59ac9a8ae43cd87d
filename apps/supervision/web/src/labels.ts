// Words on the page for the server's codes.
export const STATUS = {
  not_started: { label: '未开始', color: 'default' },
  in_progress: { label: '推进中', color: 'processing' },
  behind: { label: '滞后', color: 'error' },
  ahead: { label: '超前', color: 'success' },
  completed: { label: '已完成', color: 'green' },
  returned: { label: '已退回', color: 'warning' },
} as const;
export type Status = keyof typeof STATUS;

export const LIGHT = { green: '#389e0d', yellow: '#d48806', red: '#cf1322' } as const;
export const LIGHT_WORD = { green: '绿灯', yellow: '黄灯', red: '红灯' } as const;

export const KIND = {
  work_report: '政府工作报告任务',
  instruction: '领导批示交办事项',
  meeting_decision: '会议议定事项',
  suggestion_commitment: '建议提案答复承诺事项',
} as const;

/** Each kind's pages live under its own menu entry, so the menu shows where the user is. */
export const PAGE: Record<keyof typeof KIND, string> = {
  work_report: '/tasks',
  instruction: '/instructions',
  meeting_decision: '/decisions',
  suggestion_commitment: '/commitments',
};

export const NOTICE = { reminder: '督查提醒函', urging: '催办通知单', supervision: '督办通知单' } as const;

export const CYCLE = { monthly: '每月', quarterly: '每季度', none: '不报送' } as const;

export const REPORT_STATUS = {
  awaiting_sign_off: { label: '待负责人签发', color: 'processing' },
  signed_off: { label: '已签发', color: 'success' },
  rejected: { label: '已退回', color: 'warning' },
} as const;

export const DEADLINE_KIND: Record<string, string> = {
  'supervision.work_report': '任务完成时限',
  'supervision.instruction': '反馈时限',
  'supervision.meeting_decision': '完成时限',
  'supervision.progress-report': '进度报送',
  'supervision.normative-filing': '规范性文件报送备案',
  'supervision.normative-cleanup': '规范性文件清理意见报送',
  'supervision.suggestion_commitment': '承诺事项完成时限',
  'supervision.suggestion-contact': '联系代表委员',
  'supervision.suggestion-co-opinion': '协办意见送主办单位',
  'supervision.suggestion-answer': '答复时限',
  'supervision.suggestion-rehandle': '不满意重新办理答复',
};

export const SOURCE = {
  central: '党中央、国务院',
  'state-leader': '党和国家领导人',
  'municipal-party-committee': '市委领导',
  'municipal-government': '市政府领导',
  'district-party-committee': '区委领导',
  'district-government': '区政府领导',
} as const;

export const MEETING = {
  'executive-meeting': '区政府常务会议',
  'head-office-meeting': '区长办公会议',
  'plenary-meeting': '区政府全体会议',
  'topic-meeting': '专题会议',
} as const;

export const periodLabel = (p: string) => {
  const q = /^(\d{4})-Q(\d)$/.exec(p);
  if (q) return `${q[1]}年第${q[2]}季度`;
  if (/^\d{4}-\d{2}$/.test(p)) return `${p.slice(0, 4)}年${Number(p.slice(5, 7))}月`;
  return p;
};

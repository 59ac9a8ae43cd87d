// The canonical vocabulary of rules-spec §1. Every id in data, engine, CLI and apps comes from here.

export const DISTRICTS = ['kaizhou', 'shapingba'] as const;
export type DistrictId = (typeof DISTRICTS)[number];

/** §1.1 individual office-holders */
export const OFFICE_HOLDERS = [
  'district-head',
  'executive-deputy-head',
  'deputy-head',
  'deputy-head-in-charge',
  'ab-counterpart',
  'district-government-leader',
  'office-director',
  'office-deputy-director',
  'department-principal-head',
  'district-party-secretary',
  'spokesperson',
  'meeting-convener',
] as const;

/** §1.2 meetings and other collective bodies */
export const MEETINGS = [
  'plenary-meeting',
  'executive-meeting',
  'head-office-meeting',
  'topic-meeting',
] as const;
export const COLLECTIVE_BODIES = [
  ...MEETINGS,
  'district-party-standing-committee',
  'party-group-meeting',
  'coordination-body',
] as const;
export type MeetingId = (typeof MEETINGS)[number];

/** §1.3 organisations */
export const ORGANISATIONS = [
  'district-government',
  'government-party-group',
  'government-office',
  'supervision-office',
  'justice-bureau',
  'finance-bureau',
  'sasac',
  'audit-bureau',
  'municipal-audit-bureau',
  'department',
  'lead-department',
  'drafting-department',
  'competent-department',
  'township',
  'enterprise',
  'guaranteed-entity',
  'district-party-committee',
  'district-party-committee-office',
  'district-peoples-congress',
  'district-pc-standing-committee',
  'district-cppcc',
  'municipal-government',
  'municipal-government-general-office',
  'municipal-department',
  'state-supervisory-organ',
  'peoples-court',
] as const;

export const AUTHORITIES = [...OFFICE_HOLDERS, ...COLLECTIVE_BODIES, ...ORGANISATIONS] as const;
export type AuthorityId = (typeof AUTHORITIES)[number];

/** §1.4 step actions */
export const ACTIONS = [
  'approve',
  'decide',
  'review',
  'review-and-submit',
  'consent',
  'receive-filing',
  'hear-report',
  'study',
  'sign',
  'co-sign',
  'submit',
  'report',
] as const;
export type ActionId = (typeof ACTIONS)[number];

/** §1.5 document kinds (sign-off) */
export const DOCUMENT_KINDS = [
  'report-to-municipal-government',
  'report-to-municipal-general-office',
  'party-group-request-or-report',
  'bill-to-district-pc',
  'major-situation-notice-to-cppcc',
  'government-normative-document',
  'personnel-appointment',
  'other-major-matter-document',
  'overall-policy-document',
  'plenary-minutes',
  'executive-minutes',
  'head-office-minutes',
  'topic-minutes',
  'party-group-minutes',
  'government-document',
  'request-to-municipal-department',
  'coordination-body-document',
  'office-document',
  'office-major-matter-document',
  'office-policy-document',
  'office-liaison-document',
  'office-reply-document',
  'office-joint-with-party-office',
  'work-bulletin',
  'office-routine-document',
  'party-government-joint-document',
  'department-document-with-government-consent',
] as const;
export type DocumentKindId = (typeof DOCUMENT_KINDS)[number];

/** §1.6 the ten KZ §22 money matters (the routing engine's `matter`) */
export const MONEY_MATTERS = [
  'matching-fund-project-application',
  'local-government-bond',
  'special-fund-allocation',
  'district-fiscal-funds',
  'soe-asset-disposal',
  'public-unit-asset-disposal',
  'soe-investment',
  'investment-change',
  'state-asset-guarantee',
  'soe-financing',
] as const;
export type MoneyMatterId = (typeof MONEY_MATTERS)[number];

/** §1.6 other matters; Shapingba routes these qualitatively (SPB art.39) */
export const QUALITATIVE_MATTERS = [
  'major-matter',
  'urgent-major-event',
  'three-important-one-large',
  'major-administrative-decision',
  'normative-document',
  'government-rule',
  'formal-external-agreement',
  'key-soe-major-matter',
  'cost-overrun',
  'land-transfer-or-allocation',
  'government-work-report-task',
  'leader-instruction',
  'deputy-suggestion',
  'cppcc-proposal',
  'petition',
] as const;
export type QualitativeMatterId = (typeof QUALITATIVE_MATTERS)[number];

export const MATTERS = [...MONEY_MATTERS, ...QUALITATIVE_MATTERS] as const;
export type MatterId = (typeof MATTERS)[number];

/** How each matter is named in Chinese (rules-spec §1.6), for the pages people choose a matter on. */
export const MATTER_ZH: Readonly<Record<MatterId, string>> = {
  'matching-fund-project-application': '需区级财政配套的建设项目申报方案',
  'local-government-bond': '发行地方政府债券',
  'special-fund-allocation': '专项资金分配方案',
  'district-fiscal-funds': '本级财政资金安排',
  'soe-asset-disposal': '国有企业一次性处置国有资产',
  'public-unit-asset-disposal': '行政、事业单位一次性处置国有资产',
  'soe-investment': '国有企业投资项目',
  'investment-change': '投资增减变更',
  'state-asset-guarantee': '国有资产抵押或担保',
  'soe-financing': '国有企业融资（含国企互保）',
  'major-matter': '区政府工作中的重大事项',
  'urgent-major-event': '紧急或突发性重大事件',
  'three-important-one-large': '“三重一大”事项',
  'major-administrative-decision': '重大行政决策',
  'normative-document': '规范性文件',
  'government-rule': '政府规章',
  'formal-external-agreement': '对外签订正式协议',
  'key-soe-major-matter': '区属国有重点企业重要事项',
  'cost-overrun': '工程结算超合同总价、项目总投资超概算',
  'land-transfer-or-allocation': '涉及土地出让或划拨的文件、协议',
  'government-work-report-task': '《政府工作报告》重点工作',
  'leader-instruction': '批示及交办事项',
  'deputy-suggestion': '人大代表建议',
  'cppcc-proposal': '政协委员提案',
  petition: '信访、群众来信',
};

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** How each authority is named in Chinese, for answers people read (rules-spec §1.1–1.3). */
export const AUTHORITY_ZH: Readonly<Record<AuthorityId, string>> = {
  'district-head': '区长',
  'executive-deputy-head': '常务副区长',
  'deputy-head': '副区长',
  'deputy-head-in-charge': '分管副区长',
  'ab-counterpart': 'AB角对应的副区长',
  'district-government-leader': '区政府领导同志',
  'office-director': '区政府办公室主任',
  'office-deputy-director': '区政府办公室副主任',
  'department-principal-head': '部门主要负责人',
  'district-party-secretary': '区委书记',
  spokesperson: '区政府新闻发言人',
  'meeting-convener': '会议召集人',
  'plenary-meeting': '区政府全体会议',
  'executive-meeting': '区政府常务会议',
  'head-office-meeting': '区长办公会议',
  'topic-meeting': '区政府专题会议',
  'district-party-standing-committee': '区委常委会会议',
  'party-group-meeting': '区政府党组会议',
  'coordination-body': '议事协调机构',
  'district-government': '区政府',
  'government-party-group': '区政府党组',
  'government-office': '区政府办公室',
  'supervision-office': '区政府督查办',
  'justice-bureau': '区司法局',
  'finance-bureau': '区财政局',
  sasac: '区国资委',
  'audit-bureau': '区审计局',
  'municipal-audit-bureau': '市审计局',
  department: '区政府部门',
  'lead-department': '主办部门',
  'drafting-department': '起草部门',
  'competent-department': '主管部门',
  township: '镇街',
  enterprise: '企业',
  'guaranteed-entity': '被担保单位',
  'district-party-committee': '区委',
  'district-party-committee-office': '区委办公室',
  'district-peoples-congress': '区人大',
  'district-pc-standing-committee': '区人大常委会',
  'district-cppcc': '区政协',
  'municipal-government': '市政府',
  'municipal-government-general-office': '市政府办公厅',
  'municipal-department': '市政府有关部门',
  'state-supervisory-organ': '国家监察机关',
  'peoples-court': '人民法院',
};

/** How each step action is named in Chinese (rules-spec §1.4). */
export const ACTION_ZH: Readonly<Record<ActionId, string>> = {
  approve: '审定',
  decide: '讨论决定',
  review: '审核',
  'review-and-submit': '核报',
  consent: '同意',
  'receive-filing': '备案',
  'hear-report': '听取汇报',
  study: '研究',
  sign: '签发',
  'co-sign': '会签',
  submit: '提请',
  report: '报告',
};

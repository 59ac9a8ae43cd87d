// Document sign-off (公文审签): SPB art.44, 48–49 and KZ 四十三–四十四, one rule per row of the decision lists of
// rules-spec §7 (evaluated top to bottom, first match wins: src/engine/signoff.ts).
import type { DocumentKindId } from '../model/ids';
import type { Rule } from '../model/rule';

const KZ = {
  district: 'kaizhou',
  instrumentId: 'kz-2021-7',
  validFrom: '2021-04-01',
  spec: 'rules-spec §7.2',
} as const;
const SPB = {
  district: 'shapingba',
  instrumentId: 'spb-2022-3',
  validFrom: '2022-01-25',
  spec: 'rules-spec §7.1',
} as const;

export const SIGNOFF_RULES: readonly Rule[] = [
  {
    ...SPB,
    id: 'SPB-S0',
    location: '第四十八条第（四）项',
    quote: '党政联合行文，按区委办公室、区政府办公室有关规定办理',
    summary: '党政联合行文按区委办公室、区政府办公室的有关规定办理，规定不在本规则中。',
    summaryEn: 'Joint party-government documents follow the two offices’ own rules (not in the rulebook).',
  },
  {
    ...SPB,
    id: 'SPB-S1',
    location: '第四十八条第（一）项',
    quote:
      '下列公文由区长签发：区政府报市政府的公文，区政府党组报区委的请示、报告，区政府提请区人大及其常委会审议的议案，向区政协通报重大情况的公文，以区政府或区政府办公室名义印发的规范性文件，人事任免公文，其他涉及重大事项的公文',
    summary:
      '报市政府的公文、党组请示报告、议案、向区政协通报重大情况的公文、规范性文件、人事任免及其他重大事项公文由区长签发。',
    summaryEn:
      'The district head signs reports to the municipal government, party-group requests, bills, notices to the CPPCC, normative documents, appointments and other major documents.',
  },
  {
    ...SPB,
    id: 'SPB-S2',
    location: '第四十四条',
    quote: '区政府全体会议、区政府常务会议和区长办公会议的纪要由区长签发',
    summary: '区政府全体会议、常务会议和区长办公会议纪要由区长签发。',
    summaryEn: 'The district head signs the minutes of the plenary, executive and head-office meetings.',
  },
  {
    ...SPB,
    id: 'SPB-S3',
    location: '第四十四条',
    quote: '区政府专题会议的纪要由主持召开会议或委托政府办主任、副主任召开会议的区政府领导同志签发',
    summary: '专题会议纪要由主持会议的区政府领导签发；政府办主任、副主任受托召开的，由委托的区政府领导签发。',
    summaryEn:
      'Topic-meeting minutes are signed by the leader who chaired it, or who delegated the office director or deputy director to hold it.',
  },
  {
    ...SPB,
    id: 'SPB-S4',
    location: '第四十八条第（二）项第二款',
    quote: '经区政府常务会议审议通过且不需再报区委常委会审议的议事协调机构文件，由常务副区长签发',
    summary: '经常务会议审议通过且不需再报区委常委会审议的议事协调机构文件，由常务副区长签发。',
    summaryEn:
      'The executive deputy head signs coordination-body documents adopted by the executive meeting that need no party standing committee deliberation.',
  },
  {
    ...SPB,
    id: 'SPB-S5',
    location: '第四十八条第（二）项',
    quote: '区政府向市政府有关部门请求批准事项和商洽工作的公文，由分管副区长签发，涉及重要事项的报区长签发',
    summary: '向市政府有关部门请求批准事项和商洽工作的公文由分管副区长签发，涉及重要事项的报区长签发。',
    summaryEn:
      'Requests to municipal departments: the deputy in charge signs; the district head if important.',
  },
  {
    ...SPB,
    id: 'SPB-S6',
    location: '第四十八条第（二）项',
    quote: '除应由区长签发以外的区政府公文，属于一位副区长分管工作范围内的，由分管副区长签发',
    summary: '属于一位副区长分管范围内的区政府公文，由该分管副区长签发。',
    summaryEn: 'A government document within one deputy’s portfolio is signed by that deputy.',
  },
  {
    ...SPB,
    id: 'SPB-S7',
    location: '第四十八条第（二）项',
    quote: '涉及两位以上副区长分管工作的，经有关副区长会签提出意见后，由区长或负责区政府常务工作的副区长签发',
    summary: '涉及两位以上副区长分管工作的公文，经有关副区长会签后，由区长或常务副区长签发。',
    summaryEn:
      'Two or more portfolios: the deputies co-sign, then the district head or the executive deputy signs.',
  },
  {
    ...SPB,
    id: 'SPB-S8',
    location: '第四十八条第（二）项',
    quote: '涉及资金的要经过常务副区长签发',
    summary: '涉及两位以上副区长分管工作且涉及资金的公文，会签后须经常务副区长签发（见解读 I-A-32）。',
    summaryEn: 'Where funds are involved (multi-portfolio documents, A-32) the executive deputy head signs.',
  },
  {
    ...SPB,
    id: 'SPB-S9',
    location: '第四十八条第（三）项第二款',
    quote:
      '区政府办公室向市政府有关部门和其他区县政府办公室商洽工作的公文，以及回复有关事项的公文，由区政府办公室主任签发，涉及重要内容的报分管副区长审核后印发',
    summary: '区政府办公室商洽工作及回复事项的公文由办公室主任签发；涉及重要内容的先报分管副区长审核。',
    summaryEn:
      'Office liaison and reply documents: the office director signs; important content is reviewed by the deputy in charge first.',
  },
  {
    ...SPB,
    id: 'SPB-S10',
    location: '第四十八条第（三）项第二款',
    quote: '工作通报由区长、副区长或区政府办公室主任签发',
    summary: '工作通报由区长、副区长或区政府办公室主任签发。',
    summaryEn: 'Work bulletins: the district head, a deputy head or the office director signs.',
  },
  {
    ...SPB,
    id: 'SPB-S11',
    location: '第四十八条第（三）项第二款',
    quote: '涉及区政府办公室印发的事务性公文，由区政府办公室主任签发',
    summary: '区政府办公室印发的事务性公文由办公室主任签发。',
    summaryEn: 'Routine office documents: the office director signs.',
  },
  {
    ...SPB,
    id: 'SPB-S12',
    location: '第四十八条第（三）项',
    quote: '以区政府办公室名义发文，由区政府办公室主任签发；根据需要报区政府分管副区长或区长签发',
    summary: '以区政府办公室名义发文由办公室主任签发；根据需要报分管副区长或区长签发。',
    summaryEn:
      'Other office documents: the office director signs; as needed the deputy in charge or the district head.',
  },
  {
    ...SPB,
    id: 'SPB-S13',
    location: '第四十九条',
    quote: '可由区政府授权冠以 “经区政府同意”字样，向区政府有关部门发文',
    summary: '部门可经区政府授权冠以“经区政府同意”字样发文；规则未规定签发人。',
    summaryEn:
      'A department document may bear “经区政府同意” on the government’s authorisation; the signer is not stated.',
  },
  {
    ...KZ,
    id: 'KZ-S0',
    location: '四十三（五）',
    quote: '党政联合行文，按区委办公室、区政府办公室有关规定办理',
    summary: '党政联合行文按区委办公室、区政府办公室的有关规定办理，规定不在本规则中。',
    summaryEn: 'Joint party-government documents follow the two offices’ own rules (not in the rulebook).',
  },
  {
    ...KZ,
    id: 'KZ-S1',
    location: '四十三（一）',
    quote:
      '区政府上报市政府和市政府办公厅的公文，区政府党组报区委的请示、报告，区政府提请区人大及其常委会审议的议案，向区政协通报重大情况的公文，区政府下发的涉及全局性、重大方针政策和重要工作部署的公文，区政府常务会议纪要，区政府党组会议纪要，区长办公会议纪要，人事任免公文，以区政府办公室名义下发的涉及财政、税收、机构、编制、人事等重大事项的公文，其他涉及重大事项的公文由区长签发',
    summary: '四十三（一）所列公文（含常务会议、党组会议、区长办公会议纪要）由区长签发。',
    summaryEn:
      'The district head signs the listed documents, including executive, party-group and head-office minutes.',
  },
  {
    ...KZ,
    id: 'KZ-S2',
    location: '四十三（二）',
    quote:
      '区政府出台规范性文件，经区司法局进行合法性审查，区政府全体会议或区政府常务会议审定后，由分管有关业务工作的副区长核报区长签发',
    summary: '区政府规范性文件：区司法局合法性审查，区政府全体会议或常务会议审定，分管副区长核报，区长签发。',
    summaryEn:
      'Normative documents: justice-bureau legality review → plenary or executive meeting → deputy in charge passes up → district head signs.',
  },
  {
    ...KZ,
    id: 'KZ-S3',
    location: '四十三（三）',
    quote:
      '区政府向市政府有关部门请求批准事项和商洽工作的公文，区政府专题会议纪要，由分管副区长签发，涉及决策权限以外的资金（预）安排、人员调配等重要事项的核报由区长签发',
    summary:
      '向市政府有关部门请求批准和商洽工作的公文、专题会议纪要由分管副区长签发；涉及决策权限以外的资金安排、人员调配等重要事项的核报区长签发。',
    summaryEn:
      'Requests to municipal departments and topic-meeting minutes: the deputy in charge signs; beyond-authority funds or personnel deployment → the district head.',
  },
  {
    ...KZ,
    id: 'KZ-S4',
    location: '四十三（三）',
    quote: '除应由区长签发以外的区政府公文，属于一位副区长分管工作范围内的，由分管副区长签发',
    summary: '属于一位副区长分管范围内的区政府公文，由该分管副区长签发。',
    summaryEn: 'A government document within one deputy’s portfolio is signed by that deputy.',
  },
  {
    ...KZ,
    id: 'KZ-S5',
    location: '四十三（三）',
    quote:
      '涉及两位及以上副区长分管工作的，经有关副区长会签提出意见后，由区长或负责区政府常务工作的副区长签发',
    summary:
      '涉及两位及以上副区长分管工作的公文，会签后由区长或常务副区长签发（开州区规则无涉及资金的专门规定）。',
    summaryEn:
      'Two or more portfolios: the deputies co-sign, then the district head or the executive deputy signs (no funds rule in KZ).',
  },
  {
    ...KZ,
    id: 'KZ-S6',
    location: '四十三（四）',
    quote: '涉及全区性、重要政策和重要工作部署的区政府办公室公文，由分管副区长签发',
    summary: '涉及全区性、重要政策和重要工作部署的区政府办公室公文，由分管副区长签发。',
    summaryEn: 'Office documents on district-wide important policies: the deputy in charge signs.',
  },
  {
    ...KZ,
    id: 'KZ-S7',
    location: '四十三（四）',
    quote:
      '区政府办公室向市政府有关部门办公室和其他市、区、县政府办公室商洽工作的公文，区政府办公室与区委办公室联合行文需要会签的公文，区政府办公室对有关事项回复的公文，由区政府办公室主任签发，或核报分管副区长签发',
    summary:
      '区政府办公室商洽工作、与区委办公室联合行文需会签、回复事项的公文，由办公室主任签发或核报分管副区长签发。',
    summaryEn:
      'Office liaison, joint-with-party-office and reply documents: the office director, or passed up to the deputy in charge.',
  },
  {
    ...KZ,
    id: 'KZ-S8',
    location: '四十三（四）',
    quote: '工作通报由区长、副区长签发',
    summary: '工作通报由区长、副区长签发（未列区政府办公室主任）。',
    summaryEn: 'Work bulletins: the district head or a deputy head (not the office director).',
  },
  {
    ...KZ,
    id: 'KZ-S9',
    location: '四十三（四）',
    quote:
      '涉及文秘、会议、活动、督查、值班、信息、行政事务等内容的区政府办公室公文，由区政府办公室主任签发，涉及重要内容的核报分管副区长签发',
    summary: '区政府办公室事务性公文由办公室主任签发；涉及重要内容的核报分管副区长签发。',
    summaryEn:
      'Routine office documents: the office director; important content passed up to the deputy in charge.',
  },
  {
    ...KZ,
    id: 'KZ-S10',
    location: '四十四',
    quote: '根据工作需要，可冠以“经区政府同意”字样，由分管副区长审签后发文',
    summary: '冠以“经区政府同意”字样的部门发文，须由分管副区长审签后发文。',
    summaryEn:
      'A department document bearing “经区政府同意” is reviewed and signed by the deputy in charge first.',
  },
];

/** Who issues a document (rules-spec §7 `issuer`). */
export type Issuer = 'district-government' | 'government-office' | 'department' | 'party-government-joint';

const GOV: readonly Issuer[] = ['district-government'];
const GOV_OR_OFFICE: readonly Issuer[] = ['district-government', 'government-office'];
const OFFICE: readonly Issuer[] = ['government-office'];

/**
 * For each document kind, the issuers the sign-off clauses speak of, per district; the first is the one the kind
 * implies when a request names none. A request whose issuer the clause does not cover is answered RULEBOOK_SILENT,
 * never routed through a clause written for another issuer. (SPB art.48(1) covers normative documents issued "以区政府
 * 或区政府办公室名义"; KZ 四十三（二） covers only those the district government issues, so an office-issued one is
 * silent: rules-spec A-33.)
 */
export const SIGNOFF_ISSUERS: Record<
  'shapingba' | 'kaizhou',
  Partial<Record<DocumentKindId, readonly Issuer[]>>
> & { common: Record<DocumentKindId, readonly Issuer[]> } = {
  common: {
    'report-to-municipal-government': GOV,
    'report-to-municipal-general-office': GOV,
    'party-group-request-or-report': GOV,
    'bill-to-district-pc': GOV,
    'major-situation-notice-to-cppcc': GOV,
    'government-normative-document': GOV,
    'personnel-appointment': GOV,
    'other-major-matter-document': GOV_OR_OFFICE,
    'overall-policy-document': GOV,
    'plenary-minutes': GOV_OR_OFFICE,
    'executive-minutes': GOV_OR_OFFICE,
    'head-office-minutes': GOV_OR_OFFICE,
    'topic-minutes': GOV_OR_OFFICE,
    'party-group-minutes': GOV,
    'government-document': GOV,
    'request-to-municipal-department': GOV,
    'coordination-body-document': GOV_OR_OFFICE,
    'office-document': OFFICE,
    'office-major-matter-document': OFFICE,
    'office-policy-document': OFFICE,
    'office-liaison-document': OFFICE,
    'office-reply-document': OFFICE,
    'office-joint-with-party-office': OFFICE,
    'work-bulletin': GOV_OR_OFFICE,
    'office-routine-document': OFFICE,
    'party-government-joint-document': ['party-government-joint'],
    'department-document-with-government-consent': ['department'],
  },
  shapingba: { 'government-normative-document': GOV_OR_OFFICE },
  kaizhou: {},
};

// Normative documents (规范性文件): SPB art.19–20, KZ 十八 (rules-spec §8).
import type { Rule } from '../model/rule';

const KZ = {
  district: 'kaizhou',
  instrumentId: 'kz-2021-7',
  validFrom: '2021-04-01',
  spec: 'rules-spec §8',
} as const;
const SPB = {
  district: 'shapingba',
  instrumentId: 'spb-2022-3',
  validFrom: '2022-01-25',
  spec: 'rules-spec §8',
} as const;

export const NORMATIVE_DOCUMENTS_RULES: readonly Rule[] = [
  {
    ...KZ,
    id: 'KZ-ND-before-meeting',
    location: '十八第二段',
    quote: '未经公开征求意见、合法性审核和完备性审核的，不得提请区政府全体会议或区政府常务会议审议',
    summary: '未经公开征求意见、合法性审核和完备性审核的规范性文件，不得提请区政府全体会议或常务会议审议。',
    summaryEn: 'No meeting deliberation without public comment, legality review and completeness review.',
  },
  {
    ...KZ,
    id: 'R-ND-4',
    location: '十八',
    quote: '涉及市场主体和社会公众切身利益的规范性文件，要认真落实公平竞争审查、社会稳定风险评估等程序',
    summary: '涉及市场主体和社会公众切身利益的规范性文件，须落实公平竞争审查和社会稳定风险评估等程序。',
    summaryEn:
      'Documents touching market entities and the public need fair-competition review and a stability risk assessment.',
  },
  {
    ...KZ,
    id: 'KZ-ND-published',
    location: '十八第三段',
    quote:
      '规范性文件应当及时通过政府公报、门户网站等方式向社会公开发布，未经公开发布的，不得作为行政管理依据',
    summary: '规范性文件通过政府公报、门户网站等及时公布；未公布的不得作为行政管理依据。',
    summaryEn:
      'Published through the gazette or portal; unpublished documents cannot be a basis of administration.',
  },
  {
    ...KZ,
    id: 'KZ-ND-filing',
    location: '十八第三段',
    quote: '区政府规范性文件公布后应按规定及时向区人大常委会和市人民政府报送备案',
    summary: '区政府规范性文件公布后，按规定及时报区人大常委会和市政府备案。',
    summaryEn:
      'After publication, filed with the district PC standing committee and the municipal government.',
  },
  {
    ...KZ,
    id: 'R-ND-1-KZ',
    location: '十八',
    quote:
      '制定规范性文件应当坚持社会主义核心价值观，严格遵守法定权限和程序，内容应当符合法律、法规、规章、上级规范性文件和相关政策规定',
    summary: '规范性文件内容须符合法律、法规、规章和上级规定，严守法定权限和程序。',
    summaryEn: 'Content must conform to higher law, within statutory authority and procedure.',
  },
  {
    ...SPB,
    id: 'SPB-ND-legality',
    location: '第十九条第二款',
    quote: '提请区政府讨论的规范性文件由区司法局审查或组织起草，经区政府常务会议讨论、审定',
    summary: '规范性文件由区司法局审查或组织起草，经区政府常务会议讨论、审定。',
    summaryEn:
      'Reviewed (or drafted) by the justice bureau, then discussed and approved by the executive meeting.',
  },
  {
    ...SPB,
    id: 'SPB-ND-interpretation',
    location: '第十九条第二款',
    quote: '区政府规范性文件的解释工作由起草部门或区司法局负责',
    summary: '区政府规范性文件的解释工作由起草部门或区司法局负责。',
    summaryEn: 'Authoritative interpretation by the drafting department or the justice bureau.',
  },
  {
    ...SPB,
    id: 'SPB-ND-evaluation',
    location: '第十九条第三款',
    quote: '区政府规范性文件实施后要进行评估，发现问题，及时完善',
    summary: '区政府规范性文件实施后要进行评估（时点未规定）。',
    summaryEn: 'Evaluated after implementation (timing not given).',
  },
  {
    ...SPB,
    id: 'R-ND-3',
    location: '第二十条',
    quote:
      '涉及两个以上部门职权范围的事项，应由区政府制定或由区有关部门联合制定，其中，涉及公众权益、社会关注度高的事项应当事先请示区政府；部门联合制定的重要规范性文件发布前须经区政府批准',
    summary:
      '涉及两个以上部门职权的事项由区政府制定或部门联合制定；涉及公众权益、社会关注度高的应事先请示；部门联合制定的重要规范性文件发布前须经区政府批准。',
    summaryEn:
      'Cross-department matters: government or joint documents; prior request when of public concern; important joint documents approved before publication.',
  },
  {
    ...SPB,
    id: 'R-ND-2',
    location: '第二十条第二款',
    quote:
      '严格合法性审查，规范性文件不得设定行政许可、行政处罚、行政强制等事项，不得减损公民、法人和其他组织合法权益或者超越法律规定的义务',
    summary:
      '合法性审查：规范性文件不得设定行政许可、行政处罚、行政强制等事项，不得减损合法权益或超越法律规定的义务。',
    summaryEn:
      'Legality review flags licensing, penalties, compulsion, reduced rights, obligations beyond the law.',
  },
  {
    ...SPB,
    id: 'SPB-ND-filing-government',
    location: '第二十条第三款',
    quote: '区政府制发的规范性文件，应当依法及时报送市政府和区人大常委会备案',
    summary: '区政府制发的规范性文件，依法及时报送市政府和区人大常委会备案。',
    summaryEn:
      'Government documents are filed with the municipal government and the district PC standing committee.',
  },
  {
    ...SPB,
    id: 'SPB-ND-filing-department',
    location: '第二十条第三款',
    quote: '区政府各部门规范性文件印发后应当及时报区政府备案，由区司法局审查并定期向社会公开目录',
    summary: '部门规范性文件印发后及时报区政府备案，由区司法局审查并定期公开目录。',
    summaryEn:
      'Department documents are filed with the district government, reviewed by the justice bureau; catalogue published regularly.',
  },
  {
    ...SPB,
    id: 'SPB-ND-cleanup',
    location: '第二十条第三款',
    quote: '规范性文件制定机关应每2年对规范性文件进行清理',
    summary: '规范性文件制定机关每2年对规范性文件进行清理。',
    summaryEn: 'The formulating organ cleans up its normative documents every 2 years.',
  },
  {
    ...SPB,
    id: 'SPB-ND-cleanup-outcomes',
    location: '第二十条第三款',
    quote:
      '对与上位法抵触、超越权限、违反程序或者规定不适当的部门规范性文件，依法责令制定部门纠正或由区政府予以撤销',
    summary: '与上位法抵触、超越权限、违反程序或规定不适当的部门规范性文件，责令制定部门纠正或由区政府撤销。',
    summaryEn: 'Flawed department documents: correction ordered or revoked by the district government.',
  },
];

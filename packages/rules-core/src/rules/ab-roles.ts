// AB roles (AB角): SPB art.10, KZ 六; and who presides when the district head is away (SPB art.6, KZ 六).
import type { Rule } from '../model/rule';

const KZ = {
  district: 'kaizhou',
  instrumentId: 'kz-2021-7',
  validFrom: '2021-04-01',
  spec: 'rules-spec §3',
} as const;
const SPB = {
  district: 'shapingba',
  instrumentId: 'spb-2022-3',
  validFrom: '2022-01-25',
  spec: 'rules-spec §3',
} as const;

export const AB_ROLES_RULES: readonly Rule[] = [
  {
    ...SPB,
    id: 'R-AB-1',
    location: '第十条',
    quote: '区政府领导班子副职实行AB角工作制度',
    summary: '区政府领导班子副职实行AB角工作制度。',
    summaryEn: 'Deputy-level leaders work in AB pairs.',
  },
  {
    ...SPB,
    id: 'R-AB-2',
    location: '第十条第（一）项',
    quote:
      '区政府副职领导AB角工作制度，是指区政府副职领导外出学习、考察、出差、休假、事假、病假等原因不能正常履职，由对应的另一名副职领导临时代为处理其分管工作的制度',
    summary:
      '副职领导因外出学习、考察、出差、休假、事假、病假等原因不能正常履职时，由对应的另一名副职领导临时代为处理其分管工作（原因为开放列举）。',
    summaryEn:
      'When a deputy cannot perform duties (study, inspection, trip, vacation, leave, sickness — an open list), the paired deputy temporarily handles the portfolio.',
  },
  {
    ...SPB,
    id: 'R-AB-4',
    location: '第十条第（二）项',
    quote: '区政府领导班子AB角安排经区政府常务会议讨论决定后，由区政府办公室行文',
    summary: 'AB角安排须经区政府常务会议讨论决定后由区政府办公室行文，缺少依据的配对不予采用。',
    summaryEn: 'A pair is valid only when decided by the executive meeting and issued by the office.',
  },
  {
    ...SPB,
    id: 'R-AB-5',
    location: '第十条第（二）项',
    quote: 'AB角的区政府领导一般不同时不在岗',
    summary: 'AB角一般不同时不在岗：一方已不在岗时另一方请假须提示并记录理由。',
    summaryEn: 'A and B are generally not both away (default rule: a warning that needs an override reason).',
  },
  {
    ...SPB,
    id: 'R-AB-6',
    location: '第十条第（三）项',
    quote: '代行履职一方对履职行为承担履职责任',
    summary: '代行履职一方对代行期间的履职行为承担责任。',
    summaryEn: 'The acting party bears responsibility for acts done while acting.',
  },
  {
    ...SPB,
    id: 'R-AB-7',
    location: '第十条第（三）项',
    quote: '属于急需决策的重大事项，代为处理的领导应主动征求分管领导的意见，必要时报区长决定',
    summary: '急需决策的重大事项，代为处理的领导应主动征求分管领导意见，必要时报区长决定。',
    summaryEn:
      'Urgent major matters: the stand-in consults the absent deputy and, if necessary, reports to the head.',
  },
  {
    ...SPB,
    id: 'R-AB-8',
    location: '第十条第（四）项',
    quote:
      'AB角的区政府领导经自行协商后，确因工作安排等原因仍然无法互相代为处理相关工作的，报区长决定由其他区政府领导代为处理',
    summary: 'AB角确实无法互相代为处理的，报区长决定由其他区政府领导代为处理。',
    summaryEn: 'If A and B cannot stand in for each other, the district head decides who else does.',
  },
  {
    ...SPB,
    id: 'SPB-R-ORG-3',
    location: '第六条',
    quote: '区长出差（出访）期间，受区长委托，由负责常务工作的副区长主持区政府工作',
    summary: '区长出差（出访）期间，受区长委托，由常务副区长主持区政府工作。',
    summaryEn: 'While the head is on a trip, the executive deputy presides on the head’s delegation.',
  },
  {
    ...KZ,
    id: 'KZ-R-AB-3',
    location: '六',
    quote: '副区长出差（出访）期间，由其AB角对应的副区长代管其工作',
    summary: '副区长出差（出访）期间，由其AB角对应的副区长代管其工作。',
    summaryEn: 'While a deputy is on a business trip or visit, the AB counterpart takes charge of the work.',
  },
  {
    ...KZ,
    id: 'KZ-R-ORG-3',
    location: '六',
    quote: '区长出差（出访）期间，受区长委托，由负责常务工作的副区长或其他副区长主持区政府工作',
    summary: '区长出差（出访）期间，受区长委托，由常务副区长或其他副区长主持区政府工作。',
    summaryEn:
      'While the head is on a trip, the executive deputy or another deputy presides on the head’s delegation.',
  },
  {
    ...KZ,
    id: 'KZ-R-AB-scope',
    location: '四',
    quote: '副区长（含区政府党组成员，下同）',
    summary: '开州区规则中有关副区长的规定同样适用于区政府党组成员（解读 I-A-26）。',
    summaryEn: 'In Kaizhou, rules on deputy heads also cover party-group members (A-26).',
  },
  {
    ...SPB,
    id: 'R-LV-1-SPB',
    location: '第五十二条',
    quote: '区政府领导外出或休假，必须经班子主要领导同意后，报区委书记审批，送区委办公室、区政府办公室备案',
    summary: '区政府领导外出或休假，须经班子主要领导同意后报区委书记审批，并送区委办公室、区政府办公室备案。',
    summaryEn:
      'A leader’s leave: the principal leader consents, the party secretary approves, both offices receive the filing.',
  },
  {
    ...SPB,
    id: 'R-LV-2-SPB',
    location: '第五十二条',
    quote: '区政府各部门主要负责人离渝外出，须向区委、区政府履行请假审批手续，并明确主持工作的负责人',
    summary: '区政府各部门主要负责人离渝外出，须向区委、区政府请假并明确主持工作的负责人。',
    summaryEn:
      'A department head leaving Chongqing asks leave of the party committee and the government and names a stand-in.',
  },
  {
    ...KZ,
    id: 'R-LV-1-KZ',
    location: '四十七',
    quote:
      '区政府领导同志以及区政府各部门、各镇乡人民政府（街道办事处）主要负责人应严格按规定执行请假和外出报备制度，外出期间必须保持通信畅通',
    summary:
      '区政府领导和部门主要负责人按规定执行请假和外出报备制度（具体规定不在本规则中），外出期间保持通信畅通。',
    summaryEn:
      'Leaders and principal heads follow the leave and away-reporting system (details external) and stay reachable.',
  },
];

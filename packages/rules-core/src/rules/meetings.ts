// Meetings: SPB art.37–45 give members, chairs, frequency, business, agenda and leave rules; KZ 三十九 defers all of
// that to four 工作细则 that are not in the seeds, so KZ answers only what 七, 二十一, 二十二 and 四十三 say.
import type { Rule } from '../model/rule';

const KZ = {
  district: 'kaizhou',
  instrumentId: 'kz-2021-7',
  validFrom: '2021-04-01',
  spec: 'rules-spec §5',
} as const;
const SPB = {
  district: 'shapingba',
  instrumentId: 'spb-2022-3',
  validFrom: '2022-01-25',
  spec: 'rules-spec §5',
} as const;

export const MEETINGS_RULES: readonly Rule[] = [
  {
    ...SPB,
    id: 'SPB-MTG-types',
    location: '第三十七条',
    quote: '区政府实行区政府全体会议、区政府常务会议、区长办公会议和区政府专题会议制度',
    summary: '区政府实行全体会议、常务会议、区长办公会议和专题会议制度。',
    summaryEn: 'Four meeting types.',
  },
  {
    ...SPB,
    id: 'SPB-MTG-plenary-members',
    location: '第三十八条',
    quote:
      '区政府全体会议由区长、副区长、区政府办公室主任和区政府各组成部门的主任、局长组成，由区长召集和主持',
    summary: '全体会议由区长、副区长、办公室主任和组成部门主任、局长组成，由区长召集和主持。',
    summaryEn:
      'Plenary: head, deputies, office director, heads of the constituent departments; the head convenes and chairs.',
  },
  {
    ...SPB,
    id: 'SPB-MTG-plenary-business-1',
    location: '第三十八条第（一）项',
    quote: '传达贯彻党中央、国务院，市委、市政府的重要指示和部署以及区委的工作要求',
    summary: '全体会议议事范围第（一）项：传达贯彻上级重要指示和部署。',
    summaryEn: 'Plenary business (1).',
  },
  {
    ...SPB,
    id: 'SPB-MTG-plenary-business-2',
    location: '第三十八条第（二）项',
    quote: '决定和部署涉及全局性的重要工作',
    summary: '全体会议议事范围第（二）项：决定和部署涉及全局性的重要工作。',
    summaryEn: 'Plenary business (2).',
  },
  {
    ...SPB,
    id: 'SPB-MTG-plenary-business-3',
    location: '第三十八条第（三）项',
    quote: '讨论其他需要区政府全体会议讨论的事项',
    summary: '全体会议议事范围第（三）项：讨论其他需要全体会议讨论的事项。',
    summaryEn: 'Plenary business (3).',
  },
  {
    ...SPB,
    id: 'SPB-MTG-plenary-frequency',
    location: '第三十八条第二款',
    quote: '区政府全体会议一般每年召开一次',
    summary: '全体会议一般每年召开一次。',
    summaryEn: 'Plenary: generally once a year.',
  },
  {
    ...SPB,
    id: 'SPB-MTG-executive-members',
    location: '第三十九条',
    quote: '区政府常务会议由区长、副区长组成，由区长召集和主持，必要时也可由区长委托常务副区长主持召开',
    summary: '常务会议由区长、副区长组成，区长召集和主持；必要时区长可委托常务副区长主持。',
    summaryEn:
      'Executive: head and deputies; the head chairs, or delegates the executive deputy when necessary.',
  },
  ...(
    [
      ['1', '学习、传达和研究贯彻党中央、国务院，市委、市政府和区委的重要工作部署、指示和决定'],
      ['2', '讨论向区人民代表大会及其常委会提请审议或报告的事项'],
      [
        '3',
        '讨论决定关系全区经济社会发展战略、产业政策、改革方案、区域规划、公共资源配置、国有资产处置、公共财政支出及资金使用计划等重要事项',
      ],
      ['4', '讨论决定关系群众切身利益的劳动就业、社会保障、医疗、养老、教育、交通、物价、住房等民生事项'],
      ['5', '讨论关系机构设置、职能调整、人事任免、考核奖惩等事项'],
      ['6', '讨论决定关系行政运行体系、机制、制度建设等事项'],
      ['7', '讨论审议各种规范性文件等事项'],
      [
        '8',
        '讨论决定涉及区属国有重点企业的年度考核、投融资计划、重大投资项目、招商引资协议及其他重要事项（包括企业新设、合并、分立、解散、申请破产、注册资本资金变动等事项）',
      ],
      ['9', '讨论决定工程结算金额超过合同总价、项目总投资超过概算批复金额的事项'],
      ['10', '讨论决定涉及土地出让或划拨的文件、协议等事项'],
      ['11', '讨论审议政府规章草案等文件'],
      ['12', '通报和讨论区政府其他重要事项'],
    ] as const
  ).map(([n, quote]) => ({
    ...SPB,
    id: `SPB-MTG-executive-business-${n}`,
    location: `第三十九条第（${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][Number(n) - 1]}）项`,
    quote,
    summary: `常务会议议事范围第（${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][Number(n) - 1]}）项。`,
    summaryEn: `Executive meeting business (${n}).`,
  })),
  {
    ...SPB,
    id: 'SPB-MTG-executive-frequency',
    location: '第三十九条第二款',
    quote: '区政府常务会议原则上每周召开一次',
    summary: '常务会议原则上每周召开一次。',
    summaryEn: 'Executive: in principle once a week.',
  },
  {
    ...SPB,
    id: 'SPB-MTG-head-office-members',
    location: '第四十条',
    quote: '区长办公会议由区长、副区长组成，由区长主持召开，必要时也可由区长委托常务副区长主持召开',
    summary: '区长办公会议由区长、副区长组成，区长主持；必要时可委托常务副区长主持。',
    summaryEn: 'Head-office: head and deputies; the head chairs, or delegates the executive deputy.',
  },
  {
    ...SPB,
    id: 'SPB-MTG-head-office-business-1',
    location: '第四十条第（一）项',
    quote: '传达和研究贯彻市或市级有关部门、区委召开的重要会议精神',
    summary: '区长办公会议议事范围第（一）项：传达学习上级和区委重要会议精神。',
    summaryEn: 'Head-office business (1).',
  },
  {
    ...SPB,
    id: 'SPB-MTG-head-office-business-2',
    location: '第四十条第（二）项',
    quote: '研究区政府内部制度、规范、运行机制等相关问题',
    summary: '区长办公会议议事范围第（二）项：研究区政府内部规章制度和运行机制。',
    summaryEn: 'Head-office business (2).',
  },
  {
    ...SPB,
    id: 'SPB-MTG-head-office-business-3',
    location: '第四十条第（三）项',
    quote: '研究区政府常务会议范畴外需区政府班子成员集体研究决定的事关全局、需要统筹安排的重要事项',
    summary: '区长办公会议议事范围第（三）项：研究常务会议议事范围以外需集体研究决定的重要全局性事项。',
    summaryEn: 'Head-office business (3).',
  },
  {
    ...SPB,
    id: 'SPB-MTG-head-office-business-4',
    location: '第四十条第（四）项',
    quote: '研究处理区政府日常工作中的其他具体事项',
    summary: '区长办公会议议事范围第（四）项：研究处理区政府日常工作中的其他具体事项。',
    summaryEn: 'Head-office business (4).',
  },
  {
    ...SPB,
    id: 'SPB-MTG-head-office-frequency',
    location: '第四十条第二款',
    quote: '区长办公会议不定期召开',
    summary: '区长办公会议不定期召开。',
    summaryEn: 'Head-office: irregular.',
  },
  {
    ...SPB,
    id: 'SPB-MTG-topic',
    location: '第四十一条',
    quote:
      '区政府专题会议由区长或副区长召集和主持。受区长、副区长委托，区政府办公室主任、副主任可召集和主持。区政府专题会议的主要任务是研究协调区政府工作中的专项问题',
    summary:
      '专题会议由区长或副区长召集和主持；受其委托，区政府办公室主任、副主任可召集和主持；研究协调专项问题。',
    summaryEn:
      'Topic: the head or a deputy convenes and chairs; the office director or deputy director on delegation; studies special issues.',
  },
  {
    ...SPB,
    id: 'SPB-MTG-topic-frequency',
    location: '第四十一条',
    quote: '区政府专题会议根据需要召开',
    summary: '专题会议根据需要召开。',
    summaryEn: 'Topic: as needed.',
  },
  {
    ...SPB,
    id: 'R-MTG-1',
    location: '第四十二条',
    quote:
      '提请区政府全体会议、区政府常务会议、区长办公会议讨论的议题，由区政府分管领导协调或审核后提出，报区长确定',
    summary: '会议议题经分管领导协调或审核后提出，报区长确定。',
    summaryEn:
      'An agenda item is proposed after the responsible leader coordinates or reviews it, and fixed by the district head.',
  },
  {
    ...SPB,
    id: 'R-MTG-2',
    location: '第四十二条第二款',
    quote: '主办部门应在会前进行协商，区政府有关部门提出的协商意见应由该部门主要负责人签署',
    summary: '涉及多个部门的议题，主办部门会前须充分协商，协商意见由各部门主要负责人签署。',
    summaryEn:
      'Several departments: the lead department consults before the meeting; each opinion is signed by that department’s principal head.',
  },
  {
    ...SPB,
    id: 'R-MTG-3',
    location: '第四十二条第二款',
    quote: '经主办部门协商仍达不成一致意见的，报区政府分管副区长协调或由分管副区长委托区政府办公室副主任协调',
    summary: '协商不一致的，由分管副区长协调，或委托区政府办公室副主任协调。',
    summaryEn: 'No agreement: the deputy in charge coordinates, or delegates an office deputy director.',
  },
  {
    ...SPB,
    id: 'R-MTG-4',
    location: '第四十二条第二款',
    quote: '协调后部门意见仍有分歧的，主办部门应在会议上说明分歧意见，并提出倾向性意见',
    summary: '协调后仍有分歧的，主办部门在会上说明分歧意见并提出倾向性意见。',
    summaryEn:
      'Still divided: the lead department states the disagreement at the meeting with a preferred option.',
  },
  {
    ...SPB,
    id: 'R-MTG-5',
    location: '第四十三条',
    quote: '区政府副区长不能出席区政府全体会议、区政府常务会议、区长办公会议，应向会议召集人请假',
    summary: '副区长不能出席会议的，应向会议召集人请假。',
    summaryEn: 'A deputy who cannot attend asks the convener for leave.',
  },
  {
    ...SPB,
    id: 'R-MTG-6',
    location: '第四十三条',
    quote:
      '区政府全体会议其他组成人员或区政府常务会议、区长办公会议列席人员非必要不得请假，确需请假的须严格履行请假手续，报会议召集人同意后方可请假',
    summary: '其他组成人员和列席人员非必要不得请假，确需请假的报会议召集人同意。',
    summaryEn: 'Other members and attendees: leave only if necessary, with the convener’s consent.',
  },
  {
    ...SPB,
    id: 'SPB-MTG-minutes',
    location: '第四十四条',
    quote: '区政府全体会议、区政府常务会议和区长办公会议的纪要由区长签发',
    summary: '全体会议、常务会议和区长办公会议纪要由区长签发。',
    summaryEn: 'Minutes of the plenary, executive and head-office meetings: the district head.',
  },
  {
    ...SPB,
    id: 'R-MTG-7',
    location: '第四十五条',
    quote: '应由各部门召开的全区性会议，不得以区政府或区政府办公室名义召开',
    summary: '应由部门召开的全区性会议，不得以区政府或区政府办公室名义召开。',
    summaryEn: 'A department’s district-wide meeting may not be held in the government’s name.',
  },
  {
    ...KZ,
    id: 'KZ-MTG-types',
    location: '三十九',
    quote:
      '区政府实行区政府全体会议、区政府常务会议、区长办公会议和区政府专题会议制度，分别按照《重庆市开州区人民政府全体会议工作细则》《重庆市开州区人民政府常务会议工作细则》《重庆市开州区人民政府区长办公会议工作细则》《重庆市开州区人民政府专题会议工作细则》执行',
    summary: '开州区实行四类会议制度，各类会议的具体规则由各自的工作细则规定，不在本规则中。',
    summaryEn: 'Four meeting types, each governed by its own 工作细则 (not in the seeds).',
  },
  {
    ...KZ,
    id: 'KZ-MTG-chair',
    location: '七',
    quote: '区长召集和主持区政府全体会议、区政府常务会议、区长办公会议等会议',
    summary: '区长召集和主持区政府全体会议、常务会议、区长办公会议。',
    summaryEn: 'The district head convenes and chairs the plenary, executive and head-office meetings.',
  },
  {
    ...KZ,
    id: 'R-MTG-7-KZ',
    location: '四十',
    quote: '区政府及各部门召开的工作会议，要减少数量，控制规模，严格审批',
    summary: '工作会议要少开、开短，严格审批。',
    summaryEn: 'Work meetings: fewer, smaller, strictly approved.',
  },
];

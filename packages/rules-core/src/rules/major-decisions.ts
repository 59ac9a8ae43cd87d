// Major administrative decisions (重大行政决策): SPB art.22–24, KZ 二十–二十四 (rules-spec §9).
import type { Rule } from '../model/rule';

const KZ = {
  district: 'kaizhou',
  instrumentId: 'kz-2021-7',
  validFrom: '2021-04-01',
  spec: 'rules-spec §9',
} as const;
const SPB = {
  district: 'shapingba',
  instrumentId: 'spb-2022-3',
  validFrom: '2022-01-25',
  spec: 'rules-spec §9',
} as const;

export const MAJOR_DECISIONS_RULES: readonly Rule[] = [
  {
    ...SPB,
    id: 'SPB-MD-steps',
    location: '第二十二条',
    quote: '把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的法定程序',
    summary: '重大决策的五项法定程序：公众参与、专家论证、风险评估、合法性审查、集体讨论决定。',
    summaryEn: 'Five statutory steps of a major decision.',
  },
  {
    ...SPB,
    id: 'SPB-MD-investigation',
    location: '第二十四条',
    quote: '区政府各部门提请区政府研究决定的重大事项，必须经过深入调查研究',
    summary: '部门提请区政府研究决定的重大事项，必须经过深入调查研究。',
    summaryEn: 'In-depth investigation before submission.',
  },
  {
    ...SPB,
    id: 'SPB-MD-evaluation',
    location: '第二十四条',
    quote:
      '对专业性、技术性较强的决策事项，应当组织专家、专业机构对其进行合法性、必要性、科学性、可行性和可控性评估论证',
    summary: '专业性、技术性较强的决策事项，须组织专家、专业机构进行五性评估论证。',
    summaryEn: 'Five-fold evaluation for specialised or technical matters only.',
  },
  {
    ...SPB,
    id: 'SPB-MD-departments',
    location: '第二十四条',
    quote: '涉及其他部门的，应当充分协商；涉及各镇人民政府、各街道办事处的，应当事先征求意见',
    summary: '涉及其他部门的须充分协商；涉及镇街的须事先征求意见。',
    summaryEn: 'Consult other departments; ask townships in advance.',
  },
  {
    ...SPB,
    id: 'SPB-MD-stability',
    location: '第二十四条',
    quote:
      '涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估，并采取听证会等多种形式听取各方面意见',
    summary: '涉及重大公共利益和公众权益、容易引发社会稳定问题的，须进行社会稳定风险评估并听取各方意见。',
    summaryEn: 'Social stability risk assessment and hearings where the trigger holds.',
  },
  {
    ...SPB,
    id: 'R-MD-2',
    location: '第二十四条第二款',
    quote: '区政府各部门（单位）、各镇街应当及时报告区政府，提出停止执行、暂缓执行或者修正决策的建议',
    summary: '决策执行中发现问题或情况重大变化的，及时报告并提出停止执行、暂缓执行或修正决策的建议。',
    summaryEn: 'Problems in execution: report and propose stopping, suspending or amending.',
  },
  {
    ...KZ,
    id: 'KZ-MD-investigation',
    location: '二十三',
    quote:
      '区政府各部门提请区政府研究决定的重大事项，必须经过深入调查研究，进行合法性、必要性、科学性、可行性和可控性评估论证',
    summary: '提请区政府决定的重大事项，均须深入调查研究并进行五性评估论证。',
    summaryEn: 'In-depth investigation and five-fold evaluation for every major matter.',
  },
  {
    ...KZ,
    id: 'KZ-MD-departments',
    location: '二十三',
    quote: '涉及其他部门的，应当充分协商；涉及镇乡（街道）的，应当事先征求意见',
    summary: '涉及其他部门的须充分协商；涉及镇街的须事先征求意见。',
    summaryEn: 'Consult other departments; ask townships in advance.',
  },
  {
    ...KZ,
    id: 'KZ-MD-fair-competition',
    location: '二十三',
    quote:
      '涉及市场准入、产业发展、招商引资、招标投标、政府采购、经营行为规范、资质标准等涉及市场主体经济活动的，应当进行公平竞争审查',
    summary: '涉及市场主体经济活动的重大决策，须进行公平竞争审查。',
    summaryEn: 'Fair-competition review for matters involving market entities’ economic activity.',
  },
  {
    ...KZ,
    id: 'KZ-MD-stability',
    location: '二十三',
    quote:
      '涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估，并采取听证会等多种形式听取各方面意见',
    summary: '涉及重大公共利益和公众权益、容易引发社会稳定问题的，须进行社会稳定风险评估并听取各方意见。',
    summaryEn: 'Social stability risk assessment and hearings where the trigger holds.',
  },
  {
    ...KZ,
    id: 'KZ-MD-regulation',
    location: '二十',
    quote: '区政府及各部门要严格执行《重大行政决策程序暂行条例》',
    summary: '严格执行国务院《重大行政决策程序暂行条例》（外部法规）。',
    summaryEn: 'The State Council’s interim regulation applies (external).',
  },
];

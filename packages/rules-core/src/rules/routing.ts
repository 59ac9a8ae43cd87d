// Decision routing rules: the KZ §22 money tables (one rule per band), KZ §22's general provisions, the collective
// decision rules of both districts, and Shapingba's qualitative routing to the executive meeting (SPB art.39).
import { ACTION_ZH, AUTHORITY_ZH } from '../model/ids';
import type { Rule } from '../model/rule';
import { KZ_22_TABLES } from './kz-22-tables';

const KZ = { district: 'kaizhou', instrumentId: 'kz-2021-7', validFrom: '2021-04-01' } as const;
const SPB = { district: 'shapingba', instrumentId: 'spb-2022-3', validFrom: '2022-01-25' } as const;

const bandRules: Rule[] = KZ_22_TABLES.flatMap((table) =>
  table.bands.map((band) => ({
    ...KZ,
    id: band.ruleId,
    location: table.location,
    quote: band.quote,
    summary: `${table.heading}：${band.steps.map((st) => `${AUTHORITY_ZH[st.authority]}${ACTION_ZH[st.action]}`).join('，')}。`,
    summaryEn: `KZ §22 ${table.id}: ${band.steps.map((st) => `${st.authority} ${st.action}`).join(' → ')}`,
    spec: 'rules-spec §4.3',
  })),
);

export const ROUTING_RULES: readonly Rule[] = [
  ...bandRules,
  {
    ...KZ,
    id: 'KZ-22-5-selector',
    location: '二十二（五）',
    quote: '投资增减变更类（包含政府投资和企业投资）',
    summary:
      '投资增减变更类事项按累计变更金额分档，先按合同金额（400万元以下或400万元及以上）选定适用的分表。',
    summaryEn:
      'Investment changes are routed on the cumulative change, in the sub-table chosen by the contract amount (< 400万 / ≥ 400万).',
    spec: 'rules-spec §4.3 KZ §22(5)',
  },
  {
    ...KZ,
    id: 'R-MNY-1',
    location: '二十二第一段',
    quote:
      '国有资产处置、重大项目投资、财政性资金安排、国有企业投融资、相关协议签订和招商引资等事宜，分别由区政府常务会议、区长办公会议、区政府专题会议讨论决定',
    summary:
      '国有资产处置、重大项目投资、财政性资金安排等事宜分别由区政府常务会议、区长办公会议、区政府专题会议讨论决定，具体以各分项金额分档为准。',
    summaryEn:
      'The money matters are decided by the executive, head-office or topic meeting as the sub-tables say; the sub-tables govern.',
    spec: 'rules-spec §4.2',
  },
  {
    ...KZ,
    id: 'R-MNY-2',
    location: '二十二第一段',
    quote: '对外签订正式协议一律提请区政府常务会议研究',
    summary: '对外签订正式协议，不论金额，一律提请区政府常务会议研究。',
    summaryEn:
      'Every formal external agreement goes to the executive meeting for study, whatever the amount.',
    spec: 'rules-spec §4.2',
  },
  {
    ...KZ,
    id: 'R-MNY-3',
    location: '二十二第一段',
    quote: '区政府专题会议审定事项须报区长和常务副区长同意',
    summary: '区政府专题会议审定的事项，须报区长和常务副区长同意后方为最终决定。',
    summaryEn:
      'A topic-meeting approval needs the consent of both the district head and the executive deputy head.',
    spec: 'rules-spec §4.2',
  },
  {
    ...KZ,
    id: 'R-MNY-4',
    location: '二十二（一）',
    quote: '上述三类事项，若遇特别紧急情况，可先分送区政府领导同志审签再提请相关会议听取汇报',
    summary:
      '仅限向上争取资金类三类事项：遇特别紧急情况，可先分送区政府领导同志审签，再提请相关会议听取汇报。',
    summaryEn:
      'For the three upward-funding matters only, an especially urgent case may be signed by the leaders first and reported to the meeting after.',
    spec: 'rules-spec §4.2',
  },
  {
    ...KZ,
    id: 'R-MNY-5',
    location: '二十二（六）2',
    quote: '国有企业之间互保由被担保单位提请',
    summary: '国有企业之间互保，由被担保单位提请。',
    summaryEn: 'A mutual guarantee between state-owned enterprises is submitted by the guaranteed entity.',
    spec: 'rules-spec §4.2',
  },
  {
    ...KZ,
    id: 'KZ-R-DEC-1',
    location: '七',
    quote: '区政府工作中的重大事项，必须经区政府全体会议或区政府常务会议讨论决定',
    summary: '区政府工作中的重大事项，由区政府全体会议或常务会议集体讨论决定。',
    summaryEn: 'Major matters are decided collectively by the plenary or the executive meeting.',
    spec: 'rules-spec §2.2 R-DEC-1',
  },
  {
    ...KZ,
    id: 'KZ-R-DEC-2',
    location: '七',
    quote: '对紧急或突发性重大事件，来不及召开会议而又必须及时处理的，由分管副区长协调处理后，及时向区长报告',
    summary: '紧急或突发性重大事件来不及开会的，由分管副区长协调处理后及时向区长报告。',
    summaryEn:
      'An urgent major event is handled by the deputy in charge, who then reports to the district head.',
    spec: 'rules-spec §2.2 R-DEC-2',
  },
  {
    ...KZ,
    id: 'R-DEC-5',
    location: '二十一',
    quote:
      '全区国民经济和社会发展计划、财政预算及执行、财政预算调整、财政决算、债务管控、重大规划、贯彻国家宏观调控和改革开放的重大政策措施、社会管理重要事务、政府规范性文件等须经区政府全体会议或区政府常务会议讨论决定',
    summary:
      '国民经济和社会发展计划、财政预算决算、债务管控、重大规划、政府规范性文件等事项，须经区政府全体会议或常务会议讨论决定。',
    summaryEn:
      'The listed matters (plan, budget, accounts, debt, major plans, normative documents …) go to the plenary or executive meeting.',
    spec: 'rules-spec §2.2 R-DEC-5',
  },
  {
    ...KZ,
    id: 'KZ-R-ND-meeting',
    location: '十八第二段',
    quote:
      '区政府规范性文件及需报请区政府批准的区级部门规范性文件，提请区政府全体会议或区政府常务会议审议决定',
    summary: '区政府规范性文件及需报请区政府批准的部门规范性文件，提请区政府全体会议或常务会议审议决定。',
    summaryEn:
      'Government normative documents (and department ones needing approval) are decided by the plenary or executive meeting.',
    spec: 'rules-spec §8.3',
  },
  {
    ...KZ,
    id: 'KZ-R-MD-steps',
    location: '二十',
    quote: '把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的必经程序',
    summary: '重大行政决策在完成各项必经程序后由区政府集体讨论决定。',
    summaryEn: 'A major administrative decision is decided collectively after its mandatory steps.',
    spec: 'rules-spec §9.2',
  },
  {
    ...SPB,
    id: 'SPB-R-DEC-1',
    location: '第七条',
    quote: '区政府工作中的重大事项，必须经区政府全体会议或区政府常务会议讨论决定',
    summary: '区政府工作中的重大事项，由区政府全体会议或常务会议集体讨论决定。',
    summaryEn: 'Major matters are decided collectively by the plenary or the executive meeting.',
    spec: 'rules-spec §2.2 R-DEC-1',
  },
  {
    ...SPB,
    id: 'SPB-R-DEC-2',
    location: '第七条',
    quote: '对紧急或突发性重大事件，来不及召开会议而又必须及时处理的，由分管副区长协调处理后，及时向区长报告',
    summary: '紧急或突发性重大事件来不及开会的，由分管副区长协调处理后及时向区长报告。',
    summaryEn:
      'An urgent major event is handled by the deputy in charge, who then reports to the district head.',
    spec: 'rules-spec §2.2 R-DEC-2',
  },
  {
    ...SPB,
    id: 'R-DEC-3',
    location: '第四条第（四）项',
    quote: '坚持民主集中制和末位发言制度，“三重一大”事项须提交区政府集体研究决定',
    summary: '“三重一大”事项提交区政府集体研究决定；沙坪坝区规则未设金额标准。',
    summaryEn:
      '“三重一大” matters are decided collectively by the district government (no amount threshold in SPB).',
    spec: 'rules-spec §2.2 R-DEC-3',
  },
  {
    ...SPB,
    id: 'R-DEC-4',
    location: '第二十三条第二款',
    quote:
      '重大行政决策、贯彻财政政策等国家宏观调控的重大政策措施以及政府工作的其他重大问题，须经区政府全体会议或区政府常务会议讨论和决定',
    summary: '重大行政决策和重大宏观政策措施，提交区政府全体会议或常务会议讨论决定。',
    summaryEn:
      'Major administrative decisions and major macro-policy measures go to the plenary or executive meeting.',
    spec: 'rules-spec §2.2 R-DEC-4',
  },
  {
    ...SPB,
    id: 'SPB-39-3',
    location: '第三十九条第（三）项',
    quote:
      '讨论决定关系全区经济社会发展战略、产业政策、改革方案、区域规划、公共资源配置、国有资产处置、公共财政支出及资金使用计划等重要事项',
    summary:
      '国有资产处置、公共财政支出和资金使用计划等重要事项由区政府常务会议讨论决定，按事项而非金额确定。',
    summaryEn:
      'The executive meeting decides important matters of public finance, fund use and state-asset disposal — by subject, with no amount.',
    spec: 'rules-spec §5.3',
  },
  {
    ...SPB,
    id: 'SPB-39-7',
    location: '第三十九条第（七）项',
    quote: '讨论审议各种规范性文件等事项',
    summary: '各类规范性文件由区政府常务会议讨论审议。',
    summaryEn: 'The executive meeting deliberates all normative documents.',
    spec: 'rules-spec §5.3',
  },
  {
    ...SPB,
    id: 'SPB-39-8',
    location: '第三十九条第（八）项',
    quote:
      '讨论决定涉及区属国有重点企业的年度考核、投融资计划、重大投资项目、招商引资协议及其他重要事项（包括企业新设、合并、分立、解散、申请破产、注册资本资金变动等事项）',
    summary: '区属国有重点企业的重要事项由区政府常务会议讨论决定。',
    summaryEn: 'The executive meeting decides the major matters of key district SOEs.',
    spec: 'rules-spec §5.3',
  },
  {
    ...SPB,
    id: 'SPB-39-9',
    location: '第三十九条第（九）项',
    quote: '讨论决定工程结算金额超过合同总价、项目总投资超过概算批复金额的事项',
    summary: '结算金额超过合同总价、总投资超过概算批复金额的，由区政府常务会议讨论决定（超过不含等于）。',
    summaryEn:
      'The executive meeting decides any settlement over the contract price or investment over the approved estimate (strictly greater).',
    spec: 'rules-spec §5.3',
  },
  {
    ...SPB,
    id: 'SPB-39-10',
    location: '第三十九条第（十）项',
    quote: '讨论决定涉及土地出让或划拨的文件、协议等事项',
    summary: '土地出让或划拨的文件、协议由区政府常务会议讨论决定。',
    summaryEn: 'The executive meeting decides documents and agreements on land transfer or allocation.',
    spec: 'rules-spec §5.3',
  },
  {
    ...SPB,
    id: 'SPB-39-11',
    location: '第三十九条第（十一）项',
    quote: '讨论审议政府规章草案等文件',
    summary: '政府规章草案等由区政府常务会议讨论审议（区级不制定规章，见解读 I-A-30）。',
    summaryEn:
      'The executive meeting deliberates draft government rules (a district makes none: drafts sent for comment, A-30).',
    spec: 'rules-spec §5.3, A-30',
  },
  {
    ...SPB,
    id: 'SPB-19-2',
    location: '第十九条第二款',
    quote: '提请区政府讨论的规范性文件由区司法局审查或组织起草，经区政府常务会议讨论、审定',
    summary: '提请区政府讨论的规范性文件由区司法局审查或组织起草，经区政府常务会议讨论、审定。',
    summaryEn:
      'Normative documents are reviewed by the justice bureau and approved by the executive meeting.',
    spec: 'rules-spec §8.3',
  },
];

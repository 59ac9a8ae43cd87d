// What the disclosure workflow needs from 《中华人民共和国政府信息公开条例》 (revised 2019, in force 2019-05-15) and the
// State Council's implementing rules — the rulebooks only say "及时" (SPB art.27; KZ 二十六): every clock here is
// configuration with its source (rules-spec §15 N-14…N-16; shared/DOMAIN.md), and every reason to withhold names its
// article. The annual report's 不予公开 rows (annual-report/layout.ts) are these reasons.
import type { OutcomeRow } from '../annual-report/layout';

export const REGULATION = '《中华人民共和国政府信息公开条例》（国务院令第711号修订，2019年5月15日施行）';

/** The statutory clocks, in working days unless said otherwise: defaults with their source. */
export const CLOCKS = {
  proactive: { length: 20, unit: 'working_days', source: `${REGULATION}第二十六条：形成或者变更之日起20个工作日内` },
  supplementRequest: { length: 7, unit: 'working_days', source: `${REGULATION}第三十条：收到申请之日起7个工作日内一次性告知补正` },
  answer: { length: 20, unit: 'working_days', source: `${REGULATION}第三十三条第二款：收到申请之日起20个工作日内予以答复` },
  extension: { length: 20, unit: 'working_days', source: `${REGULATION}第三十三条第二款：经负责人同意并告知申请人，延长期限最长不得超过20个工作日` },
  thirdPartyOpinion: { length: 15, unit: 'working_days', source: `${REGULATION}第三十二条：第三方自收到征求意见书之日起15个工作日内提出意见（征求意见时间不计算在期限内，第三十三条第三款）` },
  annualReportDepartments: { month: 1, day: 31, source: `${REGULATION}第五十条：每年1月31日前向本级政府信息公开工作主管部门提交` },
  annualReportGovernment: { month: 3, day: 31, source: `${REGULATION}第五十条：每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告` },
} as const;

/** 公开属性: set when a document is drafted; anything but 主动公开 needs a reason and a review (国办发〔2016〕80号). */
export const ATTRIBUTES = {
  proactive: '主动公开',
  'on-application': '依申请公开',
  withheld: '不予公开',
} as const;
export type Attribute = keyof typeof ATTRIBUTES;

export interface WithholdingReason {
  id: string;
  label: string;
  /** the article that allows or requires it */
  article: string;
  /** the attribute it justifies */
  attribute: Exclude<Attribute, 'proactive'>;
  /** the annual report's row an application refused for this reason is counted in */
  reportRow?: OutcomeRow;
}

export const WITHHOLDING_REASONS: readonly WithholdingReason[] = [
  { id: 'state-secret', label: '属于国家秘密', article: '第十四条', attribute: 'withheld', reportRow: 'state-secret' },
  { id: 'forbidden-by-law', label: '法律、行政法规禁止公开', article: '第十四条', attribute: 'withheld', reportRow: 'forbidden-by-law' },
  {
    id: 'three-securities',
    label: '公开后可能危及国家安全、公共安全、经济安全、社会稳定',
    article: '第十四条',
    attribute: 'withheld',
    reportRow: 'three-securities',
  },
  {
    id: 'third-party-rights',
    label: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害',
    article: '第十五条',
    attribute: 'withheld',
    reportRow: 'third-party-rights',
  },
  {
    id: 'internal-affairs',
    label: '人事管理、后勤管理、内部工作流程等内部事务信息',
    article: '第十六条第一款',
    attribute: 'withheld',
    reportRow: 'internal-affairs',
  },
  {
    id: 'process-information',
    label: '讨论记录、过程稿、磋商信函、请示报告等过程性信息',
    article: '第十六条第二款',
    attribute: 'withheld',
    reportRow: 'process-information',
  },
  {
    id: 'enforcement-files',
    label: '行政执法案卷信息',
    article: '第十六条第二款',
    attribute: 'withheld',
    reportRow: 'enforcement-files',
  },
  {
    id: 'specific-interest',
    label: '不属于主动公开范围，仅涉及特定对象，依申请公开',
    article: '第十九条、第二十七条',
    attribute: 'on-application',
  },
];

export const reasonById = (id: string) => WITHHOLDING_REASONS.find((r) => r.id === id);

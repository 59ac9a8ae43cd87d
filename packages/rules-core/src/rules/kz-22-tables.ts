// KZ §22 (开州府发〔2021〕7号 二十二): the money tables, as data. Bands are half-open [min, max) in fen.
// The boundary phrases are read once, here (rules-spec §4.1; STYLE.md "Rules as data"):
//   "X万元（不含）以内" → a < X;  "X万元（含）—Y万元" → X ≤ a < Y (Y is claimed by the next band, A-1);
//   "Y万元及以上" → a ≥ Y.
import type { ActionId, AuthorityId } from '../model/ids';
import { type Fen, wan, yi } from '../model/money';
import type { RuleId } from './rule-ids';

export interface Step {
  authority: AuthorityId;
  action: ActionId;
}

export interface Band {
  /** rule id of this band, e.g. KZ-22-4-b2 */
  ruleId: RuleId;
  minFen: Fen;
  /** exclusive; null = no upper bound */
  maxFen: Fen | null;
  steps: readonly Step[];
  /** the band's own clause, verbatim */
  quote: string;
  /** labelled readings this band's answer always relies on (rules-spec §4.4), with what they add to the answer */
  readings?: { interpretations: readonly string[]; notes: readonly string[] };
}

export type KzTableId =
  | 'matching-fund-project-application'
  | 'local-government-bond'
  | 'special-fund-allocation'
  | 'district-fiscal-funds'
  | 'soe-asset-disposal'
  | 'public-unit-asset-disposal'
  | 'soe-investment'
  | 'investment-change/small-contract'
  | 'investment-change/large-contract'
  | 'state-asset-guarantee'
  | 'soe-financing';

export interface KzTable {
  id: KzTableId;
  /** location in KZ's own numbering */
  location: string;
  /** the sub-point's heading or selector, verbatim */
  heading: string;
  bands: readonly Band[];
}

const s = (authority: AuthorityId, action: ActionId): Step => ({ authority, action });
const DEP = 'deputy-head-in-charge';
const EXEC = 'executive-deputy-head';
const PSC = 'district-party-standing-committee';

export const KZ_22_TABLES: readonly KzTable[] = [
  {
    id: 'matching-fund-project-application',
    location: '二十二（一）1',
    heading: '需区级财政配套的建设项目申报方案',
    bands: [
      {
        ruleId: 'KZ-22-1-1-b1',
        minFen: 0n,
        maxFen: wan(500),
        steps: [s(DEP, 'approve')],
        quote: '500万元（不含）以内的由分管副区长审定',
      },
      {
        ruleId: 'KZ-22-1-1-b2',
        minFen: wan(500),
        maxFen: wan(1000),
        steps: [s(DEP, 'review'), s(EXEC, 'approve')],
        quote: '500万元（含）—1000万元的由分管副区长研究审核后送常务副区长审定',
      },
      {
        ruleId: 'KZ-22-1-1-b3',
        minFen: wan(1000),
        maxFen: wan(5000),
        steps: [s('executive-meeting', 'approve')],
        quote: '1000万元（含）—5000万元的提请区政府常务会议审定',
      },
      {
        ruleId: 'KZ-22-1-1-b4',
        minFen: wan(5000),
        maxFen: null,
        steps: [s(PSC, 'approve')],
        quote: '5000万元及以上的提请区委常委会会议审定',
      },
    ],
  },
  {
    id: 'local-government-bond',
    location: '二十二（一）2',
    heading: '发行地方政府债券',
    bands: [
      {
        ruleId: 'KZ-22-1-2-b1',
        minFen: 0n,
        maxFen: wan(1000),
        steps: [s(DEP, 'review'), s(EXEC, 'approve')],
        quote: '1000万元（不含）以内的由分管副区长审核后报常务副区长审定',
      },
      {
        ruleId: 'KZ-22-1-2-b2',
        minFen: wan(1000),
        maxFen: wan(5000),
        steps: [s('executive-meeting', 'approve')],
        quote: '1000万元（含）—5000万元的提请区政府常务会议审定',
      },
      {
        ruleId: 'KZ-22-1-2-b3',
        minFen: wan(5000),
        maxFen: null,
        steps: [s(PSC, 'approve')],
        quote: '5000万元及以上的提请区委常委会会议审定',
      },
    ],
  },
  {
    id: 'special-fund-allocation',
    location: '二十二（一）3',
    heading: '年度预算中区级没有落实到具体项目和上级切块下达的专项资金分配方案',
    bands: [
      // R-MNY-3: a topic meeting's approval needs the consent of the district head and the executive deputy.
      {
        ruleId: 'KZ-22-1-3-b1',
        minFen: 0n,
        maxFen: wan(500),
        steps: [s('topic-meeting', 'approve'), s('district-head', 'consent'), s(EXEC, 'consent')],
        quote: '500万元（不含）以内的提请区政府专题会议审定',
      },
      {
        ruleId: 'KZ-22-1-3-b2',
        minFen: wan(500),
        maxFen: wan(1000),
        steps: [s('head-office-meeting', 'approve')],
        quote: '500万元（含）—1000万元的提请区长办公会议审定',
      },
      {
        ruleId: 'KZ-22-1-3-b3',
        minFen: wan(1000),
        maxFen: wan(2000),
        steps: [s('executive-meeting', 'approve')],
        quote: '1000万元（含）—2000万元的提请区政府常务会议审定',
      },
      {
        ruleId: 'KZ-22-1-3-b4',
        minFen: wan(2000),
        maxFen: null,
        steps: [s(PSC, 'approve')],
        quote: '2000万元及以上的提请区委常委会会议审定',
      },
    ],
  },
  {
    id: 'district-fiscal-funds',
    location: '二十二（二）',
    heading: '本级财政资金类',
    bands: [
      {
        ruleId: 'KZ-22-2-b1',
        minFen: 0n,
        maxFen: wan(200),
        steps: [s(DEP, 'review'), s(EXEC, 'approve')],
        quote: '200万元（不含）以内的财政性资金安排由分管副区长研究审核后送常务副区长审定',
      },
      {
        ruleId: 'KZ-22-2-b2',
        minFen: wan(200),
        maxFen: wan(1000),
        steps: [s('head-office-meeting', 'approve')],
        quote: '200万元（含）—1000万元的提请区长办公会议审定',
      },
      {
        ruleId: 'KZ-22-2-b3',
        minFen: wan(1000),
        maxFen: wan(5000),
        steps: [s('executive-meeting', 'approve')],
        quote: '1000万元（含）—5000万元的提请区政府常务会议审定',
      },
      {
        ruleId: 'KZ-22-2-b4',
        minFen: wan(5000),
        maxFen: null,
        steps: [s(PSC, 'approve')],
        quote: '5000万元及以上的提请区委常委会会议审定',
      },
    ],
  },
  {
    id: 'soe-asset-disposal',
    location: '二十二（三）1',
    heading: '企业类',
    bands: [
      // the enterprise decides and files with SASAC (报备 is not an approval).
      {
        ruleId: 'KZ-22-3-1-b1',
        minFen: 0n,
        maxFen: wan(100),
        steps: [s('enterprise', 'decide'), s('sasac', 'receive-filing')],
        quote:
          '国有及国有控股企业一次性处置国有资产评估价值100万元（不含）以内的由企业研究决定并向区国资委报备',
      },
      {
        ruleId: 'KZ-22-3-1-b2',
        minFen: wan(100),
        maxFen: wan(200),
        steps: [s('sasac', 'approve')],
        quote: '100万元（含）—200万元的由区国资委审批',
      },
      // 分管国资工作的区政府领导同志 → the leader whose portfolio includes state assets.
      {
        ruleId: 'KZ-22-3-1-b3',
        minFen: wan(200),
        maxFen: wan(500),
        steps: [s(DEP, 'approve')],
        quote: '200万元（含）—500万元的由分管国资工作的区政府领导同志审批',
      },
      {
        ruleId: 'KZ-22-3-1-b4',
        minFen: wan(500),
        maxFen: wan(2000),
        steps: [s('executive-meeting', 'approve')],
        quote: '500万元（含）—2000万元的提请区政府常务会议审定',
      },
      {
        ruleId: 'KZ-22-3-1-b5',
        minFen: wan(2000),
        maxFen: null,
        steps: [s(PSC, 'approve')],
        quote: '2000万元及以上的提请区委常委会会议审定',
      },
    ],
  },
  {
    id: 'public-unit-asset-disposal',
    location: '二十二（三）2',
    heading: '行政、事业单位类',
    bands: [
      {
        ruleId: 'KZ-22-3-2-b1',
        minFen: 0n,
        maxFen: wan(10),
        steps: [s('competent-department', 'approve')],
        quote:
          '行政、事业单位一次性处置国有资产原值或重置价值在10万元（不含）以内的由主管部门（镇乡街道）审批',
      },
      {
        ruleId: 'KZ-22-3-2-b2',
        minFen: wan(10),
        maxFen: wan(500),
        steps: [s('finance-bureau', 'approve')],
        quote: '10万元（含）—500万元的由区财政局审批',
      },
      {
        ruleId: 'KZ-22-3-2-b3',
        minFen: wan(500),
        maxFen: wan(2000),
        steps: [s('executive-meeting', 'approve')],
        quote: '500万元（含）—2000万元的提请区政府常务会议审定',
      },
      {
        ruleId: 'KZ-22-3-2-b4',
        minFen: wan(2000),
        maxFen: null,
        steps: [s(PSC, 'approve')],
        quote: '2000万元及以上的提请区委常委会会议审定',
      },
    ],
  },
  {
    id: 'soe-investment',
    location: '二十二（四）',
    heading: '国企投资类',
    bands: [
      {
        ruleId: 'KZ-22-4-b1',
        minFen: 0n,
        maxFen: wan(40),
        steps: [s('enterprise', 'decide')],
        quote: '国有及国有控股企业投资40万元（不含）以内的项目由企业研究决定',
      },
      {
        ruleId: 'KZ-22-4-b2',
        minFen: wan(40),
        maxFen: wan(100),
        steps: [s(DEP, 'approve')],
        quote: '40万元（含）—100万元的由分管副区长审定',
      },
      {
        ruleId: 'KZ-22-4-b3',
        minFen: wan(100),
        maxFen: wan(400),
        steps: [s(DEP, 'review'), s(EXEC, 'approve')],
        quote: '100万元（含）—400万元的由分管副区长研究审核后送常务副区长审定',
      },
      {
        ruleId: 'KZ-22-4-b4',
        minFen: wan(400),
        maxFen: wan(1000),
        steps: [s('head-office-meeting', 'approve')],
        quote: '400万元（含）—1000万元的提请区长办公会议审定',
      },
      {
        ruleId: 'KZ-22-4-b5',
        minFen: wan(1000),
        maxFen: wan(5000),
        steps: [s('executive-meeting', 'approve')],
        quote: '1000万元（含）—5000万元的提请区政府常务会议审定',
      },
      {
        ruleId: 'KZ-22-4-b6',
        minFen: wan(5000),
        maxFen: null,
        steps: [s(PSC, 'approve')],
        quote: '5000万元及以上的提请区委常委会会议审定',
      },
    ],
  },
  {
    id: 'investment-change/small-contract',
    location: '二十二（五）1',
    heading: '合同金额400万元（不含）以内的项目',
    bands: [
      // "或授权审批" — a recorded delegation may approve in the deputy's place.
      {
        ruleId: 'KZ-22-5-1-b1',
        minFen: 0n,
        maxFen: wan(40),
        steps: [s(DEP, 'approve')],
        quote: '累计增减投资40万元（不含）以内的由分管副区长审定或授权审批',
      },
      // no executive-meeting band for small contracts, however large the change (literal reading).
      {
        ruleId: 'KZ-22-5-1-b2',
        minFen: wan(40),
        maxFen: null,
        steps: [s('head-office-meeting', 'approve')],
        quote: '40万元及以上的提请区长办公会议审定',
      },
    ],
  },
  {
    id: 'investment-change/large-contract',
    location: '二十二（五）2',
    heading: '合同金额400万元及以上的项目',
    bands: [
      {
        ruleId: 'KZ-22-5-2-b1',
        minFen: 0n,
        maxFen: wan(40),
        steps: [s('competent-department', 'approve')],
        quote: '累计增减投资40万元（不含）以内的由行业主管部门审定',
      },
      {
        ruleId: 'KZ-22-5-2-b2',
        minFen: wan(40),
        maxFen: wan(100),
        steps: [s(DEP, 'approve')],
        quote: '40万元（含）—100万元的由分管副区长审定',
      },
      {
        ruleId: 'KZ-22-5-2-b3',
        minFen: wan(100),
        maxFen: wan(400),
        steps: [s('head-office-meeting', 'approve')],
        quote: '100万元（含）—400万元的提请区长办公会议审定',
      },
      {
        ruleId: 'KZ-22-5-2-b4',
        minFen: wan(400),
        maxFen: null,
        steps: [s('executive-meeting', 'approve')],
        quote: '400万元及以上的提请区政府常务会议审定',
      },
    ],
  },
  {
    id: 'state-asset-guarantee',
    location: '二十二（六）1',
    heading: '担保类（国有担保公司对外开展担保业务）',
    bands: [
      {
        ruleId: 'KZ-22-6-1-b1',
        minFen: 0n,
        maxFen: wan(500),
        steps: [s(EXEC, 'approve')],
        quote: '国有及国有控股企业以国有资产抵押或担保500万元（不含）以内的由常务副区长审定',
      },
      {
        ruleId: 'KZ-22-6-1-b2',
        minFen: wan(500),
        maxFen: wan(1000),
        steps: [s('head-office-meeting', 'approve')],
        quote: '500万元（含）—1000万元的提请区长办公会议审定',
      },
      {
        ruleId: 'KZ-22-6-1-b3',
        minFen: wan(1000),
        maxFen: yi(1),
        steps: [s('executive-meeting', 'approve')],
        quote: '1000万元（含）—1亿元的提请区政府常务会议审定',
      },
      {
        ruleId: 'KZ-22-6-1-b4',
        minFen: yi(1),
        maxFen: null,
        steps: [s(PSC, 'approve')],
        quote: '1亿元及以上的提请区委常委会会议审定',
      },
    ],
  },
  {
    id: 'soe-financing',
    location: '二十二（六）2',
    heading: '融资类（含国企互保）',
    bands: [
      {
        ruleId: 'KZ-22-6-2-b1',
        minFen: 0n,
        maxFen: wan(5000),
        steps: [s(EXEC, 'approve')],
        quote: '国有及国有控股企业融资5000万元（不含）以内的由常务副区长审定',
      },
      // the executive meeting only hears a report (听取汇报); no 审定 is named.
      {
        ruleId: 'KZ-22-6-2-b2',
        minFen: wan(5000),
        maxFen: null,
        steps: [s('executive-meeting', 'hear-report')],
        quote: '5000万元及以上的提请区政府常务会议听取汇报',
        readings: {
          interpretations: ['I-A-13'],
          notes: ['5000万元及以上的融资由区政府常务会议听取汇报，原文未规定审定主体。'],
        },
      },
    ],
  },
];

/** 合同金额 selects the sub-table of KZ §22(5): < 400万 small, ≥ 400万 large. */
export const INVESTMENT_CHANGE_CONTRACT_THRESHOLD: Fen = wan(400);

export const tableOf = (id: KzTableId): KzTable => {
  const t = KZ_22_TABLES.find((x) => x.id === id);
  if (!t) throw new Error(`no KZ §22 table ${id}`);
  return t;
};

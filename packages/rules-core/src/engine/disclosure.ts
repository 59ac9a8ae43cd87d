// Disclosure (政务公开): what must be disclosed, what review an item needs before release, and who interprets a policy
// (谁起草、谁解读). SPB art.26–28, 32, 53–54, 19 ¶2; KZ 十八, 二十五–二十八, 三十三, 四十八–四十九 (rules-spec §10).
import { INSTRUMENTS } from '../instruments';
import { checkAsOf, cite, silent } from '../model/cite';
import { RuleEngineError } from '../model/errors';
import type { DistrictId } from '../model/ids';
import { assertKnownFields, districtOf, fieldsOf, preview } from '../model/request';
import type { Citation } from '../model/rule';
import type { RuleId } from '../rules';

/** What an item to be disclosed is (rules-spec §10.2 D1–D6). */
export const DISCLOSURE_ITEM_KINDS = [
  'plenary-decision',
  'executive-decision',
  'head-office-decision',
  'topic-meeting-decision',
  'government-policy',
  'department-policy',
  'normative-document',
  'public-interest-matter',
  'major-problem-result',
  'important-government-information',
] as const;
export type DisclosureItemKind = (typeof DISCLOSURE_ITEM_KINDS)[number];

/** The channels the text names (rules-spec §10.4 R-DIS-7). */
export const CHANNELS = [
  'government-website',
  'government-gazette',
  'press-conference',
  'newspaper',
  'radio',
  'television',
  'internet',
  'new-media',
  'portal-website',
] as const;
export type Channel = (typeof CHANNELS)[number];

export interface DisclosureItem {
  kind: DisclosureItemKind;
  /** the item touches public interests or rights, needs broad awareness, or is of public concern (D3) */
  publicInterest?: boolean;
  /** the item (or part of it) must be kept confidential by law: state, work or commercial secrets (R-DIS-3) */
  confidentialByLaw?: boolean;
  /** who releases it */
  issuer?: 'district-government' | 'government-office' | 'department';
}
const ITEM_FIELDS = fieldsOf<DisclosureItem>({
  kind: true,
  publicInterest: true,
  confidentialByLaw: true,
  issuer: true,
});

interface DistrictTexts {
  principle: RuleId;
  meetingsAndPolicies: RuleId;
  publicInterest: RuleId;
  results: RuleId;
  priorReview: RuleId;
  secrets: RuleId;
  spokesperson: RuleId | null;
  interpretation: RuleId | null;
  normativePublished: RuleId | null;
  channels: readonly Channel[];
}

const TEXTS: Record<DistrictId, DistrictTexts> = {
  shapingba: {
    principle: 'SPB-DIS-1',
    meetingsAndPolicies: 'SPB-DIS-meetings-and-policies',
    publicInterest: 'SPB-DIS-public-interest',
    results: 'SPB-DIS-results',
    priorReview: 'SPB-DIS-prior-review',
    secrets: 'SPB-DIS-secrets',
    spokesperson: null,
    interpretation: null,
    normativePublished: null,
    channels: [
      'government-website',
      'government-gazette',
      'press-conference',
      'newspaper',
      'radio',
      'television',
      'internet',
      'new-media',
    ],
  },
  kaizhou: {
    principle: 'KZ-DIS-1',
    meetingsAndPolicies: 'KZ-DIS-meetings-and-policies',
    publicInterest: 'KZ-DIS-public-interest',
    results: 'KZ-DIS-results',
    priorReview: 'KZ-DIS-prior-review',
    secrets: 'KZ-DIS-secrets',
    spokesperson: 'KZ-DIS-spokesperson',
    interpretation: 'KZ-DIS-interpretation',
    normativePublished: 'KZ-ND-published',
    // KZ 二十七 names no gazette; KZ 十八 names the gazette and the portal for normative documents.
    channels: [
      'government-website',
      'press-conference',
      'newspaper',
      'radio',
      'television',
      'internet',
      'new-media',
    ],
  },
};

export interface DisclosureDuty {
  /** true: the rulebook requires disclosure; false: it does not (the item may still be disclosed) */
  mustDisclose: boolean;
  /** withheld, with its ground, when confidential by law (only what the law protects is withheld) */
  withheld: { ground: string; rule: RuleId } | null;
  /** the text's timing word: 及时 (promptly) where it requires disclosure */
  timing: '及时' | null;
  channels: Channel[];
  /** KZ 十八: an unpublished normative document may not serve as a basis of administration */
  basisOnlyOncePublished: boolean;
  rules: RuleId[];
  citations: Citation[];
  notes: string[];
}

/** Must this item be disclosed, through which channels, and on what ground may it be withheld? */
export function disclosureDuty(district: DistrictId, item: DisclosureItem, asOf?: string): DisclosureDuty {
  district = districtOf(district);
  assertKnownFields(item, ITEM_FIELDS, 'item');
  if (!(DISCLOSURE_ITEM_KINDS as readonly string[]).includes(item.kind)) {
    throw new RuleEngineError('INVALID_REQUEST', `（item.kind=${preview(item.kind)} 不是已知的类别）`);
  }
  checkAsOf(asOf);
  const t = TEXTS[district];
  const rules: RuleId[] = [];
  const notes: string[] = [];
  let channels: Channel[] = [];
  switch (item.kind) {
    case 'plenary-decision':
    case 'executive-decision':
    case 'government-policy':
    case 'department-policy':
      rules.push(t.meetingsAndPolicies);
      break;
    case 'normative-document':
      rules.push(t.meetingsAndPolicies);
      if (t.normativePublished) {
        rules.push(t.normativePublished);
        channels = ['government-gazette', 'portal-website'];
      }
      break;
    case 'public-interest-matter':
      rules.push(t.publicInterest);
      break;
    case 'major-problem-result':
      rules.push(t.results);
      break;
    case 'head-office-decision':
    case 'topic-meeting-decision':
      notes.push(
        '两部规则列举应公开事项时未列区长办公会议、专题会议的决定：仅当其内容属于涉及公共利益等应公开的事项时须公开。',
      );
      break;
    case 'important-government-information':
      if (t.spokesperson) rules.push(t.spokesperson);
      else notes.push('沙坪坝区规则未规定重要工作信息须由新闻发言人统一发布。');
      break;
  }
  if (item.publicInterest && !rules.includes(t.publicInterest)) rules.push(t.publicInterest);
  const mustDisclose = rules.length > 0;
  if (mustDisclose) channels = [...new Set([...channels, ...t.channels])];
  if (district === 'kaizhou') rules.push(t.principle);
  let withheld: DisclosureDuty['withheld'] = null;
  if (item.confidentialByLaw) {
    withheld = {
      ground: '依法需要保密：国家秘密、工作秘密或因履行职责掌握的商业秘密等，不予公开。',
      rule: t.secrets,
    };
    rules.push(t.secrets);
    notes.push('只有依法需要保密的内容不予公开；可以区分处理的，其余部分仍应公开。');
  }
  return {
    mustDisclose: mustDisclose && !withheld,
    withheld,
    timing: mustDisclose && !withheld ? '及时' : null,
    channels: withheld ? [] : channels,
    basisOnlyOncePublished: item.kind === 'normative-document' && t.normativePublished !== null,
    rules,
    citations: cite(rules, asOf),
    notes,
  };
}

export interface ReleaseItem {
  issuer: 'district-government' | 'government-office' | 'department';
  /** the information concerns important government work deployments */
  importantDeployment?: boolean;
  /** the information concerns important economic and social issues */
  majorEconomicOrSocialIssue?: boolean;
  /** the information concerns matters closely tied to the public's interests */
  closeToPublicInterest?: boolean;
  /** it is important work information of the district government (KZ 二十七第二段) */
  importantGovernmentInformation?: boolean;
  /** who would release it */
  releasedBy?: 'spokesperson' | 'authorised-spokesperson' | 'department' | 'government-office';
}
const RELEASE_FIELDS = fieldsOf<ReleaseItem>({
  issuer: true,
  importantDeployment: true,
  majorEconomicOrSocialIssue: true,
  closeToPublicInterest: true,
  importantGovernmentInformation: true,
  releasedBy: true,
});

export interface ReleaseReview {
  reviews: {
    review: 'confidentiality-review' | 'strict-prior-review' | 'spokesperson-release';
    rule: RuleId;
    message: string;
  }[];
  /** a proposed releaser the text does not allow */
  problems: { code: string; rule: RuleId; message: string }[];
  citations: Citation[];
  notes: string[];
}

/**
 * What an item needs before it is released: the confidentiality review every item passes (only what the law protects
 * is withheld), the strict prior review of a department's release on the listed subjects (SPB art.53; KZ 四十八), and
 * in Kaizhou the spokesperson's release of important government information (二十七第二段).
 */
export function releaseReview(district: DistrictId, item: ReleaseItem, asOf?: string): ReleaseReview {
  district = districtOf(district);
  assertKnownFields(item, RELEASE_FIELDS, 'item');
  checkAsOf(asOf);
  const t = TEXTS[district];
  const reviews: ReleaseReview['reviews'] = [
    {
      review: 'confidentiality-review',
      rule: t.meetingsAndPolicies,
      message: '公开前须经保密审查：除依法需要保密的外应当公开，国家秘密、工作秘密、商业秘密等不得泄露。',
    },
  ];
  const rules: RuleId[] = [t.meetingsAndPolicies, t.secrets];
  const problems: ReleaseReview['problems'] = [];
  const notes: string[] = [];
  if (
    item.issuer === 'department' &&
    (item.importantDeployment || item.majorEconomicOrSocialIssue || item.closeToPublicInterest)
  ) {
    reviews.push({
      review: 'strict-prior-review',
      rule: t.priorReview,
      message:
        '部门发布涉及重要工作部署、经济社会发展重要问题、与群众利益密切相关事项的信息，须经严格审定；重大情况及时报告区政府。',
    });
    rules.push(t.priorReview);
  }
  if (item.importantGovernmentInformation) {
    if (t.spokesperson) {
      reviews.push({
        review: 'spokesperson-release',
        rule: t.spokesperson,
        message: '区政府重要工作信息由区政府新闻发言人或区政府授权的专门发言人统一对外发布。',
      });
      rules.push(t.spokesperson);
      if (
        item.releasedBy &&
        item.releasedBy !== 'spokesperson' &&
        item.releasedBy !== 'authorised-spokesperson'
      ) {
        problems.push({
          code: 'NOT_SPOKESPERSON',
          rule: t.spokesperson,
          message: '重要工作信息须由新闻发言人或授权的专门发言人发布，不能由其他单位自行发布。',
        });
      }
    } else {
      notes.push('沙坪坝区规则未规定重要工作信息须由新闻发言人统一发布。');
    }
  }
  return { reviews, problems, citations: cite(rules, asOf), notes };
}

export interface InterpreterQuestion {
  /** the unit that drafted the policy */
  draftingUnit: string;
  /** the unit proposed to write the interpretation */
  proposedUnit?: string;
  /** 解读 (public explanation, the default) or 解释 (authoritative interpretation of a normative document) */
  act?: 'explanation' | 'authoritative-interpretation';
}
const INTERPRETER_FIELDS = fieldsOf<InterpreterQuestion>({
  draftingUnit: true,
  proposedUnit: true,
  act: true,
});

export interface InterpreterAnswer {
  /** who is responsible: the drafting unit (谁起草、谁解读), or any of these for 解释 */
  responsible: string[];
  reassignable: boolean;
  /** whether the proposed unit may write it */
  proposedAllowed: boolean | null;
  rule: RuleId;
  citations: Citation[];
  notes: string[];
}

/** Who interprets a policy: in Kaizhou its drafting unit, and no other (二十八). */
export function policyInterpreter(
  district: DistrictId,
  q: InterpreterQuestion,
  asOf?: string,
): InterpreterAnswer {
  district = districtOf(district);
  assertKnownFields(q, INTERPRETER_FIELDS, 'policy');
  if (typeof q.draftingUnit !== 'string' || q.draftingUnit === '') {
    throw new RuleEngineError('INVALID_REQUEST', '（须提供起草单位 draftingUnit）');
  }
  checkAsOf(asOf);
  const act = q.act ?? 'explanation';
  if (act === 'authoritative-interpretation') {
    if (district === 'kaizhou') {
      return silent('（开州区规则未规定规范性文件的解释由谁负责；二十八规定的是政策解读）', [
        { instrument: INSTRUMENTS['kz-2021-7'].documentNumber, location: '二十八' },
      ]);
    }
    const responsible = [q.draftingUnit, 'justice-bureau'];
    return {
      responsible,
      reassignable: false,
      proposedAllowed: q.proposedUnit === undefined ? null : responsible.includes(q.proposedUnit),
      rule: 'SPB-ND-interpretation',
      citations: cite(['SPB-ND-interpretation'], asOf),
      notes: [
        '区政府规范性文件的解释由起草部门或区司法局负责（第十九条第二款）；这是对文件的解释，不是政策解读。',
      ],
    };
  }
  const rule = TEXTS[district].interpretation;
  if (!rule) {
    return silent(
      '（沙坪坝区规则未规定政策解读由谁负责；第十九条第二款规定的是规范性文件的解释，由起草部门或区司法局负责）',
      [{ instrument: INSTRUMENTS['spb-2022-3'].documentNumber, location: '第十九条第二款' }],
    );
  }
  return {
    responsible: [q.draftingUnit],
    reassignable: false,
    proposedAllowed: q.proposedUnit === undefined ? null : q.proposedUnit === q.draftingUnit,
    rule,
    citations: cite([rule], asOf),
    notes:
      q.proposedUnit !== undefined && q.proposedUnit !== q.draftingUnit
        ? ['政策解读须由政策起草部门负责，其他单位的解读不予采用。规则未规定解读的完成期限。']
        : ['规则未规定解读的完成期限（外部配置）。'],
  };
}

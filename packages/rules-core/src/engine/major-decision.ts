// The procedure of a major administrative decision: which steps are required for this decision in this district,
// and which are missing (SPB art.22–24; KZ 二十–二十三).
import { citationOf } from '../model/cite';
import type { DistrictId } from '../model/ids';
import type { Citation } from '../model/rule';
import { MAJOR_DECISIONS_RULES } from '../rules/major-decisions';
import { ROUTING_RULES } from '../rules/routing';

export const MD_STEPS = [
  'in-depth-investigation',
  'five-fold-evaluation',
  'consult-other-departments',
  'consult-townships',
  'fair-competition-review',
  'stability-risk-assessment',
  'public-participation',
  'expert-argumentation',
  'risk-assessment',
  'legality-review',
  'collective-decision',
] as const;
export type MdStep = (typeof MD_STEPS)[number];

export const MARKET_ACTIVITIES = [
  'market-access',
  'industrial-development',
  'investment-attraction',
  'bidding',
  'government-procurement',
  'business-conduct-rules',
  'qualification-standards',
  'other-market-activity',
] as const;

export interface DecisionFacts {
  specialisedOrTechnical?: boolean;
  involvesOtherDepartments?: boolean;
  involvesTownships?: boolean;
  involvesMarketActivity?: (typeof MARKET_ACTIVITIES)[number][];
  involvesMajorPublicInterest?: boolean;
  proneToSocialStabilityProblems?: boolean;
}

export interface DecisionEvaluation {
  complete: boolean;
  required: { step: MdStep; rule: string }[];
  missing: { step: MdStep; rule: string; citation: Citation }[];
  notes: string[];
  interpretations: string[];
  citations: Citation[];
}

const RULES = new Map([...MAJOR_DECISIONS_RULES, ...ROUTING_RULES].map((r) => [r.id, r]));

export function evaluateMajorDecision(
  district: DistrictId,
  facts: DecisionFacts,
  done: readonly MdStep[],
): DecisionEvaluation {
  const kz = district === 'kaizhou';
  const mandatory = kz ? 'KZ-R-MD-steps' : 'SPB-MD-steps';
  const required: { step: MdStep; rule: string }[] = [
    { step: 'in-depth-investigation', rule: kz ? 'KZ-MD-investigation' : 'SPB-MD-investigation' },
  ];
  const interpretations = ['I-A-44'];
  if (kz || facts.specialisedOrTechnical)
    required.push({ step: 'five-fold-evaluation', rule: kz ? 'KZ-MD-investigation' : 'SPB-MD-evaluation' });
  if (facts.involvesOtherDepartments)
    required.push({
      step: 'consult-other-departments',
      rule: kz ? 'KZ-MD-departments' : 'SPB-MD-departments',
    });
  if (facts.involvesTownships)
    required.push({ step: 'consult-townships', rule: kz ? 'KZ-MD-departments' : 'SPB-MD-departments' });
  const notes: string[] = [];
  if ((facts.involvesMarketActivity ?? []).length > 0) {
    if (kz) required.push({ step: 'fair-competition-review', rule: 'KZ-MD-fair-competition' });
    else notes.push('沙坪坝区规则未规定重大决策的公平竞争审查（外部法规可能要求，属配置）。');
  }
  if (facts.involvesMajorPublicInterest || facts.proneToSocialStabilityProblems) {
    required.push({ step: 'stability-risk-assessment', rule: kz ? 'KZ-MD-stability' : 'SPB-MD-stability' });
    interpretations.push('I-A-51-MD');
  }
  for (const step of [
    'public-participation',
    'expert-argumentation',
    'risk-assessment',
    'legality-review',
    'collective-decision',
  ] as const) {
    required.push({ step, rule: mandatory });
  }
  const doneSet = new Set(done);
  const missing = required
    .filter((r) => !doneSet.has(r.step))
    .map((r) => ({ ...r, citation: citationOf(RULES.get(r.rule)!) }));
  if (doneSet.has('collective-decision') && missing.length > 0) {
    notes.push('集体讨论决定已记录，但其他必经程序尚未完成：集体讨论决定应在其他程序之后。');
    interpretations.push('I-MD-ORDER');
  }
  if (kz) notes.push('开州区另须严格执行《重大行政决策程序暂行条例》（二十），其具体要求属外部配置。');
  return {
    complete: missing.length === 0,
    required,
    missing,
    notes,
    interpretations,
    citations: [...new Set(required.map((r) => r.rule))].map((id) => citationOf(RULES.get(id)!)),
  };
}

// The procedure of a major administrative decision: which steps are required for this decision in this district,
// and which are missing (SPB art.22–24; KZ 二十–二十三).
import { checkAsOf, cite } from '../model/cite';
import { RuleEngineError } from '../model/errors';
import type { DistrictId } from '../model/ids';
import { assertKnownFields, districtOf, fieldsOf, preview } from '../model/request';
import type { Citation } from '../model/rule';
import type { RuleId } from '../rules';

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
  // the urgent path (SPB art.7, KZ 七) and the AB stand-in's consultation (SPB art.10(3))
  'urgent-handling',
  'report-to-district-head',
  'consult-absent-leader',
] as const;
export type MdStep = (typeof MD_STEPS)[number];

/** The steps as the rulebooks name them (SPB art.22–24, 7, 10; KZ 二十、二十三、七), for the pages people tick them on. */
export const MD_STEP_ZH: Readonly<Record<MdStep, string>> = {
  'in-depth-investigation': '深入调查研究',
  'five-fold-evaluation': '合法性、必要性、科学性、可行性和可控性评估论证',
  'consult-other-departments': '与有关部门充分协商',
  'consult-townships': '事先征求镇乡（街道）意见',
  'fair-competition-review': '公平竞争审查',
  'stability-risk-assessment': '社会稳定风险评估',
  'public-participation': '公众参与',
  'expert-argumentation': '专家论证',
  'risk-assessment': '风险评估',
  'legality-review': '合法性审查',
  'collective-decision': '集体讨论决定',
  'urgent-handling': '分管副区长紧急处置',
  'report-to-district-head': '向区长报告',
  'consult-absent-leader': '征求缺席分管领导意见',
};

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
  /** an urgent or sudden major event that cannot wait for a meeting (SPB art.7; KZ 七) */
  urgent?: boolean;
  /** the deputy handling it acts as an AB stand-in for the absent deputy in charge (SPB art.10(3)) */
  handledByStandIn?: boolean;
  /** the stand-in's consultation of the absent deputy in charge is on record (SPB art.10(3)) */
  consultationRecorded?: boolean;
}

const DECISION_FIELDS = fieldsOf<DecisionFacts>({
  specialisedOrTechnical: true,
  involvesOtherDepartments: true,
  involvesTownships: true,
  involvesMarketActivity: true,
  involvesMajorPublicInterest: true,
  proneToSocialStabilityProblems: true,
  urgent: true,
  handledByStandIn: true,
  consultationRecorded: true,
});

/** How an input changed the procedure: a step replaced, added, or satisfied by a record. */
export interface StepChange {
  step: MdStep;
  change: 'replaced' | 'added' | 'satisfied';
  by?: MdStep[];
  rule: RuleId;
  message: string;
}

export interface DecisionEvaluation {
  complete: boolean;
  required: { step: MdStep; rule: RuleId }[];
  missing: { step: MdStep; rule: RuleId; citation: Citation }[];
  /** what the urgent path and a recorded consultation changed */
  changes: StepChange[];
  notes: string[];
  interpretations: string[];
  citations: Citation[];
}

export function evaluateMajorDecision(
  district: DistrictId,
  facts: DecisionFacts,
  done: readonly MdStep[],
  asOf?: string,
): DecisionEvaluation {
  district = districtOf(district);
  assertKnownFields(facts, DECISION_FIELDS, 'decision');
  for (const step of done) {
    if (!(MD_STEPS as readonly string[]).includes(step)) {
      throw new RuleEngineError('INVALID_REQUEST', `（done 中有未知步骤 ${preview(step)}）`);
    }
  }
  checkAsOf(asOf);
  const kz = district === 'kaizhou';
  const mandatory = kz ? 'KZ-R-MD-steps' : 'SPB-MD-steps';
  const required: { step: MdStep; rule: RuleId }[] = [
    { step: 'in-depth-investigation', rule: kz ? 'KZ-MD-investigation' : 'SPB-MD-investigation' },
  ];
  const interpretations = ['I-A-44'];
  const notes: string[] = [];
  if (kz || facts.specialisedOrTechnical)
    required.push({ step: 'five-fold-evaluation', rule: kz ? 'KZ-MD-investigation' : 'SPB-MD-evaluation' });
  if (facts.involvesOtherDepartments)
    required.push({
      step: 'consult-other-departments',
      rule: kz ? 'KZ-MD-departments' : 'SPB-MD-departments',
    });
  if (facts.involvesTownships)
    required.push({ step: 'consult-townships', rule: kz ? 'KZ-MD-departments' : 'SPB-MD-departments' });
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
  ] as const) {
    required.push({ step, rule: mandatory });
  }
  const changes: StepChange[] = [];
  const doneSet = new Set(done);
  if (facts.urgent) {
    // SPB art.7 / KZ 七: an urgent or sudden major event that cannot wait for a meeting is handled by the deputy in
    // charge, who reports to the district head promptly. That replaces the meeting's collective decision; the text
    // waives none of the other statutory steps, so they stay required.
    const urgentRule: RuleId = kz ? 'KZ-R-DEC-2' : 'SPB-R-DEC-2';
    required.push(
      { step: 'urgent-handling', rule: urgentRule },
      { step: 'report-to-district-head', rule: urgentRule },
    );
    changes.push({
      step: 'collective-decision',
      change: 'replaced',
      by: ['urgent-handling', 'report-to-district-head'],
      rule: urgentRule,
      message: '来不及召开会议而又必须及时处理的，由分管副区长协调处理后及时向区长报告，代替集体讨论决定。',
    });
    notes.push('紧急情况下规则未免除公众参与、专家论证、风险评估、合法性审查等法定程序，仍列为必经程序。');
    if (facts.handledByStandIn) {
      if (kz) {
        notes.push('开州区规则未规定AB角代管期间处理急需决策的重大事项须征求分管领导意见。');
      } else {
        // SPB art.10(3): the stand-in consults the absent deputy in charge; a recorded consultation satisfies it.
        required.push({ step: 'consult-absent-leader', rule: 'R-AB-7' });
        changes.push(
          facts.consultationRecorded
            ? {
                step: 'consult-absent-leader',
                change: 'satisfied',
                rule: 'R-AB-7',
                message: '已记录代为处理的领导征求分管领导意见。',
              }
            : {
                step: 'consult-absent-leader',
                change: 'added',
                rule: 'R-AB-7',
                message: '属于急需决策的重大事项，代为处理的领导应主动征求分管领导的意见，必要时报区长决定。',
              },
        );
        if (facts.consultationRecorded) doneSet.add('consult-absent-leader');
      }
    }
  } else {
    required.push({ step: 'collective-decision', rule: mandatory });
    if (facts.handledByStandIn || facts.consultationRecorded) {
      notes.push('非紧急事项由集体讨论决定，代为处理领导征求意见的记录不改变必经程序。');
    }
  }
  const rules = [...new Set(required.map((r) => r.rule))];
  const citations = cite(rules, asOf); // one citation per distinct rule, in the same order
  const citationOfRule = new Map(rules.map((rule, i) => [rule, citations[i]!]));
  const missing = required
    .filter((r) => !doneSet.has(r.step))
    .map((r) => ({ ...r, citation: citationOfRule.get(r.rule) ?? cite([r.rule], asOf)[0]! }));
  if (doneSet.has('collective-decision') && missing.length > 0) {
    notes.push('集体讨论决定已记录，但其他必经程序尚未完成：集体讨论决定应在其他程序之后。');
    interpretations.push('I-MD-ORDER');
  }
  if (kz) notes.push('开州区另须严格执行《重大行政决策程序暂行条例》（二十），其具体要求属外部配置。');
  return { complete: missing.length === 0, required, missing, changes, notes, interpretations, citations };
}

// The life of a normative document as a state machine whose transitions are data and whose guards cite the rule
// that imposes them (SPB art.19–20; KZ 十八, 四十三（二）).
import { INSTRUMENTS } from '../instruments';
import { addMonths, toOrdinal } from '../calendar/dates';
import { checkAsOf, cite as citeAsOf, silent } from '../model/cite';
import { RuleEngineError } from '../model/errors';
import { type AuthorityId, type DistrictId, isOneOf } from '../model/ids';
import { assertKnownFields, districtOf, preview } from '../model/request';
import type { Citation } from '../model/rule';
import type { RuleId } from '../rules';

export const ND_SUBTYPES = [
  'government-normative-document',
  'department-normative-document',
  'joint-department-normative-document',
  'department-normative-document-requiring-approval',
] as const;
export type NdSubtype = (typeof ND_SUBTYPES)[number];

export const ND_STATES = [
  'drafting',
  'public-comment',
  'legality-review',
  'completeness-review',
  'meeting-deliberation',
  'sign-off',
  'published',
  'filed',
  'in-force',
  'evaluation',
  'cleanup',
  'kept',
  'correction-ordered',
  'revoked',
] as const;
export type NdState = (typeof ND_STATES)[number];

export const ND_FACTS = [
  'publicCommentDone',
  'legalityReviewDone',
  'completenessReviewDone',
  'affectsMarketEntitiesAndPublic',
  'fairCompetitionReviewDone',
  'stabilityRiskAssessmentDone',
  'prohibitedContentFound',
  'adoptedByMeeting',
  'signedOff',
  'importantJointDocument',
  'approvedByGovernment',
  'publicInterestHighAttention',
  'priorInstructionRequested',
  'cleanupGroundFound',
] as const;
export type NdFacts = Partial<Record<(typeof ND_FACTS)[number], boolean>>;

/** The names people use for each subtype, state and fact (the rulebooks' own words where they have them). */
export const ND_SUBTYPE_ZH: Record<NdSubtype, string> = {
  'government-normative-document': '区政府规范性文件',
  'department-normative-document': '部门规范性文件',
  'joint-department-normative-document': '部门联合制定的规范性文件',
  'department-normative-document-requiring-approval': '需报区政府批准的部门规范性文件',
};
export const ND_STATE_ZH: Record<NdState, string> = {
  drafting: '起草',
  'public-comment': '公开征求意见',
  'legality-review': '合法性审查',
  'completeness-review': '完备性审核',
  'meeting-deliberation': '会议审议',
  'sign-off': '签发',
  published: '公布',
  filed: '备案',
  'in-force': '施行',
  evaluation: '评估',
  cleanup: '清理',
  kept: '清理后继续有效',
  'correction-ordered': '责令纠正',
  revoked: '撤销',
};
export const ND_FACT_ZH: Record<keyof NdFacts, string> = {
  publicCommentDone: '已公开征求意见',
  legalityReviewDone: '已经合法性审查（审核）',
  completenessReviewDone: '已经完备性审核',
  affectsMarketEntitiesAndPublic: '涉及市场主体和社会公众切身利益',
  fairCompetitionReviewDone: '已经公平竞争审查',
  stabilityRiskAssessmentDone: '已经社会稳定风险评估',
  prohibitedContentFound: '审查发现不得设定或减损的内容',
  adoptedByMeeting: '已经区政府会议审定',
  signedOff: '已签发',
  importantJointDocument: '属部门联合制定的重要规范性文件',
  approvedByGovernment: '已经区政府批准',
  publicInterestHighAttention: '涉及公众权益、社会关注度高',
  priorInstructionRequested: '已事先请示区政府',
  cleanupGroundFound: '发现与上位法抵触、超越权限、违反程序或者规定不适当',
};
/** SPB art.20 ¶2: what a normative document may not set or reduce (the legality review's checklist). */
export const LEGALITY_CHECKLIST_ZH = {
  setsLicensing: '设定行政许可',
  setsPenalty: '设定行政处罚',
  setsCompulsion: '设定行政强制',
  reducesRights: '减损公民、法人和其他组织合法权益',
  addsObligationsBeyondLaw: '超越法律规定的义务',
} as const;

interface Guard {
  /** the fact that must be true (or, with `whenFact`, only when that fact is true) */
  fact: keyof NdFacts;
  expect?: boolean;
  whenFact?: keyof NdFacts;
  code: string;
  rule: RuleId;
  message: string;
}
interface Transition {
  from: NdState;
  to: NdState;
  subtypes: readonly NdSubtype[];
  guards: Guard[];
  /** obligations opened by entering `to` */
  obligations?: { rule: RuleId; to?: AuthorityId[]; message: string }[];
}

const GOV: readonly NdSubtype[] = ['government-normative-document'];
const ALL: readonly NdSubtype[] = ND_SUBTYPES;
const DEPT: readonly NdSubtype[] = ['department-normative-document', 'joint-department-normative-document'];

const KZ_MACHINE: readonly Transition[] = [
  { from: 'drafting', to: 'public-comment', subtypes: ALL, guards: [] },
  { from: 'public-comment', to: 'legality-review', subtypes: ALL, guards: [] },
  { from: 'legality-review', to: 'completeness-review', subtypes: ALL, guards: [] },
  {
    from: 'completeness-review',
    to: 'meeting-deliberation',
    subtypes: ['government-normative-document', 'department-normative-document-requiring-approval'],
    guards: [
      {
        fact: 'publicCommentDone',
        code: 'PUBLIC_COMMENT_MISSING',
        rule: 'KZ-ND-before-meeting',
        message: '未经公开征求意见，不得提请审议。',
      },
      {
        fact: 'legalityReviewDone',
        code: 'LEGALITY_REVIEW_MISSING',
        rule: 'KZ-ND-before-meeting',
        message: '未经合法性审核，不得提请审议。',
      },
      {
        fact: 'completenessReviewDone',
        code: 'COMPLETENESS_REVIEW_MISSING',
        rule: 'KZ-ND-before-meeting',
        message: '未经完备性审核，不得提请审议。',
      },
      {
        fact: 'fairCompetitionReviewDone',
        whenFact: 'affectsMarketEntitiesAndPublic',
        code: 'FAIR_COMPETITION_REVIEW_MISSING',
        rule: 'R-ND-4',
        message: '涉及市场主体和社会公众切身利益，须落实公平竞争审查。',
      },
      {
        fact: 'stabilityRiskAssessmentDone',
        whenFact: 'affectsMarketEntitiesAndPublic',
        code: 'STABILITY_ASSESSMENT_MISSING',
        rule: 'R-ND-4',
        message: '涉及市场主体和社会公众切身利益，须落实社会稳定风险评估。',
      },
    ],
  },
  {
    from: 'meeting-deliberation',
    to: 'sign-off',
    subtypes: ['government-normative-document', 'department-normative-document-requiring-approval'],
    guards: [
      {
        fact: 'adoptedByMeeting',
        code: 'NOT_ADOPTED',
        rule: 'KZ-S2',
        message: '须经区政府全体会议或常务会议审定。',
      },
    ],
  },
  {
    from: 'sign-off',
    to: 'published',
    subtypes: ['government-normative-document', 'department-normative-document-requiring-approval'],
    guards: [
      { fact: 'signedOff', code: 'NOT_SIGNED', rule: 'KZ-S2', message: '须由分管副区长核报区长签发。' },
    ],
  },
  {
    from: 'published',
    to: 'filed',
    subtypes: GOV,
    guards: [],
    obligations: [
      {
        rule: 'KZ-ND-filing',
        to: ['district-pc-standing-committee', 'municipal-government'],
        message: '公布后按规定及时向区人大常委会和市人民政府报送备案（期限见外部规定）。',
      },
    ],
  },
  { from: 'filed', to: 'in-force', subtypes: GOV, guards: [] },
  {
    from: 'published',
    to: 'in-force',
    subtypes: ['department-normative-document-requiring-approval'],
    guards: [],
  },
];

const SPB_MACHINE: readonly Transition[] = [
  { from: 'drafting', to: 'legality-review', subtypes: GOV, guards: [] },
  {
    from: 'legality-review',
    to: 'meeting-deliberation',
    subtypes: GOV,
    guards: [
      {
        fact: 'legalityReviewDone',
        code: 'LEGALITY_REVIEW_MISSING',
        rule: 'SPB-ND-legality',
        message: '须由区司法局审查。',
      },
      {
        fact: 'prohibitedContentFound',
        expect: false,
        code: 'PROHIBITED_CONTENT',
        rule: 'R-ND-2',
        message: '合法性审查发现不得设定或减损的内容。',
      },
    ],
  },
  {
    from: 'meeting-deliberation',
    to: 'sign-off',
    subtypes: GOV,
    guards: [
      {
        fact: 'adoptedByMeeting',
        code: 'NOT_ADOPTED',
        rule: 'SPB-ND-legality',
        message: '须经区政府常务会议讨论、审定。',
      },
    ],
  },
  {
    from: 'sign-off',
    to: 'published',
    subtypes: GOV,
    guards: [{ fact: 'signedOff', code: 'NOT_SIGNED', rule: 'SPB-S1', message: '规范性文件由区长签发。' }],
  },
  {
    from: 'published',
    to: 'filed',
    subtypes: GOV,
    guards: [],
    obligations: [
      {
        rule: 'SPB-ND-filing-government',
        to: ['municipal-government', 'district-pc-standing-committee'],
        message: '依法及时报送市政府和区人大常委会备案（期限见外部规定）。',
      },
    ],
  },
  // SPB art.20 ¶2 "严格合法性审查" applies to the documents of the district government and of every department: a
  // department's document goes through legality review before it is published, and prohibited content stops it.
  { from: 'drafting', to: 'legality-review', subtypes: DEPT, guards: [] },
  {
    from: 'legality-review',
    to: 'published',
    subtypes: DEPT,
    guards: [
      {
        fact: 'legalityReviewDone',
        code: 'LEGALITY_REVIEW_MISSING',
        rule: 'R-ND-2',
        message: '规范性文件须经严格合法性审查后方可发布。',
      },
      {
        fact: 'prohibitedContentFound',
        expect: false,
        code: 'PROHIBITED_CONTENT',
        rule: 'R-ND-2',
        message: '合法性审查发现不得设定或减损的内容，不得发布。',
      },
      {
        fact: 'priorInstructionRequested',
        whenFact: 'publicInterestHighAttention',
        code: 'PRIOR_INSTRUCTION_MISSING',
        rule: 'R-ND-3',
        message: '涉及公众权益、社会关注度高的事项应当事先请示区政府。',
      },
      {
        fact: 'approvedByGovernment',
        whenFact: 'importantJointDocument',
        code: 'GOVERNMENT_APPROVAL_MISSING',
        rule: 'R-ND-3',
        message: '部门联合制定的重要规范性文件发布前须经区政府批准。',
      },
    ],
  },
  {
    from: 'published',
    to: 'filed',
    subtypes: DEPT,
    guards: [],
    obligations: [
      {
        rule: 'SPB-ND-filing-department',
        to: ['district-government', 'justice-bureau'],
        message: '印发后及时报区政府备案，由区司法局审查。',
      },
    ],
  },
  { from: 'filed', to: 'in-force', subtypes: [...GOV, ...DEPT], guards: [] },
  {
    from: 'in-force',
    to: 'evaluation',
    subtypes: GOV,
    guards: [],
    obligations: [{ rule: 'SPB-ND-evaluation', message: '实施后要进行评估（时点见外部规定）。' }],
  },
  { from: 'evaluation', to: 'in-force', subtypes: GOV, guards: [] },
  { from: 'in-force', to: 'cleanup', subtypes: [...GOV, ...DEPT], guards: [] },
  { from: 'cleanup', to: 'kept', subtypes: [...GOV, ...DEPT], guards: [] },
  {
    from: 'cleanup',
    to: 'correction-ordered',
    subtypes: DEPT,
    guards: [
      {
        fact: 'cleanupGroundFound',
        code: 'NO_GROUND',
        rule: 'SPB-ND-cleanup-outcomes',
        message: '须有与上位法抵触、超越权限、违反程序或者规定不适当的情形。',
      },
    ],
  },
  {
    from: 'cleanup',
    to: 'revoked',
    subtypes: DEPT,
    guards: [
      {
        fact: 'cleanupGroundFound',
        code: 'NO_GROUND',
        rule: 'SPB-ND-cleanup-outcomes',
        message: '须有与上位法抵触、超越权限、违反程序或者规定不适当的情形。',
      },
    ],
  },
  { from: 'correction-ordered', to: 'drafting', subtypes: DEPT, guards: [] },
];

const KZ_DOC = INSTRUMENTS['kz-2021-7'].documentNumber;
const SPB_DOC = INSTRUMENTS['spb-2022-3'].documentNumber;

const MACHINES: Record<DistrictId, readonly Transition[]> = { kaizhou: KZ_MACHINE, shapingba: SPB_MACHINE };
export const machineOf = (district: DistrictId): readonly Transition[] => MACHINES[districtOf(district)];

/** States in which a document is out in the world; a document in one of them may serve as a basis only if clean. */
const PUBLISHED_STATES = new Set<NdState>([
  'published',
  'filed',
  'in-force',
  'evaluation',
  'cleanup',
  'kept',
]);
const FACT_SET: ReadonlySet<string> = new Set(ND_FACTS);

/**
 * SPB art.20 ¶2: content that sets licensing, penalties or compulsion, or reduces rights, is never published and never
 * a basis, whatever the transition: the guard stands on every move into a published state.
 */
const PROHIBITED_CONTENT_GUARD: Guard = {
  fact: 'prohibitedContentFound',
  expect: false,
  code: 'PROHIBITED_CONTENT',
  rule: 'R-ND-2',
  message: '规范性文件含有不得设定或减损的内容，不得发布，也不得作为行政管理依据。',
};

export interface TransitionCheck {
  allowed: boolean;
  missing: { code: string; rule: string; message: string }[];
  obligations: { rule: string; to?: AuthorityId[]; message: string }[];
  /** KZ 十八第三段: an unpublished document may not be used as a basis of administration */
  usableAsBasis: boolean;
  citations: Citation[];
}

export function checkTransition(
  district: DistrictId,
  subtype: NdSubtype,
  from: NdState,
  to: NdState,
  facts: NdFacts,
  asOf?: string,
): TransitionCheck {
  district = districtOf(district);
  for (const [field, value, list] of [
    ['subtype', subtype, ND_SUBTYPES],
    ['from', from, ND_STATES],
    ['to', to, ND_STATES],
  ] as const) {
    if (!isOneOf(list as readonly string[], value)) {
      throw new RuleEngineError('INVALID_REQUEST', `（${field}=${preview(value)} 不是已知的取值）`);
    }
  }
  assertKnownFields(facts, FACT_SET, 'facts');
  checkAsOf(asOf);
  const t = machineOf(district).find((x) => x.from === from && x.to === to && x.subtypes.includes(subtype));
  if (!t) {
    if (
      district === 'shapingba' &&
      subtype === 'government-normative-document' &&
      from === 'cleanup' &&
      (to === 'correction-ordered' || to === 'revoked')
    ) {
      return silent(
        '（第二十条第三款仅对部门规范性文件规定纠正或撤销；区政府规范性文件的清理结果未作规定）',
        [{ instrument: SPB_DOC, location: '第二十条第三款' }],
      );
    }
    if (district === 'kaizhou' && (to === 'cleanup' || to === 'evaluation')) {
      return silent('（开州区规则未规定规范性文件的清理或评估）', [{ instrument: KZ_DOC, location: '十八' }]);
    }
    throw new RuleEngineError('TRANSITION_NOT_ALLOWED', `（${district} ${subtype}：${from} → ${to}）`);
  }
  const guards =
    district === 'shapingba' &&
    PUBLISHED_STATES.has(to) &&
    !t.guards.some((g) => g.code === 'PROHIBITED_CONTENT')
      ? [...t.guards, PROHIBITED_CONTENT_GUARD]
      : t.guards;
  const missing = guards
    .filter((g) => !g.whenFact || facts[g.whenFact] === true)
    .filter((g) => (facts[g.fact] ?? false) !== (g.expect ?? true))
    .map(({ code, rule, message }) => ({ code, rule, message }));
  const published = PUBLISHED_STATES.has(to);
  return {
    allowed: missing.length === 0,
    missing,
    obligations: t.obligations ?? [],
    usableAsBasis: missing.length === 0 && published,
    citations: citeAsOf(
      [
        ...guards.map((g) => g.rule),
        ...(t.obligations ?? []).map((o) => o.rule),
        ...(district === 'kaizhou' && published ? (['KZ-ND-published'] as const) : []),
      ],
      asOf,
    ),
  };
}

const CHECKLIST_FIELDS: ReadonlySet<string> = new Set([
  'setsLicensing',
  'setsPenalty',
  'setsCompulsion',
  'reducesRights',
  'addsObligationsBeyondLaw',
]);

/** SPB art.20 ¶2: the legality-review checklist. */
export function legalityChecklist(
  district: DistrictId,
  c: Partial<
    Record<
      'setsLicensing' | 'setsPenalty' | 'setsCompulsion' | 'reducesRights' | 'addsObligationsBeyondLaw',
      boolean
    >
  >,
  asOf?: string,
) {
  district = districtOf(district);
  assertKnownFields(c, CHECKLIST_FIELDS, 'checklist');
  if (district === 'kaizhou') {
    return silent('（开州区规则未列举规范性文件不得设定的事项；同等要求来自国家法律，属外部配置）', [
      { instrument: KZ_DOC, location: '十八' },
    ]);
  }
  const labels = LEGALITY_CHECKLIST_ZH;
  const flags = (Object.keys(labels) as (keyof typeof labels)[])
    .filter((k) => c[k])
    .map((k) => ({ item: k, label: labels[k], rule: 'R-ND-2' }));
  return {
    passes: flags.length === 0,
    flags,
    citations: citeAsOf(['R-ND-2'], asOf),
    interpretations: ['I-R-ND-2-KZ'],
  };
}

/** SPB art.20 ¶3: the next cleanup is due two years after the last one (the anchor is the caller's). */
export function cleanupDue(district: DistrictId, lastCleanupOn: string, asOf?: string) {
  district = districtOf(district);
  toOrdinal(lastCleanupOn);
  if (district === 'kaizhou') {
    return silent('（开州区规则未规定规范性文件定期清理）', [{ instrument: KZ_DOC, location: '十八' }]);
  }
  return {
    due: addMonths(lastCleanupOn, 24),
    period: { every: 2, unit: 'years' },
    outcomes: {
      'department-normative-document': ['kept', 'correction-ordered', 'revoked'],
      'government-normative-document': ['kept'],
    },
    citations: citeAsOf(['SPB-ND-cleanup', 'SPB-ND-cleanup-outcomes'], asOf),
    interpretations: ['I-A-43'],
  };
}

/** A move a document could make next: what it still lacks (each with its rule's citation) and what it opens, or the
 * district's rulebook's silence on it. */
export type NextState =
  | (Omit<TransitionCheck, 'missing'> & { to: NdState; silent?: undefined; missing: (TransitionCheck['missing'][number] & { citation: Citation })[] })
  | { to: NdState; silent: { message: string; pointers: readonly { instrument: string; location: string; note?: string }[] } };

/**
 * Every state a document of this subtype may move to from `from` in this district, each checked against the facts
 * recorded so far. A move that one of the rulebooks provides from this state but this district's is silent on is
 * listed as silent, saying so (never borrowing the other district's rule).
 */
export function nextStates(district: DistrictId, subtype: NdSubtype, from: NdState, facts: NdFacts, asOf?: string): NextState[] {
  district = districtOf(district);
  const provided = (to: NdState) => Object.values(MACHINES).some((m) => m.some((t) => t.from === from && t.to === to));
  const out: NextState[] = [];
  for (const to of ND_STATES) {
    if (!provided(to)) continue;
    try {
      const check = checkTransition(district, subtype, from, to, facts, asOf);
      out.push({ ...check, to, missing: check.missing.map((m) => ({ ...m, citation: citeAsOf([m.rule as RuleId], asOf)[0]! })) });
    } catch (error) {
      if (!(error instanceof RuleEngineError)) throw error;
      if (error.code === 'RULEBOOK_SILENT') out.push({ to, silent: { message: error.messageZh, pointers: error.pointers } });
      else if (error.code !== 'TRANSITION_NOT_ALLOWED') throw error;
    }
  }
  return out;
}

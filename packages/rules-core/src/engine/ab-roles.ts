// Who acts for an absent leader on a date (SPB art.10, KZ 六; the district head: SPB art.6, KZ 六). Pure: the
// directory supplies pairs, leave and designations; the engine decides, and never picks a leader on its own.
import { INSTRUMENTS } from '../instruments';
import { checkAsOf, cite as citeAsOf, silent } from '../model/cite';
import { RuleEngineError } from '../model/errors';
import { toOrdinal } from '../calendar/dates';
import { AUTHORITY_ZH, type AuthorityId, type DistrictId } from '../model/ids';
import { assertKnownFields, districtOf, fieldsOf, preview } from '../model/request';
import type { Citation } from '../model/rule';
import type { RuleId } from '../rules';

export type AbsenceReason =
  | 'study'
  | 'inspection'
  | 'business-trip'
  | 'official-visit'
  | 'vacation'
  | 'personal-leave'
  | 'sick-leave'
  | 'other';

export interface AbPairFact {
  a: string;
  b: string;
  validFrom?: string;
  validTo?: string;
  /** SPB art.10(2): the executive-meeting decision and the office document */
  decisionRef?: string;
  documentRef?: string;
}
export interface LeaveFact {
  leader: string;
  from: string;
  to: string;
  reason: AbsenceReason;
}
export interface DesignationFact {
  absent: string;
  actor: string;
  from: string;
  to: string;
}
/** Why a leader who is at work cannot act on a matter (recusal, a conflict of interest): not an absence. */
export type InabilityReason = 'recusal' | 'conflict-of-interest' | 'other';
export interface InabilityFact {
  leader: string;
  from: string;
  to: string;
  reason: InabilityReason;
  /** the matter the leader cannot act on, when it is one matter only */
  matter?: string;
}
export interface AbFacts {
  district: DistrictId;
  pairs: AbPairFact[];
  leaves: LeaveFact[];
  designations?: DesignationFact[];
  /** leaders present but unable to act (recusal, conflict): distinct from leave */
  unableToAct?: InabilityFact[];
}

export interface ActingAnswer {
  /** away from work (leave, a trip …) */
  absent: boolean;
  /** at work but unable to act (recusal, a conflict of interest) */
  unableToAct?: boolean;
  reason?: AbsenceReason | InabilityReason;
  /** labelled readings the answer relies on */
  interpretations?: string[];
  actingFor: {
    leader: string;
    actor: string | null;
    basis: 'ab-counterpart' | 'designated-by-district-head' | 'delegation-by-district-head' | 'unresolved';
  } | null;
  warnings: { code: string; rule: string; message: string }[];
  obligations: { rule: string; message: string }[];
  citations: Citation[];
}

const KZ_DOC = INSTRUMENTS['kz-2021-7'].documentNumber;
const SPB_DOC = INSTRUMENTS['spb-2022-3'].documentNumber;

const FACT_FIELDS = fieldsOf<AbFacts>({
  district: true,
  pairs: true,
  leaves: true,
  designations: true,
  unableToAct: true,
});
const PAIR_FIELDS = fieldsOf<AbPairFact>({
  a: true,
  b: true,
  validFrom: true,
  validTo: true,
  decisionRef: true,
  documentRef: true,
});
const LEAVE_FIELDS = fieldsOf<LeaveFact>({ leader: true, from: true, to: true, reason: true });
const DESIGNATION_FIELDS = fieldsOf<DesignationFact>({ absent: true, actor: true, from: true, to: true });
const INABILITY_FIELDS = fieldsOf<InabilityFact>({
  leader: true,
  from: true,
  to: true,
  reason: true,
  matter: true,
});

/** The facts of a library call, every field checked (a misspelt one is refused, never dropped). */
function checkedFacts(facts: AbFacts): DistrictId {
  assertKnownFields(facts, FACT_FIELDS, 'facts');
  const district = districtOf(facts.district);
  facts.pairs.forEach((p, i) => assertKnownFields(p, PAIR_FIELDS, `pairs[${i}]`));
  facts.leaves.forEach((l, i) => assertKnownFields(l, LEAVE_FIELDS, `leaves[${i}]`));
  (facts.designations ?? []).forEach((d, i) =>
    assertKnownFields(d, DESIGNATION_FIELDS, `designations[${i}]`),
  );
  (facts.unableToAct ?? []).forEach((u, i) => assertKnownFields(u, INABILITY_FIELDS, `unableToAct[${i}]`));
  return district;
}

const covers = (from: string | undefined, to: string | undefined, date: string) =>
  (!from || toOrdinal(from) <= toOrdinal(date)) && (!to || toOrdinal(date) <= toOrdinal(to));
const leaveOn = (facts: AbFacts, leader: string, date: string) =>
  facts.leaves.find((l) => l.leader === leader && covers(l.from, l.to, date));
const TRIPS: AbsenceReason[] = ['business-trip', 'official-visit'];
const unableOn = (facts: AbFacts, leader: string, date: string) =>
  (facts.unableToAct ?? []).find((u) => u.leader === leader && covers(u.from, u.to, date));
const cite = (asOf: string | undefined, ...ids: RuleId[]): Citation[] => citeAsOf(ids, asOf);

/** Whom the district head delegated, by name, to preside while away (SPB art.6; KZ 六). */
export interface HeadDelegation {
  /** the leader's id in the directory */
  leader: string;
  /** the delegate's office: the executive deputy head, or (KZ only) another deputy head */
  role: 'executive-deputy-head' | 'deputy-head';
}

/** Who may be delegated to preside, per district: SPB art.6 names only the executive deputy; KZ 六 either. */
const HEAD_DELEGATES: Record<DistrictId, readonly HeadDelegation['role'][]> = {
  shapingba: ['executive-deputy-head'],
  kaizhou: ['executive-deputy-head', 'deputy-head'],
};

/**
 * Who presides while the district head is away on a trip (SPB art.6 / KZ 六). A delegation by name is honoured
 * where the text allows that delegate; without one, Kaizhou's answer leaves the actor to the head's delegation.
 */
export function actingForDistrictHead(
  district: DistrictId,
  reason: AbsenceReason,
  delegatedTo?: HeadDelegation,
  asOf?: string,
): ActingAnswer {
  district = districtOf(district);
  checkAsOf(asOf);
  if (delegatedTo) assertKnownFields(delegatedTo, DELEGATION_FIELDS, 'delegatedTo');
  const kz = district === 'kaizhou';
  const rule: RuleId = kz ? 'KZ-R-ORG-3' : 'SPB-R-ORG-3';
  const where = { instrument: kz ? KZ_DOC : SPB_DOC, location: kz ? '六' : '第六条' };
  if (!TRIPS.includes(reason)) {
    return silent('（区长出差（出访）以外的不在岗情形，规则未规定由谁主持工作）', [where]);
  }
  if (delegatedTo && !HEAD_DELEGATES[district].includes(delegatedTo.role)) {
    throw new RuleEngineError(
      'RULE_VIOLATION',
      `（区长出差（出访）期间只能委托${HEAD_DELEGATES[district].map((r) => AUTHORITY_ZH[r]).join('或')}主持区政府工作，不能委托${AUTHORITY_ZH[delegatedTo.role]}）`,
      [where],
    );
  }
  const actor = delegatedTo?.leader ?? (kz ? null : 'executive-deputy-head');
  return {
    absent: true,
    reason,
    actingFor: { leader: 'district-head', actor, basis: 'delegation-by-district-head' },
    warnings: [],
    obligations: actor
      ? []
      : [
          {
            rule,
            message: '受区长委托，由负责常务工作的副区长或其他副区长主持区政府工作：须由区长委托指定。',
          },
        ],
    citations: cite(asOf, rule),
  };
}
const DELEGATION_FIELDS = fieldsOf<HeadDelegation>({ leader: true, role: true });

/**
 * Who acts for deputy `leader` on `date`. A deputy who is away (leave, a trip) and one who is at work but cannot act
 * (recusal, a conflict of interest) are distinct: both hand the portfolio to the AB counterpart in Shapingba (art.10(1)
 * "等原因不能正常履职", I-AB-INABILITY), only a trip does in Kaizhou (六). "Both away" (art.10(2)) counts absences only.
 */
export function actingFor(facts: AbFacts, leader: string, date: string): ActingAnswer {
  const district = checkedFacts(facts);
  toOrdinal(date);
  if (typeof leader !== 'string' || leader === '') {
    throw new RuleEngineError('INVALID_REQUEST', `（leader=${preview(leader)}）`);
  }
  const asOf = date; // the rules in force on the day in question
  const kz = district === 'kaizhou';
  const leave = leaveOn(facts, leader, date);
  const inability = leave ? undefined : unableOn(facts, leader, date);
  if (!leave && !inability) {
    return {
      absent: false,
      actingFor: null,
      warnings: [],
      obligations: [],
      citations: cite(asOf, kz ? 'KZ-R-AB-3' : 'R-AB-2'),
    };
  }
  if (kz && (inability || !TRIPS.includes(leave!.reason))) {
    return silent(
      inability
        ? '（开州区规则仅规定副区长出差（出访）期间由AB角代管；在岗但回避或不能履职的情形未作规定）'
        : `（开州区规则仅规定副区长出差（出访）期间由AB角代管；${preview(leave!.reason)}情形未作规定）`,
      [{ instrument: KZ_DOC, location: '六' }],
    );
  }
  const state = leave
    ? { absent: true as const, reason: leave.reason }
    : { absent: false as const, unableToAct: true as const, reason: inability!.reason };
  const interpretations = inability ? ['I-AB-INABILITY'] : [];
  const warnings: ActingAnswer['warnings'] = [];
  const usable = facts.pairs.filter((p) => {
    if (p.a !== leader && p.b !== leader) return false;
    if (!covers(p.validFrom, p.validTo, date)) return false;
    const check = validateAbPair(district, p);
    if (!check.valid) {
      warnings.push(
        ...check.problems.map(({ code, rule, message }) => ({
          code,
          rule: rule ?? (kz ? 'KZ-R-AB-3' : 'R-AB-2'),
          message: `${message}该配对不予采用。`,
        })),
      );
      return false;
    }
    return true;
  });
  const ruleIds: RuleId[] = kz ? ['KZ-R-AB-3'] : ['R-AB-2'];
  const obligations: ActingAnswer['obligations'] = kz
    ? []
    : [
        { rule: 'R-AB-6', message: '代行履职一方对履职行为承担履职责任：代行行为须记录代行人及被代行人。' },
        {
          rule: 'R-AB-7',
          message: '急需决策的重大事项，代为处理的领导应主动征求分管领导的意见，必要时报区长决定。',
        },
      ];
  const counterpart = usable.map((p) => (p.a === leader ? p.b : p.a))[0];
  const counterpartAway = counterpart ? leaveOn(facts, counterpart, date) : undefined;
  const counterpartUnable = counterpart && !counterpartAway ? unableOn(facts, counterpart, date) : undefined;
  if (counterpart && !counterpartAway && !counterpartUnable) {
    return {
      ...state,
      actingFor: { leader, actor: counterpart, basis: 'ab-counterpart' },
      warnings,
      obligations,
      citations: cite(asOf, ...ruleIds, ...(kz ? [] : (['R-AB-6'] as const))),
      ...(interpretations.length ? { interpretations } : {}),
    };
  }
  if (kz) {
    return silent(
      counterpart
        ? '（AB角双方同时出差，开州区规则未规定由谁代管）'
        : '（该副区长没有有效的AB角配对，开州区规则未规定由谁代管）',
      [{ instrument: KZ_DOC, location: '六' }],
    );
  }
  if (counterpartAway && leave) {
    warnings.push({
      code: 'BOTH_AWAY',
      rule: 'R-AB-5',
      message: 'AB角的区政府领导一般不同时不在岗：双方同时不在岗。',
    });
  } else if (counterpart) {
    warnings.push({
      code: 'COUNTERPART_CANNOT_ACT',
      rule: 'R-AB-8',
      message: counterpartAway
        ? 'AB角对应的领导不在岗，无法代为处理。'
        : 'AB角对应的领导在岗但不能履职（回避等），无法代为处理。',
    });
  }
  const extra: RuleId[] = counterpartAway && leave ? ['R-AB-5'] : [];
  const designation = (facts.designations ?? []).find(
    (d) => d.absent === leader && covers(d.from, d.to, date),
  );
  if (designation) {
    return {
      ...state,
      actingFor: { leader, actor: designation.actor, basis: 'designated-by-district-head' },
      warnings,
      obligations,
      citations: cite(asOf, 'R-AB-2', ...extra, 'R-AB-8'),
      ...(interpretations.length ? { interpretations } : {}),
    };
  }
  return {
    ...state,
    actingFor: { leader, actor: null, basis: 'unresolved' },
    warnings: [
      ...warnings,
      { code: 'DISTRICT_HEAD_TO_DESIGNATE', rule: 'R-AB-8', message: '报区长决定由其他区政府领导代为处理。' },
    ],
    obligations,
    citations: cite(asOf, 'R-AB-2', ...extra, 'R-AB-8'),
    interpretations: [...interpretations, 'I-AB-UNRESOLVED'],
  };
}

export interface PairCheck {
  valid: boolean;
  problems: { code: string; rule: RuleId | null; message: string }[];
  citations: Citation[];
}

/**
 * Is this AB pair one the district's rules accept? Two different leaders, a period that ends after it starts, and
 * in Shapingba the executive-meeting decision and the office document that set it (art.10(2)); with `existing`
 * pairs, a leader has one counterpart at a time ("对应的另一名副职领导", art.10(1); KZ 六 "其AB角对应的副区长").
 */
export function validateAbPair(
  district: DistrictId,
  pair: AbPairFact,
  existing: readonly AbPairFact[] = [],
): PairCheck {
  district = districtOf(district);
  assertKnownFields(pair, PAIR_FIELDS, 'pair');
  const problems: PairCheck['problems'] = [];
  if (pair.a === pair.b)
    problems.push({ code: 'SAME_LEADER', rule: null, message: 'AB角须为两位不同的领导。' });
  const from = pair.validFrom ? toOrdinal(pair.validFrom) : -Infinity;
  const to = pair.validTo ? toOrdinal(pair.validTo) : Infinity;
  if (to < from)
    problems.push({ code: 'ENDS_BEFORE_START', rule: null, message: 'AB角安排的结束日期早于开始日期。' });
  const rules: RuleId[] = district === 'shapingba' ? ['R-AB-1', 'R-AB-4'] : ['KZ-R-AB-3'];
  if (district === 'shapingba' && !(pair.decisionRef?.trim() && pair.documentRef?.trim())) {
    problems.push({
      code: 'PAIR_NOT_ADOPTED',
      rule: 'R-AB-4',
      message: 'AB角安排须经区政府常务会议讨论决定并由区政府办公室行文，须写明会议决定和文件依据。',
    });
  }
  for (const other of existing) {
    const shares = [other.a, other.b].some((x) => x === pair.a || x === pair.b);
    const oFrom = other.validFrom ? toOrdinal(other.validFrom) : -Infinity;
    const oTo = other.validTo ? toOrdinal(other.validTo) : Infinity;
    if (shares && oFrom <= to && from <= oTo) {
      const same = new Set([other.a, other.b, pair.a, pair.b]).size === 2;
      problems.push({
        code: same ? 'DUPLICATE_PAIR' : 'OVERLAPPING_PAIR',
        rule: district === 'shapingba' ? 'R-AB-2' : 'KZ-R-AB-3',
        message: same
          ? '同一AB角配对在该期间已经存在。'
          : '该领导在该期间已有AB角对应的领导：同一时间只能有一名对应的领导。',
      });
      break;
    }
  }
  return { valid: problems.length === 0, problems, citations: cite(undefined, ...rules) };
}

export interface LeaveCheck {
  conflict: boolean;
  /** the counterpart's leave that overlaps */
  overlapping: LeaveFact[];
  requiresOverrideReason: boolean;
  citations: Citation[];
  notes: string[];
}

/** Would approving this leave put both members of an AB pair away at once? (SPB art.10(2): a warning.) */
export function checkLeave(facts: AbFacts, request: LeaveFact): LeaveCheck {
  checkedFacts(facts);
  assertKnownFields(request, LEAVE_FIELDS, 'request');
  const [from, to] = [toOrdinal(request.from), toOrdinal(request.to)];
  if (to < from) throw new RuleEngineError('INVALID_REQUEST', '（请假结束日期早于开始日期）');
  const pairs = facts.pairs.filter((p) => p.a === request.leader || p.b === request.leader);
  const counterparts = new Set(pairs.map((p) => (p.a === request.leader ? p.b : p.a)));
  const overlapping = facts.leaves.filter(
    (l) => counterparts.has(l.leader) && toOrdinal(l.from) <= to && toOrdinal(l.to) >= from,
  );
  if (facts.district === 'kaizhou') {
    return {
      conflict: overlapping.length > 0,
      overlapping,
      requiresOverrideReason: false,
      citations: cite(request.from, 'KZ-R-AB-3'),
      notes: ['开州区规则未规定AB角双方不得同时外出；此处仅提示重叠。'],
    };
  }
  return {
    conflict: overlapping.length > 0,
    overlapping,
    requiresOverrideReason: overlapping.length > 0,
    citations: cite(request.from, 'R-AB-5'),
    notes: overlapping.length > 0 ? ['AB角的区政府领导一般不同时不在岗：如确需同时外出，须记录理由。'] : [],
  };
}

export interface LeaveStep {
  step: string;
  authority: AuthorityId;
  action: 'consent' | 'approve' | 'receive-filing' | 'report';
  /** what the rulebook leaves to other rules */
  external?: boolean;
}

/**
 * The approval chain a leader's leave needs (SPB art.52; KZ 四十七). When the district head himself is going away,
 * SPB does not say who gives the principal leader's consent: that step is left out with a note, never invented.
 */
export function leaveApprovalChain(
  district: DistrictId,
  opts: { leaderIsDistrictHead: boolean },
  asOf?: string,
): { steps: LeaveStep[]; citations: Citation[]; notes: string[] } {
  district = districtOf(district);
  if (district === 'kaizhou') {
    return {
      steps: [
        { step: 'approval', authority: 'district-government', action: 'approve', external: true },
        { step: 'away-report', authority: 'government-office', action: 'receive-filing', external: true },
      ],
      citations: cite(asOf, 'R-LV-1-KZ'),
      notes: [
        '开州区规则要求“按规定”执行请假和外出报备制度，具体审批链不在本规则中；外出期间须保持通信畅通。',
      ],
    };
  }
  const steps: LeaveStep[] = [
    { step: 'principal-consent', authority: 'district-head', action: 'consent' },
    { step: 'party-secretary-approval', authority: 'district-party-secretary', action: 'approve' },
    { step: 'filing', authority: 'district-party-committee-office', action: 'receive-filing' },
  ];
  return {
    steps: opts.leaderIsDistrictHead ? steps.slice(1) : steps,
    citations: cite(asOf, 'R-LV-1-SPB'),
    notes: opts.leaderIsDistrictHead
      ? ['区长本人外出时由谁作“班子主要领导同意”，规则未规定（A-37），该步骤不设。']
      : ['备案同时送区委办公室、区政府办公室。'],
  };
}

// Who acts for an absent leader on a date (SPB art.10, KZ 六; the district head: SPB art.6, KZ 六). Pure: the
// directory supplies pairs, leave and designations; the engine decides, and never picks a leader on its own.
import { INSTRUMENTS } from '../instruments';
import { citationOf, silent } from '../model/cite';
import { RuleEngineError } from '../model/errors';
import { toOrdinal } from '../calendar/dates';
import type { AuthorityId, DistrictId } from '../model/ids';
import type { Citation } from '../model/rule';
import { AB_ROLES_RULES } from '../rules/ab-roles';

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
export interface AbFacts {
  district: DistrictId;
  pairs: AbPairFact[];
  leaves: LeaveFact[];
  designations?: DesignationFact[];
}

export interface ActingAnswer {
  absent: boolean;
  reason?: AbsenceReason;
  actingFor: {
    leader: string;
    actor: string | null;
    basis: 'ab-counterpart' | 'designated-by-district-head' | 'delegation-by-district-head' | 'unresolved';
  } | null;
  warnings: { code: string; rule: string; message: string }[];
  obligations: { rule: string; message: string }[];
  citations: Citation[];
}

const RULES = new Map(AB_ROLES_RULES.map((r) => [r.id, r]));
const cite = (...ids: string[]) => ids.map((id) => citationOf(RULES.get(id)!));
const KZ_DOC = INSTRUMENTS['kz-2021-7'].documentNumber;

const covers = (from: string | undefined, to: string | undefined, date: string) =>
  (!from || toOrdinal(from) <= toOrdinal(date)) && (!to || toOrdinal(date) <= toOrdinal(to));
const leaveOn = (facts: AbFacts, leader: string, date: string) =>
  facts.leaves.find((l) => l.leader === leader && covers(l.from, l.to, date));
const TRIPS: AbsenceReason[] = ['business-trip', 'official-visit'];

/** Who presides while the district head is away on a trip (SPB art.6 / KZ 六). */
export function actingForDistrictHead(district: DistrictId, reason: AbsenceReason): ActingAnswer {
  if (!TRIPS.includes(reason)) {
    return silent('（区长出差（出访）以外的不在岗情形，规则未规定由谁主持工作）', [
      {
        instrument: district === 'kaizhou' ? KZ_DOC : INSTRUMENTS['spb-2022-3'].documentNumber,
        location: district === 'kaizhou' ? '六' : '第六条',
      },
    ]);
  }
  const kz = district === 'kaizhou';
  return {
    absent: true,
    reason,
    actingFor: {
      leader: 'district-head',
      actor: kz ? null : 'executive-deputy-head',
      basis: 'delegation-by-district-head',
    },
    warnings: [],
    obligations: [
      {
        rule: kz ? 'KZ-R-ORG-3' : 'SPB-R-ORG-3',
        message: kz
          ? '受区长委托，由负责常务工作的副区长或其他副区长主持区政府工作：由区长委托指定。'
          : '受区长委托，由负责常务工作的副区长主持区政府工作。',
      },
    ],
    citations: cite(kz ? 'KZ-R-ORG-3' : 'SPB-R-ORG-3'),
  };
}

/** Who acts for deputy `leader` on `date`. */
export function actingFor(facts: AbFacts, leader: string, date: string): ActingAnswer {
  toOrdinal(date);
  const kz = facts.district === 'kaizhou';
  const leave = leaveOn(facts, leader, date);
  if (!leave) {
    return {
      absent: false,
      actingFor: null,
      warnings: [],
      obligations: [],
      citations: cite(kz ? 'KZ-R-AB-3' : 'R-AB-2'),
    };
  }
  if (kz && !TRIPS.includes(leave.reason)) {
    return silent(`（开州区规则仅规定副区长出差（出访）期间由AB角代管；“${leave.reason}”情形未作规定）`, [
      { instrument: KZ_DOC, location: '六' },
    ]);
  }
  const warnings: ActingAnswer['warnings'] = [];
  const usable = facts.pairs.filter((p) => {
    if (p.a !== leader && p.b !== leader) return false;
    if (!covers(p.validFrom, p.validTo, date)) return false;
    if (!kz && !(p.decisionRef && p.documentRef)) {
      warnings.push({
        code: 'PAIR_NOT_ADOPTED',
        rule: 'R-AB-4',
        message: 'AB角安排须经区政府常务会议讨论决定并由区政府办公室行文，该配对缺少依据，不予采用。',
      });
      return false;
    }
    return true;
  });
  const ruleIds = kz ? ['KZ-R-AB-3'] : ['R-AB-2'];
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
  if (counterpart && !leaveOn(facts, counterpart, date)) {
    return {
      absent: true,
      reason: leave.reason,
      actingFor: { leader, actor: counterpart, basis: 'ab-counterpart' },
      warnings,
      obligations,
      citations: cite(...ruleIds, ...(kz ? [] : ['R-AB-6'])),
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
  if (counterpart) {
    warnings.push({
      code: 'BOTH_AWAY',
      rule: 'R-AB-5',
      message: 'AB角的区政府领导一般不同时不在岗：双方同时不在岗。',
    });
  }
  const designation = (facts.designations ?? []).find(
    (d) => d.absent === leader && covers(d.from, d.to, date),
  );
  if (designation) {
    return {
      absent: true,
      reason: leave.reason,
      actingFor: { leader, actor: designation.actor, basis: 'designated-by-district-head' },
      warnings,
      obligations,
      citations: cite('R-AB-2', ...(counterpart ? ['R-AB-5'] : []), 'R-AB-8'),
    };
  }
  return {
    absent: true,
    reason: leave.reason,
    actingFor: { leader, actor: null, basis: 'unresolved' },
    warnings: [
      ...warnings,
      { code: 'DISTRICT_HEAD_TO_DESIGNATE', rule: 'R-AB-8', message: '报区长决定由其他区政府领导代为处理。' },
    ],
    obligations,
    citations: cite('R-AB-2', ...(counterpart ? ['R-AB-5'] : []), 'R-AB-8'),
  };
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
      citations: cite('KZ-R-AB-3'),
      notes: ['开州区规则未规定AB角双方不得同时外出；此处仅提示重叠。'],
    };
  }
  return {
    conflict: overlapping.length > 0,
    overlapping,
    requiresOverrideReason: overlapping.length > 0,
    citations: cite('R-AB-5'),
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
): { steps: LeaveStep[]; citations: Citation[]; notes: string[] } {
  if (district === 'kaizhou') {
    return {
      steps: [
        { step: 'approval', authority: 'district-government', action: 'approve', external: true },
        { step: 'away-report', authority: 'government-office', action: 'receive-filing', external: true },
      ],
      citations: cite('R-LV-1-KZ'),
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
    citations: cite('R-LV-1-SPB'),
    notes: opts.leaderIsDistrictHead
      ? ['区长本人外出时由谁作“班子主要领导同意”，规则未规定（A-37），该步骤不设。']
      : ['备案同时送区委办公室、区政府办公室。'],
  };
}

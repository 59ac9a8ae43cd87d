// The outcome of a normative document's cleanup (清理) and the meeting that approves a cleanup's results, as each
// rulebook gives them. Shapingba names the cleanup and, for department documents only, two outcomes: the district
// government orders the formulating department to correct the document, or revokes it, where the document conflicts
// with higher law, exceeds authority, violates procedure or is inappropriate (art.20 ¶3). Everything else — every
// outcome in Kaizhou, a Shapingba government document's amendment or repeal, a declaration of invalidity — the
// rulebooks do not give: the engine says so, and the caller decides on its own configured basis.
import { INSTRUMENTS } from '../instruments';
import { checkAsOf, cite, silent } from '../model/cite';
import { RuleEngineError } from '../model/errors';
import { type DistrictId, isOneOf, MEETINGS, type MeetingId } from '../model/ids';
import { districtOf, preview } from '../model/request';
import type { Citation } from '../model/rule';
import { route } from './route';
import { checkTransition, type NdFacts, type NdState, type NdSubtype } from './normative-document';

/** What a drafting unit may propose for each of its documents in a cleanup (the outcomes of cleanup practice). */
export const CLEANUP_OUTCOMES = ['continue', 'amend', 'repeal', 'declare-invalid'] as const;
export type CleanupOutcome = (typeof CLEANUP_OUTCOMES)[number];

export const CLEANUP_OUTCOME_ZH: Record<CleanupOutcome, string> = {
  continue: '继续有效',
  amend: '修改',
  repeal: '废止',
  'declare-invalid': '宣布失效',
};

/**
 * The validity (portal's 有效性: 有效 / 失效 / 废止 / 已修改) a document has once the result list is published. A document
 * to be amended stays valid until its amendment is published (which marks it 已修改): the list only decides to amend.
 */
export const CLEANUP_OUTCOME_VALIDITY = {
  continue: 'in_force',
  amend: 'in_force',
  repeal: 'repealed',
  'declare-invalid': 'expired',
} as const satisfies Record<CleanupOutcome, 'in_force' | 'expired' | 'repealed' | 'amended'>;

/** The engine state each outcome enters where the rulebook provides it (SPB art.20 ¶3). */
const OUTCOME_STATE: Record<CleanupOutcome, NdState | null> = {
  continue: 'kept',
  amend: 'correction-ordered',
  repeal: 'revoked',
  'declare-invalid': null,
};

export interface CleanupOutcomeAnswer {
  allowed: boolean;
  /** what the outcome still lacks, each with its rule */
  missing: { code: string; rule: string; message: string }[];
  /** the moves of the document's life the outcome makes: into cleanup, then out of it */
  moves: NdState[];
  validity: (typeof CLEANUP_OUTCOME_VALIDITY)[CleanupOutcome];
  citations: Citation[];
  interpretations: string[];
}

const KZ_DOC = INSTRUMENTS['kz-2021-7'].documentNumber;
const SPB_DOC = INSTRUMENTS['spb-2022-3'].documentNumber;

/**
 * May a document of this subtype, in force, leave its cleanup with this outcome, given the facts recorded (the justice
 * bureau's finding of a ground: `cleanupGroundFound`)? RULEBOOK_SILENT where the district's rulebook names no such
 * outcome for the subtype.
 */
export function cleanupOutcome(
  district: DistrictId,
  subtype: NdSubtype,
  outcome: CleanupOutcome,
  facts: NdFacts,
  asOf?: string,
): CleanupOutcomeAnswer {
  district = districtOf(district);
  checkAsOf(asOf);
  if (!isOneOf(CLEANUP_OUTCOMES, outcome)) {
    throw new RuleEngineError('INVALID_REQUEST', `（outcome=${preview(outcome)} 不是已知的取值）`);
  }
  if (district === 'kaizhou') {
    return silent('（开州区规则未规定规范性文件的清理及其结果）', [{ instrument: KZ_DOC, location: '十八' }]);
  }
  const state = OUTCOME_STATE[outcome];
  if (!state) {
    return silent('（第二十条第三款未规定宣布失效这一清理结果）', [{ instrument: SPB_DOC, location: '第二十条第三款' }]);
  }
  // into the cleanup, then out of it with the outcome: both moves as the machine has them (silent ones throw)
  checkTransition(district, subtype, 'in-force', 'cleanup', facts, asOf);
  const out = checkTransition(district, subtype, 'cleanup', state, facts, asOf);
  return {
    allowed: out.allowed,
    missing: out.missing,
    moves: ['cleanup', state],
    validity: CLEANUP_OUTCOME_VALIDITY[outcome],
    citations: [...new Set([...cite(['SPB-ND-cleanup'], asOf), ...out.citations])],
    interpretations: ['I-A-43', 'I-ND-cleanup-outcomes'],
  };
}

/**
 * The meeting that approves a cleanup's result list: the meeting that decides the district's normative documents
 * (SPB art.19 ¶2, 39(7): the executive meeting; KZ 十八第二段, 二十一: the plenary or the executive meeting). Neither
 * rulebook names a meeting for cleanup results as such: reading I-ND-cleanup-meeting.
 */
export function cleanupApprovalMeeting(district: DistrictId, asOf?: string) {
  district = districtOf(district);
  const decided = route({ district, matter: 'normative-document', ...(asOf ? { asOf } : {}) });
  const meetings = decided.steps.flatMap((s): readonly string[] => s.via ?? [s.authority]).filter((m): m is MeetingId => isOneOf(MEETINGS, m));
  return {
    meetings,
    citations: decided.citations,
    interpretations: ['I-ND-cleanup-meeting'],
  };
}

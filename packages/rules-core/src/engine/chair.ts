// Who may chair a meeting (SPB art.38–41; KZ 七). What the text limits, the engine limits: a bureau does not chair a
// Shapingba topic meeting, and an office director chairs one only on the delegation of the head or a deputy head.
import { INSTRUMENTS } from '../instruments';
import { cite, silent } from '../model/cite';
import { AUTHORITY_ZH, type AuthorityId, type DistrictId, type MeetingId } from '../model/ids';
import type { Citation } from '../model/rule';
import { assertKnownFields, checkedMeeting, fieldsOf } from '../model/request';
import type { RuleId } from '../rules';

export interface ChairProposal {
  /** who would chair (convene and preside) */
  chair: AuthorityId;
  /** who delegated the chair, when the chair holds it on delegation */
  delegatedBy?: AuthorityId;
}

const CHAIR_FIELDS = fieldsOf<ChairProposal>({ chair: true, delegatedBy: true });

export interface ChairCheck {
  allowed: boolean;
  /** on what footing the chair sits: its own office, or a delegation the text allows */
  basis: 'own-office' | 'delegation' | null;
  /** the leader who answers for the meeting (the chair, or the leader who delegated it) */
  responsibleLeader: AuthorityId | null;
  /** why, in Chinese */
  message: string;
  rule: RuleId;
  citations: Citation[];
}

/** The district head and every kind of deputy head: the leaders SPB art.41 lets chair a topic meeting. */
const HEAD_OR_DEPUTY = new Set<AuthorityId>([
  'district-head',
  'deputy-head',
  'deputy-head-in-charge',
  'executive-deputy-head',
]);
const OFFICE_LEADERS = new Set<AuthorityId>(['office-director', 'office-deputy-director']);

interface SpbChairRule {
  rule: RuleId;
  /** who chairs by office */
  own: ReadonlySet<AuthorityId>;
  /** who may chair on delegation, and by whom */
  delegated: ReadonlySet<AuthorityId>;
  delegators: ReadonlySet<AuthorityId>;
}

const SPB_CHAIRS: Record<MeetingId, SpbChairRule> = {
  'plenary-meeting': {
    rule: 'SPB-MTG-plenary-members',
    own: new Set(['district-head']),
    delegated: new Set(),
    delegators: new Set(),
  },
  'executive-meeting': {
    rule: 'SPB-MTG-executive-members',
    own: new Set(['district-head']),
    delegated: new Set(['executive-deputy-head']),
    delegators: new Set(['district-head']),
  },
  'head-office-meeting': {
    rule: 'SPB-MTG-head-office-members',
    own: new Set(['district-head']),
    delegated: new Set(['executive-deputy-head']),
    delegators: new Set(['district-head']),
  },
  'topic-meeting': {
    rule: 'SPB-MTG-topic',
    own: HEAD_OR_DEPUTY,
    delegated: OFFICE_LEADERS,
    delegators: HEAD_OR_DEPUTY,
  },
};

const zh = (a: AuthorityId) => AUTHORITY_ZH[a];

function spbChair(meeting: MeetingId, p: ChairProposal, asOf?: string): ChairCheck {
  const r = SPB_CHAIRS[meeting];
  const answer = (
    allowed: boolean,
    basis: ChairCheck['basis'],
    responsibleLeader: AuthorityId | null,
    message: string,
  ): ChairCheck => ({
    allowed,
    basis,
    responsibleLeader,
    message,
    rule: r.rule,
    citations: cite([r.rule], asOf),
  });
  if (r.own.has(p.chair)) return answer(true, 'own-office', p.chair, `${zh(p.chair)}可以召集和主持该会议。`);
  if (r.delegated.has(p.chair)) {
    if (!p.delegatedBy) {
      return answer(false, null, null, `${zh(p.chair)}只有受委托才可主持该会议，须写明委托人。`);
    }
    if (!r.delegators.has(p.delegatedBy)) {
      return answer(
        false,
        null,
        null,
        `${zh(p.delegatedBy)}无权委托${zh(p.chair)}主持该会议：委托人须为${[...r.delegators].map(zh).join('或')}。`,
      );
    }
    return answer(true, 'delegation', p.delegatedBy, `${zh(p.chair)}受${zh(p.delegatedBy)}委托主持该会议。`);
  }
  const allowedChairs = [...r.own, ...r.delegated].map(zh).join('、');
  return answer(false, null, null, `${zh(p.chair)}不能主持该会议：规则只允许${allowedChairs}主持。`);
}

const KZ_DOC = INSTRUMENTS['kz-2021-7'].documentNumber;

function kzChair(meeting: MeetingId, p: ChairProposal, asOf?: string): ChairCheck {
  if (meeting !== 'topic-meeting' && p.chair === 'district-head') {
    return {
      allowed: true,
      basis: 'own-office',
      responsibleLeader: 'district-head',
      message: '区长召集和主持该会议。',
      rule: 'KZ-MTG-chair',
      citations: cite(['KZ-MTG-chair'], asOf),
    };
  }
  return silent(
    meeting === 'topic-meeting'
      ? '（开州区规则未规定专题会议由谁主持，由专题会议工作细则规定，该细则不在本规则中）'
      : '（开州区规则只规定区长召集和主持该会议；由他人主持或受托主持，由各会议工作细则规定，不在本规则中）',
    [
      { instrument: KZ_DOC, location: '七' },
      { instrument: KZ_DOC, location: '三十九' },
    ],
  );
}

const CHAIRS: Record<DistrictId, typeof spbChair> = { shapingba: spbChair, kaizhou: kzChair };

/** May this person chair this meeting, and on what footing? */
export function checkChair(
  district: DistrictId,
  meeting: MeetingId,
  proposal: ChairProposal,
  asOf?: string,
): ChairCheck {
  const [d, m] = checkedMeeting(district, meeting);
  assertKnownFields(proposal, CHAIR_FIELDS, 'proposal');
  return CHAIRS[d](m, proposal, asOf);
}

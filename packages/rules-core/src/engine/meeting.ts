// Which meeting hears what, who sits in it and chairs it, how often, who signs its minutes, what an agenda item
// needs before it is scheduled, and how leave from it is asked (SPB art.37–45; KZ 七, 二十一, 二十二, 三十九, 四十三).
import { INSTRUMENTS } from '../instruments';
import { cite as citeAsOf, citationOf, silent } from '../model/cite';
import type { AuthorityId, DistrictId, MeetingId } from '../model/ids';
import { assertKnownFields, checkedMeeting, fieldsOf } from '../model/request';
import type { Citation } from '../model/rule';
import { ruleById, type RuleId } from '../rules';
import { signoff, type SignoffResult } from './signoff';

const cite = (asOf: string | undefined, ...ids: RuleId[]): Citation[] => citeAsOf(ids, asOf);
const KZ_DOC = INSTRUMENTS['kz-2021-7'].documentNumber;
const SPB_DOC = INSTRUMENTS['spb-2022-3'].documentNumber;

export type Strength = 'hard' | 'in-principle' | 'generally' | 'permission';

export interface BusinessItem {
  item: string;
  verb: string;
  rule: string;
  citation: Citation;
}

export interface MeetingProfile {
  meeting: MeetingId;
  members: AuthorityId[] | null;
  convener: AuthorityId[] | null;
  chair: AuthorityId[] | null;
  /** who may chair on delegation, by whom, and when */
  delegation: { to: AuthorityId[]; by: AuthorityId[]; when: string } | null;
  frequency: {
    period: 'year' | 'week' | 'irregular' | 'as-needed';
    count?: number;
    strength: Strength;
  } | null;
  business: BusinessItem[];
  minutesSignedBy: AuthorityId[] | null;
  /** what this rulebook does not say about the meeting */
  silentOn: string[];
  citations: Citation[];
  notes: string[];
}

const item = (asOf: string | undefined, ruleId: RuleId, label: string, verb: string): BusinessItem => ({
  item: label,
  verb,
  rule: ruleId,
  citation: cite(asOf, ruleId)[0] ?? citationOf(ruleById(ruleId)),
});

const EXEC_VERBS = [
  '学习、传达和研究贯彻',
  '讨论',
  '讨论决定',
  '讨论决定',
  '讨论',
  '讨论决定',
  '讨论审议',
  '讨论决定',
  '讨论决定',
  '讨论决定',
  '讨论审议',
  '通报和讨论',
];

function spbProfile(meeting: MeetingId, asOf?: string): MeetingProfile {
  const base = { silentOn: [] as string[], notes: [] as string[] };
  switch (meeting) {
    case 'plenary-meeting':
      return {
        ...base,
        meeting,
        members: ['district-head', 'deputy-head', 'office-director', 'department-principal-head'],
        convener: ['district-head'],
        chair: ['district-head'],
        delegation: null,
        frequency: { period: 'year', count: 1, strength: 'generally' },
        business: [1, 2, 3].map((n) =>
          item(
            asOf,
            `SPB-MTG-plenary-business-${n}` as RuleId,
            `（${['一', '二', '三'][n - 1]}）`,
            ['传达贯彻', '决定和部署', '讨论'][n - 1]!,
          ),
        ),
        minutesSignedBy: ['district-head'],
        citations: cite(asOf, 'SPB-MTG-plenary-members', 'SPB-MTG-plenary-frequency', 'SPB-MTG-minutes'),
        notes: ['组成部门的主任、局长为组成人员；列席人员根据需要安排（第三十八条第二款）。'],
      };
    case 'executive-meeting':
      return {
        ...base,
        meeting,
        members: ['district-head', 'deputy-head'],
        convener: ['district-head'],
        chair: ['district-head'],
        delegation: { to: ['executive-deputy-head'], by: ['district-head'], when: '必要时' },
        frequency: { period: 'week', count: 1, strength: 'in-principle' },
        business: EXEC_VERBS.map((verb, i) =>
          item(
            asOf,
            `SPB-MTG-executive-business-${i + 1}` as RuleId,
            ruleById(`SPB-MTG-executive-business-${i + 1}` as RuleId).location,
            verb,
          ),
        ),
        minutesSignedBy: ['district-head'],
        citations: cite(asOf, 'SPB-MTG-executive-members', 'SPB-MTG-executive-frequency', 'SPB-MTG-minutes'),
        notes: [
          '根据情况邀请区人大常委会、区政协、区人武部领导列席；根据需要安排17个区级部门等主要负责人列席（第三十九条第二款）。',
        ],
      };
    case 'head-office-meeting':
      return {
        ...base,
        meeting,
        members: ['district-head', 'deputy-head'],
        convener: ['district-head'],
        chair: ['district-head'],
        delegation: { to: ['executive-deputy-head'], by: ['district-head'], when: '必要时' },
        frequency: { period: 'irregular', strength: 'hard' },
        business: [1, 2, 3, 4].map((n) =>
          item(
            asOf,
            `SPB-MTG-head-office-business-${n}` as RuleId,
            `（${['一', '二', '三', '四'][n - 1]}）`,
            n === 4 ? '研究处理' : '研究',
          ),
        ),
        minutesSignedBy: ['district-head'],
        citations: cite(
          asOf,
          'SPB-MTG-head-office-members',
          'SPB-MTG-head-office-frequency',
          'SPB-MTG-minutes',
        ),
        notes: ['列席会议人员根据需要确定（第四十条第二款）。'],
      };
    case 'topic-meeting':
      return {
        ...base,
        meeting,
        members: null,
        convener: ['district-head', 'deputy-head'],
        chair: ['district-head', 'deputy-head'],
        delegation: {
          to: ['office-director', 'office-deputy-director'],
          by: ['district-head', 'deputy-head'],
          when: '受委托',
        },
        frequency: { period: 'as-needed', strength: 'permission' },
        business: [item(asOf, 'SPB-MTG-topic', '专项问题', '研究协调')],
        minutesSignedBy: ['district-head', 'deputy-head'],
        silentOn: ['members'],
        citations: cite(asOf, 'SPB-MTG-topic', 'SPB-MTG-topic-frequency'),
        notes: [
          '安排有关部门、有关单位负责人参加；纪要由主持召开会议或委托政府办主任、副主任召开会议的区政府领导同志签发（第四十四条）。',
        ],
      };
  }
}

function kzProfile(meeting: MeetingId, asOf?: string): MeetingProfile {
  const external = ['members', 'frequency', 'attendees', 'agenda', 'attendance-and-leave'];
  const pointer = `由《重庆市开州区人民政府${{ 'plenary-meeting': '全体会议', 'executive-meeting': '常务会议', 'head-office-meeting': '区长办公会议', 'topic-meeting': '专题会议' }[meeting]}工作细则》规定，该细则不在本规则中（三十九）。`;
  const chaired = meeting !== 'topic-meeting';
  const business: BusinessItem[] = [];
  if (meeting === 'plenary-meeting' || meeting === 'executive-meeting')
    business.push(
      item(asOf, 'R-DEC-5', '二十一', '讨论决定'),
      item(asOf, 'KZ-R-ND-meeting', '十八第二段', '审议决定'),
    );
  if (meeting === 'executive-meeting')
    business.push(
      item(asOf, 'R-MNY-2', '二十二第一段', '研究'),
      item(asOf, 'R-MNY-1', '二十二', '讨论决定（按金额分档）'),
    );
  if (meeting === 'head-office-meeting')
    business.push(item(asOf, 'R-MNY-1', '二十二', '讨论决定（按金额分档）'));
  if (meeting === 'topic-meeting')
    business.push(
      item(asOf, 'KZ-22-1-3-b1', '二十二（一）3', '审定'),
      item(asOf, 'R-MNY-3', '二十二第一段', '审定后须报区长和常务副区长同意'),
    );
  return {
    meeting,
    members: null,
    convener: chaired ? ['district-head'] : null,
    chair: chaired ? ['district-head'] : null,
    delegation: null,
    frequency: null,
    business,
    minutesSignedBy:
      meeting === 'plenary-meeting'
        ? null
        : meeting === 'topic-meeting'
          ? ['deputy-head-in-charge']
          : ['district-head'],
    silentOn: [
      ...external,
      ...(chaired ? [] : ['convener', 'chair']),
      ...(meeting === 'plenary-meeting' ? ['minutes-signer'] : []),
    ],
    citations: cite(asOf, 'KZ-MTG-types', ...(chaired ? (['KZ-MTG-chair'] as const) : [])),
    notes: [pointer],
  };
}

const PROFILES: Record<DistrictId, typeof spbProfile> = { shapingba: spbProfile, kaizhou: kzProfile };

export function meetingProfile(district: DistrictId, meeting: MeetingId, asOf?: string): MeetingProfile {
  const [d, m] = checkedMeeting(district, meeting);
  return PROFILES[d](m, asOf);
}

export interface AgendaItem {
  /** the departments the item involves (the lead department included) */
  departments: string[];
  /** departments whose consultation opinion is signed by their principal head */
  signedOpinions?: string[];
  reviewedByLeader?: boolean;
  fixedByHead?: boolean;
  /** consultation reached agreement */
  consensus?: boolean;
  /** the disagreement went to the deputy in charge (or an office deputy director he delegated) */
  escalated?: boolean;
  /** agreement after that coordination */
  consensusAfterEscalation?: boolean;
  disagreementsStated?: boolean;
  preferredOption?: string;
}

const AGENDA_FIELDS = fieldsOf<AgendaItem>({
  departments: true,
  signedOpinions: true,
  reviewedByLeader: true,
  fixedByHead: true,
  consensus: true,
  escalated: true,
  consensusAfterEscalation: true,
  disagreementsStated: true,
  preferredOption: true,
});

export interface AgendaCheck {
  schedulable: boolean;
  missing: { code: string; rule: string; message: string; department?: string }[];
  citations: Citation[];
}

/** SPB art.42: what an agenda item of the plenary, executive or head-office meeting needs before it is scheduled. */
export function checkAgendaItem(
  district: DistrictId,
  meeting: MeetingId,
  it: AgendaItem,
  asOf?: string,
): AgendaCheck {
  [district, meeting] = checkedMeeting(district, meeting);
  assertKnownFields(it, AGENDA_FIELDS, 'item');
  if (district === 'kaizhou') {
    return silent('（开州区会议议题规则由各会议工作细则规定，不在本规则中）', [
      { instrument: KZ_DOC, location: '三十九' },
    ]);
  }
  if (meeting === 'topic-meeting') {
    return silent('（第四十二条的议题规则适用于全体会议、常务会议、区长办公会议，未涉及专题会议）', [
      { instrument: SPB_DOC, location: '第四十二条' },
    ]);
  }
  const missing: AgendaCheck['missing'] = [];
  if (!it.reviewedByLeader)
    missing.push({
      code: 'LEADER_REVIEW_MISSING',
      rule: 'R-MTG-1',
      message: '议题须经区政府分管领导协调或审核后提出。',
    });
  if (!it.fixedByHead)
    missing.push({ code: 'NOT_FIXED_BY_HEAD', rule: 'R-MTG-1', message: '议题须报区长确定。' });
  const departments = [...new Set(it.departments)];
  if (departments.length > 1) {
    const signed = new Set(it.signedOpinions ?? []);
    for (const d of departments) {
      if (!signed.has(d))
        missing.push({
          code: 'OPINION_NOT_SIGNED',
          rule: 'R-MTG-2',
          department: d,
          message: `${d} 的协商意见须由其主要负责人签署。`,
        });
    }
    if (it.consensus === false) {
      if (!it.escalated)
        missing.push({
          code: 'NOT_ESCALATED',
          rule: 'R-MTG-3',
          message: '协商未达成一致，须报分管副区长协调（或由其委托区政府办公室副主任协调）。',
        });
      else if (it.consensusAfterEscalation === false) {
        if (!it.disagreementsStated)
          missing.push({
            code: 'DISAGREEMENT_NOT_STATED',
            rule: 'R-MTG-4',
            message: '主办部门须在会议上说明分歧意见。',
          });
        if (!it.preferredOption?.trim())
          missing.push({
            code: 'PREFERRED_OPTION_MISSING',
            rule: 'R-MTG-4',
            message: '主办部门须提出倾向性意见。',
          });
      }
    }
  }
  const ruleIds: RuleId[] = [
    'R-MTG-1',
    ...(departments.length > 1 ? (['R-MTG-2'] as const) : []),
    ...(it.consensus === false ? (['R-MTG-3', 'R-MTG-4'] as const) : []),
  ];
  return { schedulable: missing.length === 0, missing, citations: cite(asOf, ...ruleIds) };
}

export interface LeaveAnswer {
  mustAsk: AuthorityId;
  consentRequired: boolean;
  onlyIfNecessary: boolean;
  rule: string;
  citations: Citation[];
  notes: string[];
}

/** SPB art.43: how a member or attendee asks leave from the plenary, executive or head-office meeting. */
export function meetingLeave(
  district: DistrictId,
  meeting: MeetingId,
  role: 'deputy-head' | 'member' | 'attendee',
  asOf?: string,
): LeaveAnswer {
  [district, meeting] = checkedMeeting(district, meeting);
  if (district === 'kaizhou') {
    return silent('（开州区会议请假规则由各会议工作细则规定，不在本规则中）', [
      { instrument: KZ_DOC, location: '三十九' },
    ]);
  }
  if (meeting === 'topic-meeting') {
    return silent('（第四十三条未涉及专题会议的请假）', [{ instrument: SPB_DOC, location: '第四十三条' }]);
  }
  if (role === 'deputy-head') {
    return {
      mustAsk: 'meeting-convener',
      consentRequired: false,
      onlyIfNecessary: false,
      rule: 'R-MTG-5',
      citations: cite(asOf, 'R-MTG-5'),
      notes: ['副区长“应向会议召集人请假”；原文未写须经同意（与其他人员不同，A-31）。'],
    };
  }
  if (role === 'member' && meeting !== 'plenary-meeting') {
    return silent('（常务会议、区长办公会议的组成人员即区长、副区长；其他人员为列席人员）', [
      { instrument: SPB_DOC, location: '第四十三条' },
    ]);
  }
  return {
    mustAsk: 'meeting-convener',
    consentRequired: true,
    onlyIfNecessary: true,
    rule: 'R-MTG-6',
    citations: cite(asOf, 'R-MTG-6'),
    notes: ['非必要不得请假；确需请假的须严格履行请假手续，报会议召集人同意后方可请假。'],
  };
}

/** The sign-off document kind of each meeting's minutes. */
export const MINUTES_KIND = {
  'plenary-meeting': 'plenary-minutes',
  'executive-meeting': 'executive-minutes',
  'head-office-meeting': 'head-office-minutes',
  'topic-meeting': 'topic-minutes',
} as const;

/** Who signs the minutes: the sign-off rules for the meeting's minutes kind. */
export const minutesSigner = (
  district: DistrictId,
  meeting: MeetingId,
  facts: {
    chairedBy?: AuthorityId;
    delegatedBy?: AuthorityId;
    beyondDecisionAuthority?: boolean;
    personnelDeployment?: boolean;
  },
  asOf?: string,
): SignoffResult =>
  signoff({
    district,
    kind: MINUTES_KIND[meeting],
    ...(facts.chairedBy ? { chairedBy: facts.chairedBy } : {}),
    ...(facts.delegatedBy ? { delegatedBy: facts.delegatedBy } : {}),
    ...(facts.beyondDecisionAuthority !== undefined
      ? { beyondDecisionAuthority: facts.beyondDecisionAuthority }
      : {}),
    ...(facts.personnelDeployment !== undefined ? { personnelDeployment: facts.personnelDeployment } : {}),
    ...(asOf ? { asOf } : {}),
  });

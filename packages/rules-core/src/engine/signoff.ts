// Who signs a document (公文审签): the decision lists of rules-spec §7, top to bottom, first match wins.
import { INSTRUMENTS } from '../instruments';
import { checkAsOf, cite, silent } from '../model/cite';
import { RuleEngineError } from '../model/errors';
import {
  AUTHORITY_ZH,
  type ActionId,
  type AuthorityId,
  type DistrictId,
  DOCUMENT_KINDS,
  type DocumentKindId,
  isOneOf,
} from '../model/ids';
import { checkedRequest, fieldsOf, preview } from '../model/request';
import type { Citation } from '../model/rule';
import type { RuleId } from '../rules';
import { type Issuer, SIGNOFF_ISSUERS } from '../rules/signoff';
import { checkChair } from './chair';

export type { Issuer };

export interface SignoffRequest {
  district: DistrictId;
  kind: DocumentKindId;
  issuer?: Issuer;
  /** the deputy heads whose portfolios the document touches (any identifiers; the count matters) */
  portfolios?: string[];
  involvesFunds?: boolean;
  important?: boolean;
  /** topic minutes: who chaired, and who delegated the office director/deputy director */
  chairedBy?: AuthorityId;
  delegatedBy?: AuthorityId;
  /** coordination-body documents (SPB art.48(2)¶2) */
  adoptedByExecutiveMeeting?: boolean;
  needsPartyStandingCommittee?: boolean;
  /** KZ 四十三（三）: fund (pre-)arrangements beyond the decision authority; personnel deployment */
  beyondDecisionAuthority?: boolean;
  personnelDeployment?: boolean;
  /** a proposed signer and the steps already completed: the answer then says whether the proposal is valid */
  proposal?: SignoffProposal;
  /** ISO date the question is asked for: every rule the answer rests on must be in force then */
  asOf?: string;
}

export interface SignoffProposal {
  signer: AuthorityId;
  /** steps already completed (co-sign steps name the deputies in `who`) */
  completed?: SignoffStep[];
}

export interface SignoffCheck {
  /** the proposed signer may sign and every prior step is complete */
  valid: boolean;
  signerAllowed: boolean;
  /** who must sign (any one of them) */
  mustSign: AuthorityId[];
  /** prior steps not yet completed, in order */
  missing: SignoffStep[];
  message: string;
}

export interface SignoffStep {
  authority: AuthorityId;
  action: ActionId;
  /** for co-sign steps: the portfolios (deputies) that co-sign */
  who?: string[];
  /** a step that is one of several alternatives */
  anyOf?: AuthorityId[];
}

export interface SignoffResult {
  rule: string;
  /** any one of these signs */
  signers: AuthorityId[];
  /** the deputies who co-sign first (by portfolio) */
  coSigners: string[];
  priorSteps: SignoffStep[];
  /** the whole chain, prior steps then the signature */
  steps: SignoffStep[];
  citations: Citation[];
  notes: string[];
  interpretations: string[];
  /** present when the request carried a proposal */
  check?: SignoffCheck;
}

const SIGNOFF_FIELDS = fieldsOf<SignoffRequest>({
  district: true,
  kind: true,
  issuer: true,
  portfolios: true,
  involvesFunds: true,
  important: true,
  chairedBy: true,
  delegatedBy: true,
  adoptedByExecutiveMeeting: true,
  needsPartyStandingCommittee: true,
  beyondDecisionAuthority: true,
  personnelDeployment: true,
  proposal: true,
  asOf: true,
});
const SPB_DOC = INSTRUMENTS['spb-2022-3'].documentNumber;
const KZ_DOC = INSTRUMENTS['kz-2021-7'].documentNumber;

/** The issuers the district's clauses speak of for this kind; the first is implied when none is named. */
const issuersOf = (district: DistrictId, kind: DocumentKindId): readonly Issuer[] =>
  SIGNOFF_ISSUERS[district][kind] ?? SIGNOFF_ISSUERS.common[kind];

/** The issuer implied by the kind, unless the request names one. */
export function issuerOf(req: SignoffRequest): Issuer {
  return req.issuer ?? issuersOf(req.district, req.kind)[0]!;
}

const ISSUER_ZH: Record<Issuer, string> = {
  'district-government': '区政府',
  'government-office': '区政府办公室',
  department: '区政府部门',
  'party-government-joint': '党政联合',
};

type Opts = {
  priorSteps?: SignoffStep[];
  coSigners?: string[];
  extraRules?: RuleId[];
  notes?: string[];
  interpretations?: string[];
};

/** The answer for the rule that matched; its citations are checked in force on `asOf`. */
function result(
  rule: RuleId,
  signers: AuthorityId[],
  opts: Opts = {},
): Omit<SignoffResult, 'citations'> & {
  citedRules: RuleId[];
} {
  const priorSteps = opts.priorSteps ?? [];
  const coSigners = opts.coSigners ?? [];
  const coSignStep: SignoffStep[] =
    coSigners.length > 0 ? [{ authority: 'deputy-head', action: 'co-sign', who: coSigners }] : [];
  const sign: SignoffStep =
    signers.length === 1
      ? { authority: signers[0]!, action: 'sign' }
      : { authority: signers[0]!, action: 'sign', anyOf: signers };
  return {
    rule,
    signers,
    coSigners,
    priorSteps: [...priorSteps, ...coSignStep],
    steps: [...priorSteps, ...coSignStep, sign],
    citedRules: [rule, ...(opts.extraRules ?? [])],
    notes: opts.notes ?? [],
    interpretations: opts.interpretations ?? [],
  };
}

type Matched = ReturnType<typeof result>;
const DECIDERS: Record<DistrictId, (req: SignoffRequest) => Matched> = {
  shapingba: signoffShapingba,
  kaizhou: signoffKaizhou,
};
const SIGNOFF_ARTICLE: Record<DistrictId, { instrument: string; location: string }> = {
  shapingba: { instrument: INSTRUMENTS['spb-2022-3'].documentNumber, location: '第四十八条' },
  kaizhou: { instrument: INSTRUMENTS['kz-2021-7'].documentNumber, location: '四十三' },
};

/**
 * Who signs a document: the decision list of the district, top to bottom, first match wins. With a `proposal`, the
 * answer also says whether the proposed signer may sign now and which prior steps are missing.
 */
export function signoff(req: SignoffRequest): SignoffResult {
  const district = checkedRequest(req, SIGNOFF_FIELDS);
  if (!isOneOf(DOCUMENT_KINDS, req.kind)) {
    throw new RuleEngineError('UNKNOWN_DOCUMENT_KIND', `（kind=${preview(req.kind)}）`);
  }
  checkAsOf(req.asOf);
  const issuers = issuersOf(district, req.kind);
  if (req.issuer !== undefined && !issuers.includes(req.issuer)) {
    const d = SIGNOFF_ARTICLE[district];
    return silent(
      `（${d.instrument}${d.location}就该类公文只规定了以${issuers.map((i) => ISSUER_ZH[i]).join('或')}名义发文的签发；以${ISSUER_ZH[req.issuer] ?? preview(req.issuer)}名义发文的签发人未作规定${district === 'kaizhou' && req.kind === 'government-normative-document' ? '（解读 I-A-33）' : ''}）`,
      [d],
    );
  }
  const { citedRules, ...matched } = DECIDERS[district](req);
  const answer: SignoffResult = { ...matched, citations: cite(citedRules, req.asOf) };
  if (req.proposal) answer.check = checkProposal(answer, req.proposal);
  return answer;
}

/** Deputy roles a signer list of `deputy-head` (any deputy head) accepts. */
const ANY_DEPUTY = new Set<AuthorityId>(['deputy-head', 'deputy-head-in-charge', 'executive-deputy-head']);

const stepDone = (step: SignoffStep, completed: readonly SignoffStep[]): boolean =>
  completed.some((c) => {
    if (step.action === 'co-sign') {
      const who = new Set(c.who ?? []);
      return c.action === 'co-sign' && (step.who ?? []).every((w) => who.has(w));
    }
    if (c.action !== step.action) return false;
    return c.authority === step.authority || (step.anyOf ?? []).includes(c.authority);
  });

/** Is the proposed signer one the rules allow, and is every prior step complete? */
function checkProposal(answer: SignoffResult, proposal: SignoffProposal): SignoffCheck {
  const signerAllowed = answer.signers.some(
    (s) => s === proposal.signer || (s === 'deputy-head' && ANY_DEPUTY.has(proposal.signer)),
  );
  const missing = answer.priorSteps.filter((step) => !stepDone(step, proposal.completed ?? []));
  const mustSign = answer.signers.map((s) => AUTHORITY_ZH[s]).join('或');
  const message = !signerAllowed
    ? `${AUTHORITY_ZH[proposal.signer]}不能签发该公文：应由${mustSign}签发（${answer.rule}）。`
    : missing.length > 0
      ? `签发前尚缺：${missing.map((m) => `${m.who ? m.who.join('、') : AUTHORITY_ZH[m.authority]}${ACTION_LABEL[m.action] ?? m.action}`).join('；')}。`
      : `${AUTHORITY_ZH[proposal.signer]}可以签发该公文。`;
  return {
    valid: signerAllowed && missing.length === 0,
    signerAllowed,
    mustSign: answer.signers,
    missing,
    message,
  };
}

const ACTION_LABEL: Partial<Record<ActionId, string>> = {
  review: '审核',
  'review-and-submit': '核报',
  approve: '审定',
  'co-sign': '会签',
};

const portfolioCount = (req: SignoffRequest) => new Set(req.portfolios ?? []).size;

/** SPB art.41, 44: the topic-meeting minutes are signed by the leader who chaired, or who delegated the chair. */
function topicMinutesSigner(req: SignoffRequest): AuthorityId {
  if (!req.chairedBy) throw new RuleEngineError('INVALID_REQUEST', '（专题会议纪要须提供 chairedBy）');
  if (
    (req.chairedBy === 'office-director' || req.chairedBy === 'office-deputy-director') &&
    !req.delegatedBy
  ) {
    throw new RuleEngineError(
      'INVALID_REQUEST',
      '（政府办主任、副主任受托召开的，须提供委托的区政府领导 delegatedBy）',
    );
  }
  const chair = checkChair(
    'shapingba',
    'topic-meeting',
    {
      chair: req.chairedBy,
      ...(req.delegatedBy ? { delegatedBy: req.delegatedBy } : {}),
    },
    req.asOf,
  );
  if (!chair.allowed || !chair.responsibleLeader) {
    throw new RuleEngineError('RULE_VIOLATION', `（${chair.message}）`, [
      { instrument: SPB_DOC, location: '第四十一条' },
    ]);
  }
  return chair.responsibleLeader;
}

const SPB_S1 = new Set<DocumentKindId>([
  'report-to-municipal-government',
  'party-group-request-or-report',
  'bill-to-district-pc',
  'major-situation-notice-to-cppcc',
  'government-normative-document',
  'personnel-appointment',
  'other-major-matter-document',
]);

function signoffShapingba(req: SignoffRequest): Matched {
  const issuer = issuerOf(req);
  const k = req.kind;
  if (k === 'party-government-joint-document') {
    return silent('（党政联合行文按区委办公室、区政府办公室有关规定办理，规定不在本规则中）', [
      { instrument: SPB_DOC, location: '第四十八条第（四）项' },
    ]);
  }
  if (SPB_S1.has(k)) return result('SPB-S1', ['district-head']);
  if (k === 'plenary-minutes' || k === 'executive-minutes' || k === 'head-office-minutes')
    return result('SPB-S2', ['district-head']);
  if (k === 'topic-minutes') {
    const signer = topicMinutesSigner(req);
    return result('SPB-S3', [signer], {
      notes:
        req.chairedBy !== signer
          ? [`由委托政府办主任、副主任召开会议的区政府领导同志（${signer}）签发。`]
          : [],
    });
  }
  if (k === 'coordination-body-document') {
    if (req.adoptedByExecutiveMeeting && req.needsPartyStandingCommittee === false)
      return result('SPB-S4', ['executive-deputy-head']);
    return silent(
      '（议事协调机构文件仅在经常务会议审议通过且不需再报区委常委会审议时由常务副区长签发；其他情形未规定）',
      [{ instrument: SPB_DOC, location: '第四十八条第（二）项第二款' }],
    );
  }
  if (k === 'work-bulletin') return result('SPB-S10', ['district-head', 'deputy-head', 'office-director']);
  if (k === 'department-document-with-government-consent') {
    return silent('（部门经授权冠以“经区政府同意”字样发文，规则未规定签发人）', [
      { instrument: SPB_DOC, location: '第四十九条' },
    ]);
  }
  if (issuer === 'government-office') {
    if (k === 'office-liaison-document' || k === 'office-reply-document') {
      return req.important
        ? result('SPB-S9', ['office-director'], {
            priorSteps: [{ authority: 'deputy-head-in-charge', action: 'review' }],
            interpretations: ['I-A-34', 'I-A-35'],
          })
        : result('SPB-S9', ['office-director']);
    }
    if (k === 'office-routine-document') return result('SPB-S11', ['office-director']);
    return result('SPB-S12', ['office-director'], {
      notes: ['根据需要可报区政府分管副区长或区长签发（第四十八条第（三）项）。'],
    });
  }
  if (k === 'request-to-municipal-department') {
    return req.important
      ? result('SPB-S5', ['district-head'], { interpretations: ['I-A-35'] })
      : result('SPB-S5', ['deputy-head-in-charge']);
  }
  if (k === 'government-document') return byPortfolios(req, 'SPB');
  return silent(`（沙坪坝区规则未就${preview(k)}类公文规定签发人）`, [
    { instrument: SPB_DOC, location: '第四十八条' },
  ]);
}

const KZ_S1 = new Set<DocumentKindId>([
  'report-to-municipal-government',
  'report-to-municipal-general-office',
  'party-group-request-or-report',
  'bill-to-district-pc',
  'major-situation-notice-to-cppcc',
  'overall-policy-document',
  'executive-minutes',
  'party-group-minutes',
  'head-office-minutes',
  'personnel-appointment',
  'office-major-matter-document',
  'other-major-matter-document',
]);

function signoffKaizhou(req: SignoffRequest): Matched {
  const issuer = issuerOf(req);
  const k = req.kind;
  if (k === 'party-government-joint-document') {
    return silent('（党政联合行文按区委办公室、区政府办公室有关规定办理，规定不在本规则中）', [
      { instrument: KZ_DOC, location: '四十三（五）' },
    ]);
  }
  if (KZ_S1.has(k))
    return result(
      'KZ-S1',
      ['district-head'],
      k === 'office-major-matter-document' ? { interpretations: ['I-A-33'] } : {},
    );
  if (k === 'government-normative-document') {
    return result('KZ-S2', ['district-head'], {
      priorSteps: [
        { authority: 'justice-bureau', action: 'review' },
        {
          authority: 'district-government',
          action: 'approve',
          anyOf: ['plenary-meeting', 'executive-meeting'],
        },
        { authority: 'deputy-head-in-charge', action: 'review-and-submit' },
      ],
      notes: ['另须满足十八第二段：未经公开征求意见、合法性审核和完备性审核的，不得提请审议。'],
    });
  }
  if (k === 'request-to-municipal-department' || k === 'topic-minutes') {
    const up = req.beyondDecisionAuthority || req.personnelDeployment || req.important;
    return up
      ? result('KZ-S3', ['district-head'], {
          priorSteps: [{ authority: 'deputy-head-in-charge', action: 'review-and-submit' }],
          interpretations: ['I-A-35', ...(k === 'topic-minutes' ? ['I-A-40'] : [])],
        })
      : result(
          'KZ-S3',
          ['deputy-head-in-charge'],
          k === 'topic-minutes' ? { interpretations: ['I-A-40'] } : {},
        );
  }
  if (k === 'work-bulletin')
    return result('KZ-S8', ['district-head', 'deputy-head'], { notes: ['开州区规则未列区政府办公室主任。'] });
  if (k === 'department-document-with-government-consent') {
    return result('KZ-S10', ['deputy-head-in-charge'], { notes: ['分管副区长审签后，由部门发文。'] });
  }
  if (issuer === 'government-office') {
    if (k === 'office-policy-document')
      return result('KZ-S6', ['deputy-head-in-charge'], { interpretations: ['I-A-33'] });
    if (
      k === 'office-liaison-document' ||
      k === 'office-joint-with-party-office' ||
      k === 'office-reply-document'
    ) {
      return result('KZ-S7', ['office-director', 'deputy-head-in-charge'], {
        notes: ['由区政府办公室主任签发，或核报分管副区长签发。'],
      });
    }
    if (k === 'office-routine-document') {
      return req.important
        ? result('KZ-S9', ['deputy-head-in-charge'], {
            priorSteps: [{ authority: 'office-director', action: 'review-and-submit' }],
            interpretations: ['I-A-35'],
          })
        : result('KZ-S9', ['office-director']);
    }
    return silent(`（开州区规则未就该类区政府办公室公文规定签发人，无一般规定）`, [
      { instrument: KZ_DOC, location: '四十三（四）' },
    ]);
  }
  if (k === 'government-document') return byPortfolios(req, 'KZ');
  return silent(`（开州区规则未就${preview(k)}类公文规定签发人）`, [
    { instrument: KZ_DOC, location: '四十三' },
  ]);
}

function byPortfolios(req: SignoffRequest, d: 'SPB' | 'KZ'): Matched {
  const count = portfolioCount(req);
  const portfolios = [...new Set(req.portfolios ?? [])];
  if (count === 0) {
    return silent(
      '（公文未涉及任何副区长分管工作，规则未规定签发人；属重大事项的请按 other-major-matter-document 提请区长签发）',
      [
        {
          instrument: d === 'SPB' ? SPB_DOC : KZ_DOC,
          location: d === 'SPB' ? '第四十八条第（二）项' : '四十三（三）',
        },
      ],
    );
  }
  if (count === 1) {
    return result(d === 'SPB' ? 'SPB-S6' : 'KZ-S4', ['deputy-head-in-charge'], {
      notes:
        d === 'SPB' && req.involvesFunds
          ? [
              '涉及资金：按字面，“涉及资金的要经过常务副区长签发”针对涉及两位以上副区长的公文（解释 I-A-32）。',
            ]
          : [],
      interpretations: d === 'SPB' && req.involvesFunds ? ['I-A-32'] : [],
    });
  }
  if (d === 'SPB' && req.involvesFunds) {
    return result('SPB-S8', ['executive-deputy-head'], {
      coSigners: portfolios,
      extraRules: ['SPB-S7'],
      interpretations: ['I-A-32'],
    });
  }
  return result(d === 'SPB' ? 'SPB-S7' : 'KZ-S5', ['district-head', 'executive-deputy-head'], {
    coSigners: portfolios,
    notes: d === 'KZ' && req.involvesFunds ? ['开州区规则无“涉及资金的要经过常务副区长签发”的规定。'] : [],
  });
}

// Decision routing: who decides a matter of a given kind and amount (KZ §22), and Shapingba's qualitative routing
// (SPB art.39). Every answer carries its citations; where a rulebook is silent the answer is RULEBOOK_SILENT.
import { INSTRUMENTS } from '../instruments';
import { checkAsOf, cite, silent } from '../model/cite';
import { RuleEngineError } from '../model/errors';
import {
  type ActionId,
  type AuthorityId,
  type DistrictId,
  MATTERS,
  type MatterId,
  type MeetingId,
} from '../model/ids';
import { type Fen, formatYuan } from '../model/money';
import { checkedRequest, fieldsOf, preview } from '../model/request';
import type { Citation } from '../model/rule';
import type { RuleId } from '../rules';
import {
  INVESTMENT_CHANGE_CONTRACT_THRESHOLD,
  type Band,
  KZ_22_TABLES,
  type KzTable,
  type KzTableId,
} from '../rules/kz-22-tables';

export interface RouteRequest {
  district: DistrictId;
  matter: MatterId;
  /** the amount in fen; for investment-change the cumulative change as a magnitude */
  amountFen?: Fen;
  /** investment-change only: 合同金额 */
  contractAmountFen?: Fen;
  urgent?: boolean;
  formalExternalAgreement?: boolean;
  /** soe-financing: a mutual guarantee between SOEs (含国企互保) */
  mutualGuarantee?: boolean;
  /** SPB art.39(9) facts for cost-overrun */
  settlementFen?: Fen;
  contractPriceFen?: Fen;
  totalInvestmentFen?: Fen;
  approvedEstimateFen?: Fen;
  /** ISO date the question is asked for; rules not in force then do not apply */
  asOf?: string;
}

export interface RouteStep {
  authority: AuthorityId;
  action: ActionId;
  /** the collective decision is taken in one of these meetings (the text leaves which open) */
  via?: readonly MeetingId[];
  /** for a report step: to whom */
  to?: AuthorityId;
}

export interface RouteResult {
  district: DistrictId;
  matter: MatterId;
  decidedBy: AuthorityId;
  steps: RouteStep[];
  citations: Citation[];
  /** rule ids applied, in order */
  rules: string[];
  /** final, or pending-consent (R-MNY-3), or urgent-path (R-MNY-4) */
  status: 'final' | 'pending-consent' | 'urgent-path';
  band?: { table: KzTableId; minYuan: string; maxYuan: string | null };
  notes: string[];
  interpretations: string[];
}

const ROUTE_FIELDS = fieldsOf<RouteRequest>({
  district: true,
  matter: true,
  amountFen: true,
  contractAmountFen: true,
  urgent: true,
  formalExternalAgreement: true,
  mutualGuarantee: true,
  settlementFen: true,
  contractPriceFen: true,
  totalInvestmentFen: true,
  approvedEstimateFen: true,
  asOf: true,
});

const TABLE_BY_ID = Object.fromEntries(KZ_22_TABLES.map((t) => [t.id, t])) as Record<KzTableId, KzTable>;
const UPWARD_FUNDING = new Set<KzTableId>([
  'matching-fund-project-application',
  'local-government-bond',
  'special-fund-allocation',
]);
const GOVERNMENT_MEETINGS = new Set<AuthorityId>([
  'topic-meeting',
  'head-office-meeting',
  'executive-meeting',
]);
const COLLECTIVE: readonly MeetingId[] = ['plenary-meeting', 'executive-meeting'];

const SPB_DOC = INSTRUMENTS['spb-2022-3'].documentNumber;
const KZ_DOC = INSTRUMENTS['kz-2021-7'].documentNumber;

/** The band of a table that holds the amount (bands tile [0, ∞) with no gap or overlap: checked by the tests). */
export function bandFor(table: KzTable, amountFen: Fen): Band {
  const bands = table.bands;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (b.maxFen === null || amountFen < b.maxFen) return b;
  }
  throw new Error(`no band of ${table.id} holds ${amountFen}`);
}

const ROUTERS: Record<DistrictId, (req: RouteRequest) => RouteResult> = {
  kaizhou: routeKaizhou,
  shapingba: routeShapingba,
};

/**
 * Route one request. Throws RuleEngineError: INVALID_REQUEST (an unknown field), UNKNOWN_DISTRICT, UNKNOWN_MATTER,
 * INVALID_AMOUNT, INVALID_DATE, MISSING_CONTRACT_AMOUNT, RULEBOOK_SILENT (also when a rule the answer rests on is not
 * in force on `asOf`).
 */
export function route(req: RouteRequest): RouteResult {
  const district = checkedRequest(req, ROUTE_FIELDS);
  if (!KNOWN_MATTERS.has(req.matter)) {
    throw new RuleEngineError('UNKNOWN_MATTER', `（matter=${preview(req.matter)}）`);
  }
  for (const field of AMOUNT_FIELDS) {
    const v = req[field];
    if (v !== undefined && (typeof v !== 'bigint' || v < 0n)) {
      throw new RuleEngineError('INVALID_AMOUNT', `（${field} 须为非负整数分）`);
    }
  }
  checkAsOf(req.asOf);
  return ROUTERS[district](req);
}

/**
 * Route a request already validated at the edge (the route command's schema checks every field, the district, the
 * matter, the amounts and the date), without checking it again on the hot path of the JSON Lines CLI.
 */
export const routeValidated = (req: RouteRequest): RouteResult => ROUTERS[req.district](req);

const KNOWN_MATTERS: ReadonlySet<unknown> = new Set(MATTERS);
const AMOUNT_FIELDS = [
  'amountFen',
  'contractAmountFen',
  'settlementFen',
  'contractPriceFen',
  'totalInvestmentFen',
  'approvedEstimateFen',
] as const;

/** Freeze an answer all the way down: a shared answer cannot be changed by one of its callers. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// A KZ money answer depends only on the band that holds the amount, the three flags and asOf — never on the amount
// within the band — so it is computed once per such key and shared (frozen). The key holds every input that can
// change the answer; a property test checks the shared answers against fresh computation.
const MONEY_ANSWERS = new Map<Band, (RouteResult | undefined)[]>(); // by band, then by the three flags as bits
const DATED_MONEY_ANSWERS = new Map<string, RouteResult>(); // with asOf: by band, flags and date
const DATED_LIMIT = 10_000;

function routeKzMoneyShared(req: RouteRequest, table: KzTable): RouteResult {
  if (req.amountFen === undefined) throw new RuleEngineError('INVALID_AMOUNT', '（缺少 amountYuan）');
  const band = bandFor(table, req.amountFen);
  const flags =
    (req.urgent === true ? 1 : 0) |
    (req.formalExternalAgreement === true ? 2 : 0) |
    (req.mutualGuarantee === true ? 4 : 0);
  if (req.asOf !== undefined) {
    const key = `${band.ruleId}|${flags}|${req.asOf}`;
    let dated = DATED_MONEY_ANSWERS.get(key);
    if (dated === undefined) {
      dated = deepFreeze(routeKzMoney(req, table));
      if (DATED_MONEY_ANSWERS.size >= DATED_LIMIT) DATED_MONEY_ANSWERS.clear();
      DATED_MONEY_ANSWERS.set(key, dated);
    }
    return dated;
  }
  let byFlags = MONEY_ANSWERS.get(band);
  if (byFlags === undefined) MONEY_ANSWERS.set(band, (byFlags = []));
  return (byFlags[flags] ??= deepFreeze(routeKzMoney(req, table)));
}

/** The same answer computed afresh, without the shared answers (for tests of the sharing). */
export function routeUncached(req: RouteRequest): RouteResult {
  const saved = [new Map(MONEY_ANSWERS), new Map(DATED_MONEY_ANSWERS)] as const;
  MONEY_ANSWERS.clear();
  DATED_MONEY_ANSWERS.clear();
  try {
    return route(req);
  } finally {
    MONEY_ANSWERS.clear();
    DATED_MONEY_ANSWERS.clear();
    for (const [k, v] of saved[0]) MONEY_ANSWERS.set(k, v);
    for (const [k, v] of saved[1]) DATED_MONEY_ANSWERS.set(k, v);
  }
}

// ── Kaizhou ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The KZ §22 table of a matter; investment changes choose theirs by the contract amount (二十二（五）). */
function kzTable(req: RouteRequest): KzTable | undefined {
  if (req.matter === 'investment-change') {
    if (req.contractAmountFen === undefined) throw new RuleEngineError('MISSING_CONTRACT_AMOUNT');
    return TABLE_BY_ID[
      req.contractAmountFen < INVESTMENT_CHANGE_CONTRACT_THRESHOLD
        ? 'investment-change/small-contract'
        : 'investment-change/large-contract'
    ];
  }
  return TABLE_OF_MATTER.get(req.matter);
}
const TABLE_OF_MATTER = new Map<string, KzTable>(KZ_22_TABLES.map((t) => [t.id, t]));

function routeKaizhou(req: RouteRequest): RouteResult {
  const table = kzTable(req);
  return table ? routeKzMoneyShared(req, table) : routeKzQualitative(req);
}

function routeKzMoney(req: RouteRequest, table: KzTable): RouteResult {
  if (req.amountFen === undefined) throw new RuleEngineError('INVALID_AMOUNT', '（缺少 amountYuan）');
  const band = bandFor(table, req.amountFen);
  const ruleIds: RuleId[] = [band.ruleId];
  const notes: string[] = [...(band.readings?.notes ?? [])];
  const interpretations: string[] = [...(band.readings?.interpretations ?? [])];
  let steps: RouteStep[] = band.steps.map((st) => ({ authority: st.authority, action: st.action }));
  let decidedBy = band.steps.find(
    (st) => st.action !== 'consent' && st.action !== 'receive-filing' && st.action !== 'review',
  )!.authority;
  let status: RouteResult['status'] = 'final';

  if (table.id.startsWith('investment-change/')) ruleIds.unshift('KZ-22-5-selector');
  if (band.steps.some((st) => st.authority === 'topic-meeting')) {
    ruleIds.push('R-MNY-3');
    status = 'pending-consent';
    notes.push(
      '区政府专题会议审定事项须报区长和常务副区长同意：两项同意均记录后方为最终决定（二十二第一段）。',
    );
  }
  if (decidedBy === 'district-party-standing-committee') interpretations.push('I-A-18');
  if (table.id === 'soe-financing' && req.mutualGuarantee) {
    ruleIds.push('R-MNY-5');
    interpretations.push('I-A-15');
    steps = [{ authority: 'guaranteed-entity', action: 'submit' }, ...steps];
    notes.push('国有企业之间互保由被担保单位提请（二十二（六）2）。');
  } else if (req.mutualGuarantee) {
    interpretations.push('I-A-15');
    notes.push('国企互保按“融资类（含国企互保）”归入 soe-financing；本请求按所选类别路由。');
  }

  if (req.urgent) {
    if (UPWARD_FUNDING.has(table.id)) {
      ruleIds.push('R-MNY-4');
      interpretations.push('I-A-12');
      if (GOVERNMENT_MEETINGS.has(decidedBy)) {
        const meeting = decidedBy;
        // The urgent path changes the order (sign first, report after); it does not waive the two consents a
        // topic-meeting band needs (二十二第一段, R-MNY-3): they stay on the route.
        const consents = steps.filter((st) => st.action === 'consent');
        steps = [
          { authority: 'district-government-leader', action: 'sign' },
          { authority: meeting, action: 'hear-report' },
          ...consents,
        ];
        decidedBy = 'district-government-leader';
        status = 'urgent-path';
        notes.push('特别紧急情况：先分送区政府领导同志审签，再提请相关会议听取汇报（二十二（一））。');
        if (consents.length > 0) {
          notes.push('紧急程序不免除专题会议审定事项须报区长和常务副区长同意的要求（二十二第一段）。');
        }
      } else if (decidedBy === 'district-party-standing-committee') {
        notes.push('紧急程序能否替代区委常委会会议审定，二十二（一）未作规定：按常规路径办理。');
      } else {
        notes.push('该档次由个人审定，紧急程序不改变路径。');
      }
    } else {
      notes.push('紧急程序（二十二（一））仅适用于向上争取资金类三类事项，本事项按常规路径办理。');
    }
  }

  if (req.formalExternalAgreement) {
    ruleIds.push('R-MNY-2');
    interpretations.push('I-A-19');
    // The executive meeting's study comes before the party standing committee decides, not after it.
    const study: RouteStep = { authority: 'executive-meeting', action: 'study' };
    const party = steps.findIndex((st) => st.authority === 'district-party-standing-committee');
    const last = steps[steps.length - 1];
    if (party >= 0) steps = [...steps.slice(0, party), study, ...steps.slice(party)];
    else if (!(last && last.authority === 'executive-meeting')) steps = [...steps, study];
    notes.push('对外签订正式协议一律提请区政府常务会议研究；原文未规定由常务会议改变该事项的审定主体。');
  }

  return {
    district: 'kaizhou',
    matter: req.matter,
    decidedBy,
    steps,
    citations: cite(ruleIds, req.asOf),
    rules: ruleIds,
    status,
    band: {
      table: table.id,
      minYuan: formatYuan(band.minFen),
      maxYuan: band.maxFen === null ? null : formatYuan(band.maxFen),
    },
    notes,
    interpretations,
  };
}

const collective = (req: RouteRequest, ruleIds: RuleId[], notes: string[] = []): RouteResult => ({
  district: req.district,
  matter: req.matter,
  decidedBy: 'district-government',
  steps: [{ authority: 'district-government', action: 'decide', via: COLLECTIVE }],
  citations: cite(ruleIds, req.asOf),
  rules: ruleIds,
  status: 'final',
  notes: ['由区政府全体会议或区政府常务会议讨论决定，具体由哪一会议，原文未限定。', ...notes],
  interpretations: ['I-COLLECTIVE'],
});

const urgentEvent = (req: RouteRequest, ruleId: RuleId): RouteResult => ({
  district: req.district,
  matter: 'urgent-major-event',
  decidedBy: 'deputy-head-in-charge',
  steps: [
    { authority: 'deputy-head-in-charge', action: 'decide' },
    { authority: 'deputy-head-in-charge', action: 'report', to: 'district-head' },
  ],
  citations: cite([ruleId], req.asOf),
  rules: [ruleId],
  status: 'final',
  notes: ['来不及召开会议而又必须及时处理的，由分管副区长协调处理后及时向区长报告；“及时”无具体时限。'],
  interpretations: [],
});

function routeKzQualitative(req: RouteRequest): RouteResult {
  switch (req.matter) {
    case 'major-matter':
      return collective(req, ['KZ-R-DEC-1', 'R-DEC-5']);
    case 'urgent-major-event':
      return urgentEvent(req, 'KZ-R-DEC-2');
    case 'normative-document':
      return collective(req, ['KZ-R-ND-meeting', 'R-DEC-5']);
    case 'major-administrative-decision':
      return collective(req, ['KZ-R-MD-steps', 'KZ-R-DEC-1']);
    case 'formal-external-agreement':
      return {
        district: 'kaizhou',
        matter: req.matter,
        decidedBy: 'executive-meeting',
        steps: [{ authority: 'executive-meeting', action: 'study' }],
        citations: cite(['R-MNY-2'], req.asOf),
        rules: ['R-MNY-2'],
        status: 'final',
        notes: ['对外签订正式协议一律提请区政府常务会议研究，与金额无关；协议所涉事项另按二十二各类别路由。'],
        interpretations: ['I-A-19'],
      };
    case 'cost-overrun':
      return silent(
        '（开州区规则未就工程结算超合同价、投资超概算单列决策主体；投资增减变更按金额见二十二（五））',
        [{ instrument: KZ_DOC, location: '二十二（五）', note: 'investment-change' }],
      );
    default:
      return silent(`（开州区规则未规定${preview(req.matter)}事项的决策主体）`, [
        { instrument: KZ_DOC, location: '二十二', note: '金额类事项' },
        { instrument: KZ_DOC, location: '七', note: '重大事项' },
      ]);
  }
}

// ── Shapingba ───────────────────────────────────────────────────────────────────────────────────────────────────

const SPB_MONEY_POINTERS = [
  {
    instrument: SPB_DOC,
    location: '第三十九条第（三）项',
    note: '国有资产处置、公共财政支出及资金使用计划等重要事项由常务会议讨论决定（无金额）',
  },
  { instrument: SPB_DOC, location: '第三十九条第（八）项', note: '区属国有重点企业重要事项' },
  { instrument: SPB_DOC, location: '第三十九条第（九）项', note: '结算超合同总价、投资超概算' },
  { instrument: SPB_DOC, location: '第三十九条第（十）项', note: '土地出让或划拨' },
  { instrument: SPB_DOC, location: '第四条第（四）项', note: '“三重一大”事项集体研究决定（无金额标准）' },
];

const executive = (
  req: RouteRequest,
  ruleIds: RuleId[],
  action: ActionId,
  notes: string[] = [],
  interpretations: string[] = [],
): RouteResult => ({
  district: 'shapingba',
  matter: req.matter,
  decidedBy: 'executive-meeting',
  steps: [{ authority: 'executive-meeting', action }],
  citations: cite(ruleIds, req.asOf),
  rules: ruleIds,
  status: 'final',
  notes,
  interpretations,
});

function routeShapingba(req: RouteRequest): RouteResult {
  const notes = req.formalExternalAgreement
    ? ['沙坪坝区规则无“对外签订正式协议一律提请区政府常务会议研究”的规定；该标志未改变路径。']
    : [];
  switch (req.matter) {
    case 'key-soe-major-matter':
      return executive(req, ['SPB-39-8'], 'decide', notes);
    case 'land-transfer-or-allocation':
      return executive(req, ['SPB-39-10'], 'decide', notes);
    case 'normative-document':
      return executive(req, ['SPB-19-2', 'SPB-39-7'], 'approve', notes);
    case 'government-rule':
      return executive(req, ['SPB-39-11'], 'study', notes, ['I-A-30']);
    case 'cost-overrun':
      return routeSpbCostOverrun(req, notes);
    case 'major-matter':
      return collective(req, ['SPB-R-DEC-1'], notes);
    case 'major-administrative-decision':
      return collective(req, ['R-DEC-4'], notes);
    case 'three-important-one-large':
      return {
        ...collective(req, ['R-DEC-3'], notes),
        steps: [{ authority: 'district-government', action: 'decide' }],
        notes: [
          '“三重一大”事项须提交区政府集体研究决定，实行末位发言制度；原文未规定大额资金标准。',
          ...notes,
        ],
      };
    case 'urgent-major-event':
      return urgentEvent(req, 'SPB-R-DEC-2');
    default:
      if (KZ_22_TABLES.some((t) => t.id === req.matter) || req.matter === 'investment-change') {
        return silent('（沙坪坝区规则未设金额分档；不得套用开州区标准）', SPB_MONEY_POINTERS);
      }
      return silent(
        `（沙坪坝区规则未规定${preview(req.matter)}事项的决策主体）`,
        SPB_MONEY_POINTERS.slice(0, 1),
      );
  }
}

function routeSpbCostOverrun(req: RouteRequest, notes: string[]): RouteResult {
  const settlement = req.settlementFen !== undefined && req.contractPriceFen !== undefined;
  const investment = req.totalInvestmentFen !== undefined && req.approvedEstimateFen !== undefined;
  if (!settlement && !investment) {
    throw new RuleEngineError(
      'INVALID_REQUEST',
      '（cost-overrun 须提供 settlementAmountYuan 与 contractPriceYuan，或 totalInvestmentYuan 与 approvedEstimateYuan）',
    );
  }
  // "超过" is strictly greater (rules-spec §0.3): equal is not an overrun.
  const over =
    (settlement && req.settlementFen! > req.contractPriceFen!) ||
    (investment && req.totalInvestmentFen! > req.approvedEstimateFen!);
  if (!over) {
    return silent(
      '（结算金额未超过合同总价、总投资未超过概算批复金额，不属第三十九条第（九）项；其他情形规则未规定）',
      [{ instrument: SPB_DOC, location: '第三十九条第（九）项', note: '“超过”不含等于' }],
    );
  }
  return executive(req, ['SPB-39-9'], 'decide', notes);
}

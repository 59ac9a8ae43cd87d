import { z } from 'zod';
import { route, type RouteRequest } from '../../engine/route';
import { RuleEngineError } from '../../model/errors';
import { DISTRICTS, isOneOf, MATTERS, MONEY_MATTERS } from '../../model/ids';
import { parseYuan } from '../../model/money';
import { type CommandHandler, parseRequest } from '../respond';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '须为 YYYY-MM-DD');
// Amounts are checked by parseYuan, so a wrong type is INVALID_AMOUNT, not INVALID_REQUEST.
const money = z.unknown().optional();

const Shape = z.object({
  district: z.unknown().optional(),
  matter: z.unknown().optional(),
  amountYuan: money,
  contractAmountYuan: money,
  urgent: z.boolean().optional(),
  formalExternalAgreement: z.boolean().optional(),
  mutualGuarantee: z.boolean().optional(),
  settlementAmountYuan: money,
  contractPriceYuan: money,
  totalInvestmentYuan: money,
  approvedEstimateYuan: money,
  asOf: isoDate.optional(),
});

/**
 * `route`: {"district","matter","amountYuan", …} → {"ok":true,"decidedBy","steps","citations", …}.
 * Errors, checked in this order: INVALID_REQUEST, UNKNOWN_DISTRICT, UNKNOWN_MATTER, INVALID_AMOUNT,
 * MISSING_CONTRACT_AMOUNT, RULEBOOK_SILENT.
 */
export const routeCommand: CommandHandler = (request) => {
  const r = parseRequest(Shape, request);
  if (!isOneOf(DISTRICTS, r.district))
    throw new RuleEngineError('UNKNOWN_DISTRICT', `（${JSON.stringify(r.district)}）`);
  if (!isOneOf(MATTERS, r.matter))
    throw new RuleEngineError('UNKNOWN_MATTER', `（${JSON.stringify(r.matter)}）`);
  const isMoney = isOneOf(MONEY_MATTERS, r.matter);
  const optionalYuan = (v: unknown, field: string) => (v === undefined ? undefined : parseYuan(v, field));

  const req: RouteRequest = {
    district: r.district,
    matter: r.matter,
    amountFen: optionalYuan(r.amountYuan, 'amountYuan'),
    contractAmountFen: optionalYuan(r.contractAmountYuan, 'contractAmountYuan'),
    urgent: r.urgent,
    formalExternalAgreement: r.formalExternalAgreement,
    mutualGuarantee: r.mutualGuarantee,
    settlementFen: optionalYuan(r.settlementAmountYuan, 'settlementAmountYuan'),
    contractPriceFen: optionalYuan(r.contractPriceYuan, 'contractPriceYuan'),
    totalInvestmentFen: optionalYuan(r.totalInvestmentYuan, 'totalInvestmentYuan'),
    approvedEstimateFen: optionalYuan(r.approvedEstimateYuan, 'approvedEstimateYuan'),
    asOf: r.asOf,
  };
  if (isMoney && r.district === 'kaizhou' && req.amountFen === undefined) {
    throw new RuleEngineError('INVALID_AMOUNT', '（缺少 amountYuan）');
  }
  const result = route(req);
  return { ok: true, ...result };
};

import { z } from 'zod';
import { type RouteRequest, routeValidated } from '../../engine/route';
import { RuleEngineError } from '../../model/errors';
import { MATTERS, type MatterId, MONEY_MATTERS } from '../../model/ids';
import { parseYuan } from '../../model/money';
import { districtOf, preview } from '../../model/request';
import { type CommandHandler, isoDate, parseRequest, success } from '../respond';

// Amounts are checked by parseYuan, so a wrong type is INVALID_AMOUNT, not INVALID_REQUEST.
const money = z.unknown().optional();

const Shape = z.strictObject({
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

const KNOWN_MATTERS: ReadonlySet<unknown> = new Set(MATTERS);
const MONEY: ReadonlySet<unknown> = new Set(MONEY_MATTERS);

function yuan(value: unknown, field: string) {
  return value === undefined ? undefined : parseYuan(value, field);
}

/**
 * `route`: {"district","matter","amountYuan", …} → {"ok":true,"decidedBy","steps","citations", …}.
 * Errors, checked in this order: INVALID_REQUEST (an unknown field first), UNKNOWN_DISTRICT, UNKNOWN_MATTER,
 * INVALID_AMOUNT, INVALID_DATE, MISSING_CONTRACT_AMOUNT, RULEBOOK_SILENT.
 */
export const routeCommand: CommandHandler = Object.assign(routeRequest, {
  amountFields: [
    'amountYuan',
    'contractAmountYuan',
    'settlementAmountYuan',
    'contractPriceYuan',
    'totalInvestmentYuan',
    'approvedEstimateYuan',
  ],
});

function routeRequest(request: unknown) {
  const r = parseRequest(Shape, request);
  const district = districtOf(r.district);
  if (!KNOWN_MATTERS.has(r.matter))
    throw new RuleEngineError(
      'UNKNOWN_MATTER',
      r.matter === undefined ? '（缺少 matter）' : `（matter=${preview(r.matter)}）`,
    );
  // One object literal, every field in place: the engine's shape stays the same from request to request.
  const req: RouteRequest = {
    district,
    matter: r.matter as MatterId,
    amountFen: yuan(r.amountYuan, 'amountYuan'),
    contractAmountFen: yuan(r.contractAmountYuan, 'contractAmountYuan'),
    urgent: r.urgent,
    formalExternalAgreement: r.formalExternalAgreement,
    mutualGuarantee: r.mutualGuarantee,
    settlementFen: yuan(r.settlementAmountYuan, 'settlementAmountYuan'),
    contractPriceFen: yuan(r.contractPriceYuan, 'contractPriceYuan'),
    totalInvestmentFen: yuan(r.totalInvestmentYuan, 'totalInvestmentYuan'),
    approvedEstimateFen: yuan(r.approvedEstimateYuan, 'approvedEstimateYuan'),
    asOf: r.asOf,
  };
  if (district === 'kaizhou' && req.amountFen === undefined && MONEY.has(r.matter)) {
    throw new RuleEngineError('INVALID_AMOUNT', '（缺少 amountYuan）');
  }
  return success(routeValidated(req));
}

import { z } from 'zod';
import { route, type RouteRequest } from '../../engine/route';
import { RuleEngineError } from '../../model/errors';
import { isOneOf, MATTERS, MONEY_MATTERS } from '../../model/ids';
import { parseYuan } from '../../model/money';
import { districtOf, preview } from '../../model/request';
import { type CommandHandler, isoDate, parseRequest } from '../respond';

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

/**
 * `route`: {"district","matter","amountYuan", …} → {"ok":true,"decidedBy","steps","citations", …}.
 * Errors, checked in this order: INVALID_REQUEST (an unknown field first), UNKNOWN_DISTRICT, UNKNOWN_MATTER,
 * INVALID_AMOUNT, INVALID_DATE, MISSING_CONTRACT_AMOUNT, RULEBOOK_SILENT.
 */
export const routeCommand: CommandHandler = (request) => {
  const r = parseRequest(Shape, request);
  const district = districtOf(r.district);
  if (!isOneOf(MATTERS, r.matter))
    throw new RuleEngineError(
      'UNKNOWN_MATTER',
      r.matter === undefined ? '（缺少 matter）' : `（matter=${preview(r.matter)}）`,
    );
  const yuan = (v: unknown, field: string) => (v === undefined ? undefined : parseYuan(v, field));
  const req: RouteRequest = { district, matter: r.matter };
  const amounts = [
    ['amountFen', r.amountYuan, 'amountYuan'],
    ['contractAmountFen', r.contractAmountYuan, 'contractAmountYuan'],
    ['settlementFen', r.settlementAmountYuan, 'settlementAmountYuan'],
    ['contractPriceFen', r.contractPriceYuan, 'contractPriceYuan'],
    ['totalInvestmentFen', r.totalInvestmentYuan, 'totalInvestmentYuan'],
    ['approvedEstimateFen', r.approvedEstimateYuan, 'approvedEstimateYuan'],
  ] as const;
  for (const [key, value, field] of amounts) {
    const fen = yuan(value, field);
    if (fen !== undefined) req[key] = fen;
  }
  if (r.urgent !== undefined) req.urgent = r.urgent;
  if (r.formalExternalAgreement !== undefined) req.formalExternalAgreement = r.formalExternalAgreement;
  if (r.mutualGuarantee !== undefined) req.mutualGuarantee = r.mutualGuarantee;
  if (r.asOf !== undefined) req.asOf = r.asOf;
  if (isOneOf(MONEY_MATTERS, r.matter) && district === 'kaizhou' && req.amountFen === undefined) {
    throw new RuleEngineError('INVALID_AMOUNT', '（缺少 amountYuan）');
  }
  return { ok: true, ...route(req) };
};

import { INSTRUMENTS } from '../instruments';
import { RuleEngineError } from './errors';
import type { Citation, Rule } from './rule';

/** The citation a response carries for a rule. */
export const citationOf = (rule: Rule): Citation => ({
  instrument: INSTRUMENTS[rule.instrumentId].documentNumber,
  location: rule.location,
  quote: rule.quote,
});

/** Rules in force on `asOf` (ISO date). With no asOf the engine uses the rules as they stand. */
export function inForce(rule: Rule, asOf?: string): boolean {
  if (!asOf) return rule.validUntil === undefined;
  return rule.validFrom <= asOf && (rule.validUntil === undefined || asOf < rule.validUntil);
}

/** Throws RULEBOOK_SILENT with pointers to what the rulebook does say. */
export function silent(
  detailZh: string,
  pointers: { instrument: string; location: string; note?: string }[] = [],
): never {
  throw new RuleEngineError('RULEBOOK_SILENT', detailZh, pointers);
}

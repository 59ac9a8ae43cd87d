import { toOrdinal } from '../calendar/dates';
import { INSTRUMENTS } from '../instruments';
import { ruleById, type RuleId } from '../rules';
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

/** A checked `asOf`: a real calendar date, or INVALID_DATE. */
export function checkAsOf(asOf: string | undefined): string | undefined {
  if (asOf !== undefined) toOrdinal(asOf);
  return asOf;
}

/**
 * The citations of an answer, each rule checked in force on `asOf` (validFrom inclusive, validUntil exclusive).
 * Every engine cites through here, so an answer that rests on a rule not in force on that date is never given:
 * it is RULEBOOK_SILENT, naming the rule and its dates.
 */
export function cite(ids: readonly RuleId[], asOf?: string): Citation[] {
  const out: Citation[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (ids.indexOf(id) !== i) continue; // each rule once
    const rule = ruleById(id);
    if (!inForce(rule, asOf)) {
      const doc = INSTRUMENTS[rule.instrumentId].documentNumber;
      silent(
        asOf && asOf < rule.validFrom
          ? `（${asOf}时，${doc}${rule.location}尚未施行：自${rule.validFrom}起施行）`
          : `（${asOf ?? '现行'}：${doc}${rule.location}已于${rule.validUntil}失效）`,
        [{ instrument: doc, location: rule.location }],
      );
    }
    out.push(citationFor(id, rule));
  }
  return out;
}

const CITATIONS = new Map<RuleId, Citation>();
/** A rule's citation, made once and shared (frozen). */
function citationFor(id: RuleId, rule: Rule): Citation {
  let c = CITATIONS.get(id);
  if (!c) {
    c = Object.freeze(citationOf(rule));
    CITATIONS.set(id, c);
  }
  return c;
}

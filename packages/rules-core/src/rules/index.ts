import type { Rule } from '../model/rule';
import { ALL_RULES } from './all-rules';
import { RULE_IDS, type RuleId } from './rule-ids';

export { ALL_RULES, RULE_IDS, type RuleId };

// Every RuleId is in the data and every rule's id is a RuleId: the integrity test checks both directions, so this
// table is total and a lookup by RuleId never misses.
const BY_ID = Object.fromEntries(ALL_RULES.map((r) => [r.id, r])) as Record<RuleId, Rule>;
const BY_LOWER_ID = new Map(ALL_RULES.map((r) => [r.id.toLowerCase(), r]));

/** The rule with this id (the compiler checks the id). */
export const ruleById = (id: RuleId): Rule => BY_ID[id];

/** A rule by an id given at run time, in any letter case; undefined when there is none. */
export const findRule = (id: string): Rule | undefined => BY_LOWER_ID.get(id.trim().toLowerCase());

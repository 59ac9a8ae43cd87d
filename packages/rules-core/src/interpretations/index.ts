import type { Interpretation } from '../model/rule';
import { AB_ROLES_INTERPRETATIONS } from './ab-roles';
import { CALENDAR_INTERPRETATIONS } from './calendar';
import { MAJOR_DECISIONS_INTERPRETATIONS } from './major-decisions';
import { MEETINGS_INTERPRETATIONS } from './meetings';
import { NORMATIVE_DOCUMENTS_INTERPRETATIONS } from './normative-documents';
import { ROUTING_INTERPRETATIONS } from './routing';
import { SIGNOFF_INTERPRETATIONS } from './signoff';

/**
 * Readings of ambiguous or silent text (rules-spec §4.4, §14), kept apart from the rules and labelled as readings.
 */
export const ALL_INTERPRETATIONS: readonly Interpretation[] = [
  ...ROUTING_INTERPRETATIONS,
  ...SIGNOFF_INTERPRETATIONS,
  ...MEETINGS_INTERPRETATIONS,
  ...AB_ROLES_INTERPRETATIONS,
  ...NORMATIVE_DOCUMENTS_INTERPRETATIONS,
  ...MAJOR_DECISIONS_INTERPRETATIONS,
  ...CALENDAR_INTERPRETATIONS,
];

export const interpretationsOf = (ruleId: string): Interpretation[] =>
  ALL_INTERPRETATIONS.filter((i) => i.ruleIds.includes(ruleId));

const BY_LOWER_ID = new Map(ALL_INTERPRETATIONS.map((i) => [i.id.toLowerCase(), i]));
/** A labelled reading by its id, in any letter case. */
export const findInterpretation = (id: string): Interpretation | undefined =>
  BY_LOWER_ID.get(id.trim().toLowerCase());

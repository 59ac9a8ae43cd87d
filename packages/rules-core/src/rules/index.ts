import type { Rule } from '../model/rule';
import { AB_ROLES_RULES } from './ab-roles';
import { MAJOR_DECISIONS_RULES } from './major-decisions';
import { MEETINGS_RULES } from './meetings';
import { NORMATIVE_DOCUMENTS_RULES } from './normative-documents';
import { PERIODIC_OBLIGATIONS_RULES } from './periodic-obligations';
import { ROUTING_RULES } from './routing';
import { SIGNOFF_RULES } from './signoff';

/** Every rule of both rulebooks, each with its citation. Ids are unique (the integrity test checks). */
export const ALL_RULES: readonly Rule[] = [
  ...ROUTING_RULES,
  ...SIGNOFF_RULES,
  ...MEETINGS_RULES,
  ...AB_ROLES_RULES,
  ...NORMATIVE_DOCUMENTS_RULES,
  ...MAJOR_DECISIONS_RULES,
  ...PERIODIC_OBLIGATIONS_RULES,
];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));
export const findRule = (id: string): Rule | undefined => BY_ID.get(id);

import type { Rule } from '../model/rule';
import { AB_ROLES_RULES } from './ab-roles';
import { DISCLOSURE_RULES } from './disclosure';
import { MAJOR_DECISIONS_RULES } from './major-decisions';
import { MEETINGS_RULES } from './meetings';
import { NORMATIVE_DOCUMENTS_RULES } from './normative-documents';
import { PERIODIC_OBLIGATIONS_RULES } from './periodic-obligations';
import { ROUTING_RULES } from './routing';
import { SIGNOFF_RULES } from './signoff';

/** Every rule of both rulebooks, each with its citation, as data (ids are checked unique by the integrity test). */
export const ALL_RULES: readonly Rule[] = [
  ...ROUTING_RULES,
  ...SIGNOFF_RULES,
  ...MEETINGS_RULES,
  ...AB_ROLES_RULES,
  ...NORMATIVE_DOCUMENTS_RULES,
  ...MAJOR_DECISIONS_RULES,
  ...PERIODIC_OBLIGATIONS_RULES,
  ...DISCLOSURE_RULES,
];

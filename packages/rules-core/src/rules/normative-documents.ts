import type { Rule } from '../model/rule';

export const NORMATIVE_DOCUMENTS_RULES: readonly Rule[] = [];

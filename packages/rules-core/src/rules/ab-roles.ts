import type { Rule } from '../model/rule';

export const AB_ROLES_RULES: readonly Rule[] = [];

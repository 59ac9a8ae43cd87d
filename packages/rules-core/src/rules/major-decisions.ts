import type { Rule } from '../model/rule';

export const MAJOR_DECISIONS_RULES: readonly Rule[] = [];

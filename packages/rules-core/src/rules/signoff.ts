import type { Rule } from '../model/rule';

export const SIGNOFF_RULES: readonly Rule[] = [];

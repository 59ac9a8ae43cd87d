import type { Rule } from '../model/rule';

export const MEETINGS_RULES: readonly Rule[] = [];

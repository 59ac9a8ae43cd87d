import type { Rule } from '../model/rule';

export const PERIODIC_OBLIGATIONS_RULES: readonly Rule[] = [];

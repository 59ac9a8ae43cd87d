import type { Rule } from '../model/rule';

export const ROUTING_RULES: readonly Rule[] = [];

import type { Interpretation } from '../model/rule';

export const ROUTING_INTERPRETATIONS: readonly Interpretation[] = [];

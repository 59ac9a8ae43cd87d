import type { Interpretation } from '../model/rule';

export const MAJOR_DECISIONS_INTERPRETATIONS: readonly Interpretation[] = [];

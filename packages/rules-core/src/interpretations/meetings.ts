import type { Interpretation } from '../model/rule';

export const MEETINGS_INTERPRETATIONS: readonly Interpretation[] = [];

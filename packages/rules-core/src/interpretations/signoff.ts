import type { Interpretation } from '../model/rule';

export const SIGNOFF_INTERPRETATIONS: readonly Interpretation[] = [];

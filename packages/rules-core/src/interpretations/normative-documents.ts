import type { Interpretation } from '../model/rule';

export const NORMATIVE_DOCUMENTS_INTERPRETATIONS: readonly Interpretation[] = [];

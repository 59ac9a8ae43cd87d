import type { Interpretation } from '../model/rule';

export const CALENDAR_INTERPRETATIONS: readonly Interpretation[] = [];

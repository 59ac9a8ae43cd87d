import type { Interpretation } from '../model/rule';

export const AB_ROLES_INTERPRETATIONS: readonly Interpretation[] = [];

import type { Interpretation } from '../model/rule';

export const MAJOR_DECISIONS_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-51-MD',
    ambiguities: ['A-51'],
    ruleIds: ['SPB-MD-stability', 'KZ-MD-stability'],
    reading:
      'The stability risk assessment is required when either condition holds (involvesMajorPublicInterest or proneToSocialStabilityProblems).',
    rationale:
      'The conditions are joined by "、" and the text does not say cumulative or alternative; requiring it on either is the conservative reading and is labelled as a reading, not the text.',
  },
  {
    id: 'I-A-44',
    ambiguities: ['A-44'],
    ruleIds: ['SPB-MD-evaluation', 'KZ-MD-investigation'],
    reading:
      'SPB: the five-fold evaluation is required only for specialised or technical matters; KZ: for every major matter submitted.',
    rationale: 'The two texts differ and each district keeps its own.',
  },
  {
    id: 'I-MD-ORDER',
    ambiguities: ['A-27'],
    ruleIds: ['SPB-MD-steps'],
    reading:
      'Collective decision is the last step: it is reported as premature while any other required step is missing. No other order is imposed.',
    rationale:
      'The seeds list the steps without an order except that the collective decision decides on what the others produced.',
  },
];

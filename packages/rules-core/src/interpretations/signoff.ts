import type { Interpretation } from '../model/rule';

export const SIGNOFF_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-32',
    ambiguities: ['A-32'],
    ruleIds: ['SPB-S8', 'SPB-S6'],
    reading:
      'SPB "涉及资金的要经过常务副区长签发" applies to government documents touching two or more portfolios: the executive deputy head signs. A single-portfolio document with funds is still signed by the deputy in charge, with a note.',
    rationale:
      'The clause closes the multi-deputy sentence of art.48(2); extending it to single-deputy documents would add a signer the sentence does not name. Configurable later as spbFundsRuleScope.',
  },
  {
    id: 'I-A-34',
    ambiguities: ['A-34'],
    ruleIds: ['SPB-S9'],
    reading:
      'SPB office liaison/reply documents with important content: the deputy in charge reviews (审核) and the office director remains the signer.',
    rationale:
      '"报分管副区长审核后印发" names a review, not a signature; KZ 四十三（四） by contrast lets the deputy sign (核报…签发).',
  },
  {
    id: 'I-A-35',
    ambiguities: ['A-35', 'A-41'],
    ruleIds: ['SPB-S5', 'SPB-S9', 'KZ-S3', 'KZ-S9'],
    reading:
      '"重要事项 / 重要内容 / 决策权限以外" are the requester’s flags (important, beyondDecisionAuthority, personnelDeployment); the engine records them and never infers them.',
    rationale:
      'Neither rulebook defines them; "决策权限以外" is naturally read against the 二十二 band of the matter, which the requester can obtain from `route`.',
  },
  {
    id: 'I-A-33',
    ambiguities: ['A-33'],
    ruleIds: ['KZ-S1', 'KZ-S6'],
    reading:
      'KZ office documents on major fiscal/staffing matters match 四十三（一） (district head) before 四十三（四）, by text order; the requester chooses the kind office-major-matter-document or office-policy-document.',
    rationale:
      'The two clauses overlap; the decision list applies the first in text order and says which rule applied.',
  },
  {
    id: 'I-A-40',
    ambiguities: ['A-40'],
    ruleIds: ['KZ-S3'],
    reading: 'KZ topic-meeting minutes are signed by the deputy in charge whoever chaired the meeting.',
    rationale: 'KZ does not say who chairs topic meetings and names only the deputy in charge as signer.',
  },
];

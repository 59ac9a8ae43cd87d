import type { Interpretation } from '../model/rule';

// Readings of KZ §22 and of the collective-decision clauses where the text is ambiguous or silent (rules-spec §4.4).
export const ROUTING_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-1',
    ambiguities: ['A-1'],
    ruleIds: ['KZ-22-1-1-b2', 'KZ-22-2-b2', 'KZ-22-4-b2', 'KZ-22-6-1-b3'],
    reading: 'The unmarked upper bound Y of "X万元（含）—Y万元" is excluded: bands are [X, Y).',
    rationale:
      'In every table the next band begins "Y万元（含）" or "Y万元及以上", which claims Y explicitly; reading Y as included would make two bands overlap.',
  },
  {
    id: 'I-A-2',
    ambiguities: ['A-2', 'A-3', 'A-5'],
    ruleIds: [
      'KZ-22-1-1-b1',
      'KZ-22-1-2-b1',
      'KZ-22-4-b1',
      'KZ-22-6-1-b1',
      'KZ-22-3-2-b1',
      'KZ-22-5-selector',
    ],
    reading:
      'The amount is taken as the requester gives it; the engine never chooses the basis of measurement (project total or matching share, original or replacement value, net or gross cumulative change).',
    rationale:
      'The text does not say which basis applies; choosing one would be a rule the district did not write. Callers record the basis they used.',
  },
  {
    id: 'I-A-12',
    ambiguities: ['A-12'],
    ruleIds: ['R-MNY-4'],
    reading:
      'With urgent=true on one of the three §22(1) matters: where the band would go to a government meeting, the route becomes district-government-leader:sign then <that meeting>:hear-report; where it goes to the party standing committee, the normal route is returned with a note that the urgent path is not determinable; where an individual decides, nothing changes.',
    rationale:
      '"相关会议" is read as the meeting the band would have used; a government-side signature cannot replace a party-committee decision and the text does not say so, so the engine does not decide it.',
  },
  {
    id: 'I-A-13',
    ambiguities: ['A-13'],
    ruleIds: ['KZ-22-6-2-b2'],
    reading:
      'Financing of 5000万 and more: decidedBy is the executive meeting with the action hear-report, never approve.',
    rationale: 'The text says only 听取汇报; it names no approving authority and no party-committee band.',
  },
  {
    id: 'I-A-15',
    ambiguities: ['A-14', 'A-15'],
    ruleIds: ['KZ-22-6-2-b1', 'KZ-22-6-2-b2', 'R-MNY-5'],
    reading:
      'A mutual guarantee between SOEs is routed under soe-financing (mutualGuarantee=true adds the guaranteed entity\'s submission step), as the parenthesis "融资类（含国企互保）" says.',
    rationale:
      'The literal reading of the heading; (6)1 would route the same guarantee differently, so the requester chooses the category and the engine says which clause applied.',
  },
  {
    id: 'I-A-16',
    ambiguities: ['A-16'],
    ruleIds: ['KZ-22-1-3-b1', 'KZ-22-2-b1'],
    reading:
      'The requester chooses special-fund-allocation or district-fiscal-funds; the engine never infers the category from the amount.',
    rationale:
      "A special-fund allocation plan is also a 财政性资金安排 and the tables differ; the more specific (1)3 fits allocation plans, but the choice is the requester's to record.",
  },
  {
    id: 'I-A-18',
    ambiguities: ['A-18'],
    ruleIds: ['KZ-22-1-1-b4', 'KZ-22-2-b4', 'KZ-22-4-b6'],
    reading:
      'Party-committee bands return the single step district-party-standing-committee:approve; no government-side pre-step is assumed.',
    rationale: "KZ §21 defers to the party committee's own rules, which are not in the seeds.",
  },
  {
    id: 'I-A-19',
    ambiguities: ['A-19'],
    ruleIds: ['R-MNY-2'],
    reading:
      'formalExternalAgreement=true appends executive-meeting:study to the route (unless the route already ends at the executive meeting) and keeps decidedBy from the table, with a note.',
    rationale:
      'The text says the meeting studies (研究) every formal agreement, not that it decides the underlying matter.',
  },
  {
    id: 'I-COLLECTIVE',
    ambiguities: ['A-27'],
    ruleIds: [
      'KZ-R-DEC-1',
      'SPB-R-DEC-1',
      'R-DEC-3',
      'R-DEC-4',
      'R-DEC-5',
      'KZ-R-ND-meeting',
      'KZ-R-MD-steps',
    ],
    reading:
      '"全体会议或常务会议讨论决定" is answered with decidedBy = district-government and the step district-government:decide via [plenary-meeting, executive-meeting]; which of the two meetings is not chosen by the engine. Whether a matter is "major" is the requester\'s flag.',
    rationale: 'The text leaves the choice of meeting open; picking one would be a guess.',
  },
  {
    id: 'I-A-30',
    ambiguities: ['A-30'],
    ruleIds: ['SPB-39-11'],
    reading:
      'A government-rule matter in Shapingba is routed as executive-meeting:study of a draft, never as the district making a rule.',
    rationale:
      'Under the Legislation Law a district has no power to make government rules; art.39(11) can only mean deliberating drafts.',
  },
];

import type { Interpretation } from '../model/rule';

export const AB_ROLES_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-38',
    ambiguities: ['A-38'],
    ruleIds: ['R-AB-2', 'R-AB-5'],
    reading:
      'SPB: any absence reason triggers the AB role (the list ends in 等); both members away is a warning that needs a recorded override reason, not a ban.',
    rationale: '"等" makes the list open; "一般不同时不在岗" is a default rule (rules-spec §0.2).',
  },
  {
    id: 'I-A-39',
    ambiguities: ['A-39'],
    ruleIds: ['KZ-R-AB-3'],
    reading:
      'KZ: only 出差（出访） (business-trip, official-visit) triggers the AB counterpart; any other absence is answered RULEBOOK_SILENT. KZ has no fallback when both are away.',
    rationale:
      'KZ 六 names only trips and says nothing of vacation, leave or both being away; SPB art.10 must not be carried across.',
  },
  {
    id: 'I-AB-UNRESOLVED',
    ambiguities: ['A-38'],
    ruleIds: ['R-AB-8'],
    reading:
      'When neither the counterpart nor a district-head designation covers the date, the answer is "unresolved — district head to designate"; the engine never picks a leader itself.',
    rationale: 'Art.10(4) gives the choice to the district head.',
  },
  {
    id: 'I-A-37',
    ambiguities: ['A-37'],
    ruleIds: ['R-LV-1-SPB'],
    reading:
      'When the district head himself goes away, the chain starts at the party secretary’s approval; the principal leader’s consent is not required of anyone, and a note says the text is silent.',
    rationale:
      'Art.52 names the principal leader (the district head) as the one who consents; for his own leave it names no one.',
  },
  {
    id: 'I-A-26',
    ambiguities: ['A-26'],
    ruleIds: ['KZ-R-AB-scope', 'KZ-R-AB-3'],
    reading: 'In Kaizhou a party-group member who is not a deputy head is treated as a deputy for AB roles.',
    rationale: 'KZ 四: "副区长（含区政府党组成员，下同）".',
  },
];

import type { Interpretation } from '../model/rule';

export const MEETINGS_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-24',
    ambiguities: ['A-24'],
    ruleIds: ['KZ-MTG-types'],
    reading:
      'For Kaizhou, members, frequency, attendees, agenda rules and attendance are answered as silent (silentOn / RULEBOOK_SILENT pointing at 三十九); only what 七, 十八, 二十一, 二十二 and 四十三 say is answered.',
    rationale:
      'KZ 三十九 defers each meeting to its own 工作细则, which are not among the seeds; Shapingba’s art.38–43 must not be carried across.',
  },
  {
    id: 'I-A-31',
    ambiguities: ['A-31'],
    ruleIds: ['R-MTG-5', 'R-MTG-6'],
    reading:
      'A deputy head asks the convener for leave (no consent required by the text); other plenary members and attendees need the convener’s consent and may ask only when necessary.',
    rationale:
      'Art.43 words the two cases differently (“应向会议召集人请假” vs “报会议召集人同意后方可请假”); the engine keeps the difference.',
  },
];

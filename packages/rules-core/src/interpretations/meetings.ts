import type { Interpretation } from '../model/rule';

export const MEETINGS_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-24',
    ambiguities: ['A-24'],
    ruleIds: ['KZ-MTG-types'],
    reading:
      '开州区会议的组成人员、频次、列席人员、议题规则和请假，答复为规则未规定（silentOn 或 RULEBOOK_SILENT，指向三十九）；仅答复七、十八、二十一、二十二和四十三的规定。',
    rationale:
      '开州区三十九将各类会议交由各自的工作细则规定，这些细则不在本规则中；沙坪坝区第三十八至四十三条不得套用。',
    readingEn:
      'For Kaizhou, members, frequency, attendees, agenda rules and attendance are answered as silent (silentOn / RULEBOOK_SILENT pointing at 三十九); only what 七, 十八, 二十一, 二十二 and 四十三 say is answered.',
    rationaleEn:
      'KZ 三十九 defers each meeting to its own 工作细则, which are not among the seeds; Shapingba’s art.38–43 must not be carried across.',
  },
  {
    id: 'I-A-31',
    ambiguities: ['A-31'],
    ruleIds: ['R-MTG-5', 'R-MTG-6'],
    reading:
      '副区长不能出席会议的，向会议召集人请假（原文未要求经同意）；其他全体会议组成人员和列席人员非必要不得请假，确需请假的须经会议召集人同意。',
    rationale:
      '第四十三条对两种情形的表述不同（“应向会议召集人请假”与“报会议召集人同意后方可请假”），引擎保留这一区别。',
    readingEn:
      'A deputy head asks the convener for leave (no consent required by the text); other plenary members and attendees need the convener’s consent and may ask only when necessary.',
    rationaleEn:
      'Art.43 words the two cases differently (“应向会议召集人请假” vs “报会议召集人同意后方可请假”); the engine keeps the difference.',
  },
];

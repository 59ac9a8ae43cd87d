import type { Interpretation } from '../model/rule';

export const AB_ROLES_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-38',
    ambiguities: ['A-38'],
    ruleIds: ['R-AB-2', 'R-AB-5'],
    reading:
      '沙坪坝区：列举的不在岗原因以“等”结尾，为开放列举，任何原因不能正常履职均启动AB角；双方同时不在岗是须记录理由的提示，不是禁止。',
    rationale: '“等”使列举开放；“一般不同时不在岗”为一般性规定，不是绝对禁止。',
    readingEn:
      'SPB: any absence reason triggers the AB role (the list ends in 等); both members away is a warning that needs a recorded override reason, not a ban.',
    rationaleEn: '"等" makes the list open; "一般不同时不在岗" is a default rule (rules-spec §0.2).',
  },
  {
    id: 'I-A-39',
    ambiguities: ['A-39'],
    ruleIds: ['KZ-R-AB-3'],
    reading:
      '开州区：仅出差（出访）启动AB角代管；其他不在岗情形答复为规则未规定。开州区规则对双方同时外出未设后备安排。',
    rationale: '开州区六只规定出差（出访），未涉及休假、请假或双方同时外出；沙坪坝区第十条不得套用。',
    readingEn:
      'KZ: only 出差（出访） (business-trip, official-visit) triggers the AB counterpart; any other absence is answered RULEBOOK_SILENT. KZ has no fallback when both are away.',
    rationaleEn:
      'KZ 六 names only trips and says nothing of vacation, leave or both being away; SPB art.10 must not be carried across.',
  },
  {
    id: 'I-AB-UNRESOLVED',
    ambiguities: ['A-38'],
    ruleIds: ['R-AB-8'],
    reading: 'AB角对应副区长和区长指定均不能覆盖该日的，答复为未解决、报区长决定；引擎从不自行指定领导。',
    rationale: '第十条第（四）项将人选交由区长决定。',
    readingEn:
      'When neither the counterpart nor a district-head designation covers the date, the answer is "unresolved — district head to designate"; the engine never picks a leader itself.',
    rationaleEn: 'Art.10(4) gives the choice to the district head.',
  },
  {
    id: 'I-A-37',
    ambiguities: ['A-37'],
    ruleIds: ['R-LV-1-SPB'],
    reading:
      '区长本人外出时，审批链从区委书记审批开始；“班子主要领导同意”一步不要求任何人作出，并注明原文未作规定。',
    rationale: '第五十二条规定由班子主要领导（区长）同意；区长本人外出时，原文未规定由谁同意。',
    readingEn:
      'When the district head himself goes away, the chain starts at the party secretary’s approval; the principal leader’s consent is not required of anyone, and a note says the text is silent.',
    rationaleEn:
      'Art.52 names the principal leader (the district head) as the one who consents; for his own leave it names no one.',
  },
  {
    id: 'I-A-26',
    ambiguities: ['A-26'],
    ruleIds: ['KZ-R-AB-scope', 'KZ-R-AB-3'],
    reading: '开州区不担任副区长的区政府党组成员，在AB角方面视同副区长。',
    rationale: '开州区四的括注规定，副区长含区政府党组成员。',
    readingEn:
      'In Kaizhou a party-group member who is not a deputy head is treated as a deputy for AB roles.',
    rationaleEn: 'KZ 四: "副区长（含区政府党组成员，下同）".',
  },
  {
    id: 'I-AB-INABILITY',
    ambiguities: ['A-38'],
    ruleIds: ['R-AB-2', 'R-AB-5', 'KZ-R-AB-3'],
    reading:
      '沙坪坝区：副职领导在岗但因回避、利益冲突等原因不能处理某项工作的，属于“等原因不能正常履职”，由AB角对应的领导代为处理；但这不是不在岗，不计入双方同时不在岗的提示。开州区：六只规定出差（出访），在岗而不能履职的情形答复为规则未规定。',
    rationale:
      '第十条第（一）项列举的原因以“等”结尾，着眼于能否正常履职；第十条第（二）项的“不同时不在岗”只涉及是否在岗。开州区六不能套用沙坪坝区规定。',
    readingEn:
      'Shapingba: a deputy who is at work but cannot act (recusal, a conflict of interest) is covered by the open list of art.10(1), so the AB counterpart acts; it is not an absence and does not count towards "both away". Kaizhou: only trips are named; other inability is RULEBOOK_SILENT.',
    rationaleEn:
      'Art.10(1) turns on being unable to perform duties and its list is open; art.10(2) is about being away. KZ 六 must not borrow SPB art.10.',
  },
];

import type { Interpretation } from '../model/rule';

export const MAJOR_DECISIONS_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-51-MD',
    ambiguities: ['A-51'],
    ruleIds: ['SPB-MD-stability', 'KZ-MD-stability'],
    reading: '涉及重大公共利益和公众权益、容易引发社会稳定问题两项条件满足其一，即须进行社会稳定风险评估。',
    rationale:
      '两项条件以“、”连接，原文未说明须同时具备还是择一；满足其一即要求评估是稳妥的理解，且标明为解读而非原文。',
    readingEn:
      'The stability risk assessment is required when either condition holds (involvesMajorPublicInterest or proneToSocialStabilityProblems).',
    rationaleEn:
      'The conditions are joined by "、" and the text does not say cumulative or alternative; requiring it on either is the conservative reading and is labelled as a reading, not the text.',
  },
  {
    id: 'I-A-44',
    ambiguities: ['A-44'],
    ruleIds: ['SPB-MD-evaluation', 'KZ-MD-investigation'],
    reading: '沙坪坝区：只有专业性、技术性较强的事项须进行五性评估论证；开州区：提请的每一重大事项均须进行。',
    rationale: '两部规则表述不同，各区适用各自规定。',
    readingEn:
      'SPB: the five-fold evaluation is required only for specialised or technical matters; KZ: for every major matter submitted.',
    rationaleEn: 'The two texts differ and each district keeps its own.',
  },
  {
    id: 'I-MD-ORDER',
    ambiguities: ['A-27'],
    ruleIds: ['SPB-MD-steps'],
    reading: '集体讨论决定为最后一步：其他必经程序尚未完成时，集体讨论决定视为过早。除此之外不设其他顺序。',
    rationale: '两部规则列举各程序时未规定顺序，但集体讨论决定须以其他程序的结果为基础。',
    readingEn:
      'Collective decision is the last step: it is reported as premature while any other required step is missing. No other order is imposed.',
    rationaleEn:
      'The seeds list the steps without an order except that the collective decision decides on what the others produced.',
  },
];

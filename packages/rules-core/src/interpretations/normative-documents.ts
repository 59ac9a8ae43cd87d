import type { Interpretation } from '../model/rule';

export const NORMATIVE_DOCUMENTS_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-28',
    ambiguities: ['A-28'],
    ruleIds: ['SPB-ND-legality'],
    reading:
      'Shapingba normative documents have no public-comment guard (art.19 ¶2 asks comment of 规章 only); Kaizhou’s is a hard guard before the meeting.',
    rationale:
      'The SPB sentence on comment is about government rules; carrying KZ 十八 across would invent a Shapingba rule.',
  },
  {
    id: 'I-R-ND-2-KZ',
    ambiguities: ['A-29'],
    ruleIds: ['R-ND-2', 'R-ND-1-KZ'],
    reading:
      'The prohibited-content checklist is Shapingba’s (art.20 ¶2, read with the clipped verb "impose" for 超越法律规定的义务). For Kaizhou the checklist is RULEBOOK_SILENT: the same effect comes from national law (行政许可法 art.17, 行政处罚法 art.16, 行政强制法 art.10), which is configuration, not KZ.',
    rationale: 'KZ 十八 requires conformity with higher law but lists no prohibited contents.',
  },
  {
    id: 'I-A-43',
    ambiguities: ['A-43', 'A-42'],
    ruleIds: ['SPB-ND-cleanup', 'SPB-ND-cleanup-outcomes'],
    reading:
      'Cleanup outcomes correction-ordered and revoked apply to department documents only; for government documents only "kept" is answered and other outcomes are RULEBOOK_SILENT. The 2-year cycle runs from the last cleanup date the caller gives (the anchor is not in the text).',
    rationale: 'Art.20 ¶3 names the outcomes for 部门规范性文件 only and gives no anchor date.',
  },
  {
    id: 'I-A-51-ND',
    ambiguities: ['A-51'],
    ruleIds: ['R-ND-4'],
    reading:
      'KZ: the requester answers affectsMarketEntitiesAndPublic; when true, both fair-competition review and stability risk assessment are required before the meeting.',
    rationale:
      '"涉及市场主体和社会公众切身利益" does not say whether both must hold; the requester decides the fact, the engine applies the consequence.',
  },
];

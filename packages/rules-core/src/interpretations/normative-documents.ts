import type { Interpretation } from '../model/rule';

export const NORMATIVE_DOCUMENTS_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-28',
    ambiguities: ['A-28'],
    ruleIds: ['SPB-ND-legality'],
    reading:
      '沙坪坝区规范性文件不设公开征求意见的前置条件（第十九条第二款只要求政府规章征求意见）；开州区在提请审议前为硬性条件。',
    rationale: '沙坪坝区有关征求意见的表述针对政府规章；套用开州区十八将凭空设定沙坪坝区的规则。',
    readingEn:
      'Shapingba normative documents have no public-comment guard (art.19 ¶2 asks comment of 规章 only); Kaizhou’s is a hard guard before the meeting.',
    rationaleEn:
      'The SPB sentence on comment is about government rules; carrying KZ 十八 across would invent a Shapingba rule.',
  },
  {
    id: 'I-R-ND-2-KZ',
    ambiguities: ['A-29'],
    ruleIds: ['R-ND-2', 'R-ND-1-KZ'],
    reading:
      '禁止事项清单来自沙坪坝区第二十条第二款（超越法律规定的义务一项按设定义务理解）。开州区对该清单答复为规则未规定：同等效果来自国家法律（行政许可法第十七条、行政处罚法第十六条、行政强制法第十条），属外部配置，不属开州区规则。',
    rationale: '开州区十八要求符合上位法，但未列举禁止事项。',
    readingEn:
      'The prohibited-content checklist is Shapingba’s (art.20 ¶2, read with the clipped verb "impose" for 超越法律规定的义务). For Kaizhou the checklist is RULEBOOK_SILENT: the same effect comes from national law (行政许可法 art.17, 行政处罚法 art.16, 行政强制法 art.10), which is configuration, not KZ.',
    rationaleEn: 'KZ 十八 requires conformity with higher law but lists no prohibited contents.',
  },
  {
    id: 'I-A-43',
    ambiguities: ['A-43', 'A-42'],
    ruleIds: ['SPB-ND-cleanup', 'SPB-ND-cleanup-outcomes'],
    reading:
      '清理结果中的责令纠正和撤销只适用于部门规范性文件；区政府规范性文件只答复继续有效，其他结果答复为规则未规定。两年周期从请求方给出的上次清理日期起算（原文未规定起算点）。',
    rationale: '第二十条第三款只对部门规范性文件规定了处理结果，也未规定起算日期。',
    readingEn:
      'Cleanup outcomes correction-ordered and revoked apply to department documents only; for government documents only "kept" is answered and other outcomes are RULEBOOK_SILENT. The 2-year cycle runs from the last cleanup date the caller gives (the anchor is not in the text).',
    rationaleEn: 'Art.20 ¶3 names the outcomes for 部门规范性文件 only and gives no anchor date.',
  },
  {
    id: 'I-A-51-ND',
    ambiguities: ['A-51'],
    ruleIds: ['R-ND-4'],
    reading:
      '开州区：是否涉及市场主体和社会公众切身利益由请求方标明；为真时，提请会议审议前须完成公平竞争审查和社会稳定风险评估。',
    rationale: '“涉及市场主体和社会公众切身利益”未说明两者是否须同时具备；由请求方认定事实，引擎适用后果。',
    readingEn:
      'KZ: the requester answers affectsMarketEntitiesAndPublic; when true, both fair-competition review and stability risk assessment are required before the meeting.',
    rationaleEn:
      '"涉及市场主体和社会公众切身利益" does not say whether both must hold; the requester decides the fact, the engine applies the consequence.',
  },
  {
    id: 'I-ND-cleanup-outcomes',
    ambiguities: ['A-43'],
    ruleIds: ['SPB-ND-cleanup-outcomes'],
    reading:
      '沙坪坝区部门规范性文件的清理结果：“修改”即第二十条第三款的“责令制定部门纠正”，“废止”即“由区政府予以撤销”，两者都须区司法局审查发现与上位法抵触、超越权限、违反程序或者规定不适当的情形；继续有效无须该情形。宣布失效及区政府规范性文件的修改、废止，规则未规定，答复为规则未规定，由清理工作依外部规定办理。',
    rationale: '第二十条第三款只对有上述情形的部门规范性文件规定了纠正和撤销两种处理；其余清理结果是清理实务的用语，不在规则中。',
    readingEn:
      'Shapingba department documents: "amend" is art.20 ¶3’s order to correct, "repeal" its revocation by the district government, both only on a ground found by the justice bureau; "continue" needs none. "Declare invalid", and amending or repealing a government document, are RULEBOOK_SILENT: the cleanup decides them on an external basis.',
    rationaleEn: 'Art.20 ¶3 names correction and revocation of flawed department documents only; the other outcomes are cleanup practice, not the rulebook.',
  },
  {
    id: 'I-ND-cleanup-meeting',
    ambiguities: ['A-43'],
    ruleIds: ['SPB-19-2', 'SPB-39-7', 'KZ-R-ND-meeting', 'R-DEC-5'],
    reading:
      '清理结果（继续有效、修改、废止、失效的文件目录）是对本区规范性文件的决定，提请审议规范性文件的会议审定：沙坪坝区为区政府常务会议（第十九条第二款、第三十九条第（七）项），开州区为区政府全体会议或常务会议（十八第二段、二十一）。',
    rationale: '两规则均未就清理结果指定会议；清理结果改变规范性文件的效力，按规范性文件的审议会议办理，不另设规则。',
    readingEn:
      'A cleanup’s result list decides on the district’s normative documents, so it goes to the meeting that deliberates normative documents: the executive meeting in Shapingba (art.19 ¶2, 39(7)); the plenary or executive meeting in Kaizhou (十八第二段, 二十一).',
    rationaleEn: 'Neither rulebook names a meeting for cleanup results; the results change documents’ force, so the documents’ own meeting hears them.',
  },
];

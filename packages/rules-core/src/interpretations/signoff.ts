import type { Interpretation } from '../model/rule';

export const SIGNOFF_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-32',
    ambiguities: ['A-32'],
    ruleIds: ['SPB-S8', 'SPB-S6'],
    reading:
      '沙坪坝区“涉及资金的要经过常务副区长签发”适用于涉及两位以上副区长分管工作的区政府公文：由常务副区长签发。仅涉及一位副区长分管工作且涉及资金的公文，仍由分管副区长签发，并附说明。',
    rationale:
      '该分句位于第四十八条第（二）项中涉及两位以上副区长的句子之末；扩及一位副区长的公文，将增加原句未规定的签发人。',
    readingEn:
      'SPB "涉及资金的要经过常务副区长签发" applies to government documents touching two or more portfolios: the executive deputy head signs. A single-portfolio document with funds is still signed by the deputy in charge, with a note.',
    rationaleEn:
      'The clause closes the multi-deputy sentence of art.48(2); extending it to single-deputy documents would add a signer the sentence does not name. Configurable later as spbFundsRuleScope.',
  },
  {
    id: 'I-A-34',
    ambiguities: ['A-34'],
    ruleIds: ['SPB-S9'],
    reading: '沙坪坝区办公室商洽、回复类公文涉及重要内容的：分管副区长审核，签发人仍为区政府办公室主任。',
    rationale: '“报分管副区长审核后印发”规定的是审核而非签发；开州区四十三（四）则允许由分管副区长签发。',
    readingEn:
      'SPB office liaison/reply documents with important content: the deputy in charge reviews (审核) and the office director remains the signer.',
    rationaleEn:
      '"报分管副区长审核后印发" names a review, not a signature; KZ 四十三（四） by contrast lets the deputy sign (核报…签发).',
  },
  {
    id: 'I-A-35',
    ambiguities: ['A-35', 'A-41'],
    ruleIds: ['SPB-S5', 'SPB-S9', 'KZ-S3', 'KZ-S9'],
    reading:
      '重要事项、重要内容、“决策权限以外”由请求方标明（important、beyondDecisionAuthority、personnelDeployment）；引擎记录这些标志，不自行推断。',
    rationale:
      '两部规则均未界定这些用语；“决策权限以外”通常对照该事项在二十二中的金额分档判断，请求方可通过 route 命令获得。',
    readingEn:
      '"重要事项 / 重要内容 / 决策权限以外" are the requester’s flags (important, beyondDecisionAuthority, personnelDeployment); the engine records them and never infers them.',
    rationaleEn:
      'Neither rulebook defines them; "决策权限以外" is naturally read against the 二十二 band of the matter, which the requester can obtain from `route`.',
  },
  {
    id: 'I-A-33',
    ambiguities: ['A-33'],
    ruleIds: ['KZ-S1', 'KZ-S6', 'KZ-S2'],
    reading:
      '开州区区政府办公室涉及财政、税收、机构、编制、人事等重大事项的公文，按条文顺序先适用四十三（一）（区长签发），后适用四十三（四）；由请求方选择公文类别。以区政府办公室名义出台规范性文件的签发人，四十三未作规定，答复为规则未规定。',
    rationale:
      '两款存在交叉，按条文顺序适用在先者，并说明适用的条款；四十三（二）仅规定区政府出台的规范性文件。',
    readingEn:
      'KZ office documents on major fiscal/staffing matters match 四十三（一） (district head) before 四十三（四）, by text order; the requester chooses the kind office-major-matter-document or office-policy-document. Who signs a normative document issued in the name of the government office is not said by 四十三: RULEBOOK_SILENT.',
    rationaleEn:
      'The two clauses overlap; the decision list applies the first in text order and says which rule applied. 四十三（二） covers only normative documents the district government issues.',
  },
  {
    id: 'I-A-40',
    ambiguities: ['A-40'],
    ruleIds: ['KZ-S3'],
    reading: '开州区专题会议纪要不论由谁主持，均由分管副区长签发。',
    rationale: '开州区规则未规定专题会议由谁主持，签发人只规定了分管副区长。',
    readingEn: 'KZ topic-meeting minutes are signed by the deputy in charge whoever chaired the meeting.',
    rationaleEn: 'KZ does not say who chairs topic meetings and names only the deputy in charge as signer.',
  },
];

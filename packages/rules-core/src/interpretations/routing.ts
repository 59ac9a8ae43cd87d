import type { Interpretation } from '../model/rule';

// Readings of KZ §22 and of the collective-decision clauses where the text is ambiguous or silent (rules-spec §4.4).
export const ROUTING_INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'I-A-1',
    ambiguities: ['A-1'],
    ruleIds: ['KZ-22-1-1-b2', 'KZ-22-2-b2', 'KZ-22-4-b2', 'KZ-22-6-1-b3'],
    reading: '分档表述“万元（含）—”中未标注的上限不含在本档内：各档为左闭右开区间，下限含、上限不含。',
    rationale: '各表中下一档均以“万元（含）”或“万元及以上”起始，明确包含Y；若本档也包含Y，两档将重叠。',
    readingEn: 'The unmarked upper bound Y of "X万元（含）—Y万元" is excluded: bands are [X, Y).',
    rationaleEn:
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
      '金额按请求方给出的数额判断；引擎不选择计量口径（项目总额或配套部分、原值或重置价值、累计变更的净额或总额）。',
    rationale: '原文未规定适用哪种口径，由引擎选择等于替区里新定规则；请求方应记录其所用口径。',
    readingEn:
      'The amount is taken as the requester gives it; the engine never chooses the basis of measurement (project total or matching share, original or replacement value, net or gross cumulative change).',
    rationaleEn:
      'The text does not say which basis applies; choosing one would be a rule the district did not write. Callers record the basis they used.',
  },
  {
    id: 'I-A-12',
    ambiguities: ['A-12'],
    ruleIds: ['R-MNY-4'],
    reading:
      '二十二（一）三类事项遇特别紧急情况：该档本应提请政府方面会议的，改为先由区政府领导同志审签，再提请该会议听取汇报；该档须经区政府专题会议审定的，仍须报区长和常务副区长同意；该档由区委常委会会议审定的，按常规路径办理并注明紧急程序无法确定；由个人审定的，路径不变。',
    rationale:
      '“相关会议”理解为该档本应提请的会议；紧急程序只改变先后顺序，不免除二十二第一段对专题会议审定事项须报区长和常务副区长同意的要求；政府方面的审签不能替代区委常委会的审定，原文也未作此规定，引擎不作推断。',
    readingEn:
      'With urgent=true on one of the three §22(1) matters: where the band would go to a government meeting, the route becomes district-government-leader:sign then <that meeting>:hear-report, and a topic-meeting band keeps the consents of the district head and the executive deputy head; where it goes to the party standing committee, the normal route is returned with a note that the urgent path is not determinable; where an individual decides, nothing changes.',
    rationaleEn:
      '"相关会议" is read as the meeting the band would have used. The urgent path changes the order, not the consents §22 ¶1 requires of topic-meeting approvals. A government-side signature cannot replace a party-committee decision and the text does not say so, so the engine does not decide it.',
  },
  {
    id: 'I-A-13',
    ambiguities: ['A-13'],
    ruleIds: ['KZ-22-6-2-b2'],
    reading:
      '5000万元及以上的融资：由区政府常务会议听取汇报，决定主体记为常务会议、动作记为听取汇报，绝不记为审定。',
    rationale: '原文仅写“听取汇报”，未规定审定主体，也未设区委常委会档次。',
    readingEn:
      'Financing of 5000万 and more: decidedBy is the executive meeting with the action hear-report, never approve.',
    rationaleEn: 'The text says only 听取汇报; it names no approving authority and no party-committee band.',
  },
  {
    id: 'I-A-15',
    ambiguities: ['A-14', 'A-15'],
    ruleIds: ['KZ-22-6-2-b1', 'KZ-22-6-2-b2', 'R-MNY-5'],
    reading:
      '国有企业之间互保按融资类（soe-financing）路由；mutualGuarantee=true 时增加被担保单位提请的步骤，依据标题中的括注。',
    rationale: '按标题字面理解；二十二（六）1 对同一担保的路由不同，故由请求方选择类别，引擎说明适用的条款。',
    readingEn:
      'A mutual guarantee between SOEs is routed under soe-financing (mutualGuarantee=true adds the guaranteed entity\'s submission step), as the parenthesis "融资类（含国企互保）" says.',
    rationaleEn:
      'The literal reading of the heading; (6)1 would route the same guarantee differently, so the requester chooses the category and the engine says which clause applied.',
  },
  {
    id: 'I-A-16',
    ambiguities: ['A-16'],
    ruleIds: ['KZ-22-1-3-b1', 'KZ-22-2-b1'],
    reading:
      '由请求方选择专项资金分配（special-fund-allocation）或区级财政性资金（district-fiscal-funds）类别；引擎不根据金额推断类别。',
    rationale:
      '专项资金分配方案同时属于财政性资金安排，而两表分档不同；（一）3 更具体，但类别的选择应由请求方记录。',
    readingEn:
      'The requester chooses special-fund-allocation or district-fiscal-funds; the engine never infers the category from the amount.',
    rationaleEn:
      "A special-fund allocation plan is also a 财政性资金安排 and the tables differ; the more specific (1)3 fits allocation plans, but the choice is the requester's to record.",
  },
  {
    id: 'I-A-18',
    ambiguities: ['A-18'],
    ruleIds: ['KZ-22-1-1-b4', 'KZ-22-2-b4', 'KZ-22-4-b6'],
    reading: '区委常委会会议审定的档次，只返回区委常委会会议审定一个步骤，不假定政府方面的前置步骤。',
    rationale: '二十一将此类事项交由区委的规定办理，该规定不在本规则中。',
    readingEn:
      'Party-committee bands return the single step district-party-standing-committee:approve; no government-side pre-step is assumed.',
    rationaleEn: "KZ §21 defers to the party committee's own rules, which are not in the seeds.",
  },
  {
    id: 'I-A-19',
    ambiguities: ['A-19'],
    ruleIds: ['R-MNY-2'],
    reading:
      '对外签订正式协议时，在路径中增加区政府常务会议研究的步骤：路径中有区委常委会会议审定的，研究置于其前；否则置于路径之末（路径已以常务会议结束的不重复）。决定主体仍按分表确定，并附说明。',
    rationale:
      '原文规定常务会议对正式协议“研究”，未规定由其决定协议所涉事项；区政府的研究意见应在区委常委会审定之前形成，才有意义。',
    readingEn:
      'formalExternalAgreement=true adds executive-meeting:study to the route: before the party standing committee where the route goes there, otherwise at the end (unless the route already ends at the executive meeting). decidedBy stays as the table says, with a note.',
    rationaleEn:
      'The text says the meeting studies (研究) every formal agreement, not that it decides the underlying matter; a government study is of use to the party committee only before it decides.',
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
      '“区政府全体会议或区政府常务会议讨论决定”的事项，答复为由区政府集体讨论决定，途径为全体会议或常务会议，引擎不在两者中择一；事项是否属重大事项由请求方标明。',
    rationale: '原文未限定由哪一会议决定，择一即为推测。',
    readingEn:
      '"全体会议或常务会议讨论决定" is answered with decidedBy = district-government and the step district-government:decide via [plenary-meeting, executive-meeting]; which of the two meetings is not chosen by the engine. Whether a matter is "major" is the requester\'s flag.',
    rationaleEn: 'The text leaves the choice of meeting open; picking one would be a guess.',
  },
  {
    id: 'I-A-30',
    ambiguities: ['A-30'],
    ruleIds: ['SPB-39-11'],
    reading: '沙坪坝区的政府规章事项，路由为区政府常务会议对草案的研究审议，绝不视为区里制定规章。',
    rationale: '依照立法法，区级人民政府无权制定政府规章；第三十九条第（十一）项只能理解为审议草案。',
    readingEn:
      'A government-rule matter in Shapingba is routed as executive-meeting:study of a draft, never as the district making a rule.',
    rationaleEn:
      'Under the Legislation Law a district has no power to make government rules; art.39(11) can only mean deliberating drafts.',
  },
];

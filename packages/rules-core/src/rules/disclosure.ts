// Disclosure (政务公开) and policy interpretation: SPB art.26–28, 32, 53–54; KZ 二十五–二十八, 三十三, 四十八–四十九
// (rules-spec §10). What must be disclosed, what may be withheld, the review before release, who interprets a policy.
import type { Rule } from '../model/rule';

const KZ = {
  district: 'kaizhou',
  instrumentId: 'kz-2021-7',
  validFrom: '2021-04-01',
  spec: 'rules-spec §10',
} as const;
const SPB = {
  district: 'shapingba',
  instrumentId: 'spb-2022-3',
  validFrom: '2022-01-25',
  spec: 'rules-spec §10',
} as const;

export const DISCLOSURE_RULES: readonly Rule[] = [
  {
    ...SPB,
    id: 'SPB-DIS-1',
    location: '第二十六条',
    quote:
      '区政府及各部门要把公开透明作为政府工作的基本制度，全面推进决策、执行、管理、服务、结果全过程公开，保障公众知情权、参与权、表达权和监督权',
    summary: '公开透明是政府工作的基本制度，决策、执行、管理、服务、结果全过程公开。',
    summaryEn: 'Openness is a basic system of government work: the whole process is disclosed (R-DIS-1).',
  },
  {
    ...SPB,
    id: 'SPB-DIS-meetings-and-policies',
    location: '第二十七条',
    quote:
      '区政府全体会议和区政府常务会议讨论决定的事项、区政府及各部门制定的政策，除依法需要保密的外，应及时公开',
    summary: '全体会议和常务会议讨论决定的事项、区政府及各部门制定的政策，除依法需要保密的外，应及时公开。',
    summaryEn:
      'Plenary and executive decisions and the policies of the government and departments are disclosed promptly unless confidential by law (D1, D2, R-DIS-3).',
  },
  {
    ...SPB,
    id: 'SPB-DIS-public-interest',
    location: '第二十八条',
    quote:
      '凡涉及公共利益、公众权益、需要群众广泛知晓的事项和社会关切的事项以及法律、法规、规章和区政府规定需要公开的事项，均应通过政府网站、政府公报、新闻发布会以及报刊、广播、电视、网络、新媒体等方式，依法、及时、全面、准确、具体地向社会公开',
    summary:
      '涉及公共利益、公众权益、需要群众广泛知晓和社会关切的事项，通过政府网站、政府公报等渠道依法及时向社会公开。',
    summaryEn:
      'Matters of public interest, broad awareness or public concern are disclosed through the listed channels, the gazette included (D3, R-DIS-7, R-DIS-8).',
  },
  {
    ...SPB,
    id: 'SPB-DIS-results',
    location: '第三十二条',
    quote: '重大问题要向社会公布处理结果',
    summary: '社会监督中发现的重大问题，向社会公布处理结果。',
    summaryEn: 'The outcome of major problems raised by public or media supervision is published (D5).',
  },
  {
    ...SPB,
    id: 'SPB-DIS-prior-review',
    location: '第五十三条',
    quote:
      '区政府各部门发布涉及区政府重要工作部署、经济社会发展重要问题、与群众利益密切相关事项的信息，要经过严格审定，重大情况要及时向区政府报告',
    summary: '部门发布涉及重要工作部署、经济社会发展重要问题、与群众利益密切相关事项的信息，须经严格审定。',
    summaryEn:
      'Departmental releases on important deployments, issues or matters close to the public are strictly reviewed first (R-DIS-4).',
  },
  {
    ...SPB,
    id: 'SPB-DIS-secrets',
    location: '第五十四条',
    quote: '严禁泄露国家秘密、工作秘密或因履行职责掌握的商业秘密等',
    summary: '严禁泄露国家秘密、工作秘密或因履行职责掌握的商业秘密等。',
    summaryEn:
      'State secrets, work secrets and commercial secrets learnt in office are never disclosed (R-DIS-3).',
  },
  {
    ...KZ,
    id: 'KZ-DIS-1',
    location: '二十五',
    quote: '区政府及各部门要把公开透明作为政府工作的基本制度，坚持“公开为常态，不公开为例外”的原则',
    summary: '公开透明是政府工作的基本制度，坚持以公开为常态、不公开为例外：不公开须有依据。',
    summaryEn:
      'Disclosure is the norm and non-disclosure the exception: withholding needs a recorded ground (R-DIS-2).',
  },
  {
    ...KZ,
    id: 'KZ-DIS-meetings-and-policies',
    location: '二十六',
    quote:
      '区政府全体会议和区政府常务会议讨论决定的事项，区政府及各部门制定的政策，除依法需要保密的外，应及时公布',
    summary: '全体会议和常务会议讨论决定的事项、区政府及各部门制定的政策，除依法需要保密的外，应及时公布。',
    summaryEn:
      'Plenary and executive decisions and the policies of the government and departments are published promptly unless confidential by law (D1, D2, R-DIS-3).',
  },
  {
    ...KZ,
    id: 'KZ-DIS-public-interest',
    location: '二十七第一段',
    quote:
      '凡涉及公共利益、公众权益、需要广泛知晓的事项和社会关切的事项以及法律、法规、规章和按规定需要公开的事项，均应通过政府网站、新闻发布会以及报刊、广播、电视、网络、新媒体等方式，依法、及时、全面、准确、具体地向社会公开',
    summary:
      '涉及公共利益、公众权益、需要广泛知晓和社会关切的事项，通过政府网站、新闻发布会等渠道依法及时向社会公开。',
    summaryEn:
      'Matters of public interest, broad awareness or public concern are disclosed through the listed channels (no gazette named here) (D3, R-DIS-7).',
  },
  {
    ...KZ,
    id: 'KZ-DIS-spokesperson',
    location: '二十七第二段',
    quote: '区政府重要工作信息由区政府新闻发言人或区政府授权的专门发言人统一对外发布',
    summary: '区政府重要工作信息由新闻发言人或区政府授权的专门发言人统一对外发布。',
    summaryEn:
      'Important government work information is released only by the spokesperson or an authorised one (R-DIS-9).',
  },
  {
    ...KZ,
    id: 'KZ-DIS-interpretation',
    location: '二十八',
    quote: '按照“谁起草、谁解读”原则，由政策起草部门负责做好解读工作',
    summary: '政策解读由政策起草部门负责，谁起草、谁解读，不得转由其他单位解读。',
    summaryEn: 'The department that drafted a policy interprets it; the duty is not reassignable (R-DIS-10).',
  },
  {
    ...KZ,
    id: 'KZ-DIS-results',
    location: '三十三',
    quote: '重大问题要向社会公布处理结果',
    summary: '社会监督中发现的重大问题，向社会公布处理结果。',
    summaryEn: 'The outcome of major problems raised by public or media supervision is published (D5).',
  },
  {
    ...KZ,
    id: 'KZ-DIS-prior-review',
    location: '四十八',
    quote:
      '区政府各部门发布涉及政府重要工作部署、经济社会发展重要问题、与群众利益密切相关事项的信息，要经过严格审定，重大情况要及时向区政府报告',
    summary: '部门发布涉及重要工作部署、经济社会发展重要问题、与群众利益密切相关事项的信息，须经严格审定。',
    summaryEn:
      'Departmental releases on important deployments, issues or matters close to the public are strictly reviewed first (R-DIS-4).',
  },
  {
    ...KZ,
    id: 'KZ-DIS-secrets',
    location: '四十九',
    quote: '严禁泄露国家秘密、工作秘密或因履行职责掌握的商业秘密等',
    summary: '严禁泄露国家秘密、工作秘密或因履行职责掌握的商业秘密等。',
    summaryEn:
      'State secrets, work secrets and commercial secrets learnt in office are never disclosed (R-DIS-3).',
  },
];

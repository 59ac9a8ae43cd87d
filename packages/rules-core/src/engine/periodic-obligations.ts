// Periodic obligations as data, for the supervision calendar (rules-spec §12). Dates the seeds do not give (which
// months, which weekday) are not invented: such a period says so and is configured elsewhere (rules-spec §15 N-30).
import type { AuthorityId, DistrictId } from '../model/ids';
import { checkAsOf, inForce } from '../model/cite';
import { districtOf } from '../model/request';
import { ruleById, type RuleId } from '../rules';

export interface PeriodicObligation {
  id: string;
  district: DistrictId;
  what: { zh: string; en: string };
  period:
    | { kind: 'per-year'; count: number; atLeast?: boolean }
    | { kind: 'per-week'; count: number }
    | { kind: 'every-n-years'; n: number }
    | { kind: 'irregular' }
    | { kind: 'as-needed' }
    | { kind: 'annual-and-term' }
    | { kind: 'external'; note: string };
  who: AuthorityId;
  strength: 'hard' | 'in-principle' | 'generally';
  ruleId: RuleId;
}

export const PERIODIC_OBLIGATIONS: readonly PeriodicObligation[] = [
  {
    id: 'party-group-report',
    district: 'shapingba',
    what: {
      zh: '区政府党组向区委报告工作',
      en: 'Party group reports its work to the district party committee',
    },
    period: { kind: 'per-year', count: 2 },
    who: 'government-party-group',
    strength: 'hard',
    ruleId: 'R-DEC-6',
  },
  {
    id: 'ideology-study',
    district: 'shapingba',
    what: { zh: '研究意识形态工作', en: 'Study ideological work' },
    period: { kind: 'per-year', count: 2, atLeast: true },
    who: 'district-government',
    strength: 'hard',
    ruleId: 'SPB-P-ideology',
  },
  {
    id: 'plenary-meeting',
    district: 'shapingba',
    what: { zh: '区政府全体会议', en: 'Plenary meeting' },
    period: { kind: 'per-year', count: 1 },
    who: 'district-head',
    strength: 'generally',
    ruleId: 'SPB-MTG-plenary-frequency',
  },
  {
    id: 'executive-meeting',
    district: 'shapingba',
    what: { zh: '区政府常务会议', en: 'Executive meeting' },
    period: { kind: 'per-week', count: 1 },
    who: 'district-head',
    strength: 'in-principle',
    ruleId: 'SPB-MTG-executive-frequency',
  },
  {
    id: 'head-office-meeting',
    district: 'shapingba',
    what: { zh: '区长办公会议', en: 'Head-office meeting' },
    period: { kind: 'irregular' },
    who: 'district-head',
    strength: 'hard',
    ruleId: 'SPB-MTG-head-office-frequency',
  },
  {
    id: 'topic-meeting',
    district: 'shapingba',
    what: { zh: '区政府专题会议', en: 'Topic meeting' },
    period: { kind: 'as-needed' },
    who: 'deputy-head',
    strength: 'hard',
    ruleId: 'SPB-MTG-topic-frequency',
  },
  {
    id: 'normative-document-cleanup',
    district: 'shapingba',
    what: { zh: '规范性文件清理', en: 'Cleanup of normative documents' },
    period: { kind: 'every-n-years', n: 2 },
    who: 'department',
    strength: 'hard',
    ruleId: 'SPB-ND-cleanup',
  },
  {
    id: 'normative-document-catalogue',
    district: 'shapingba',
    what: {
      zh: '定期向社会公开备案规范性文件目录',
      en: 'Publish the catalogue of filed normative documents',
    },
    period: { kind: 'external', note: '“定期”：周期未规定（A-42, N-5）' },
    who: 'justice-bureau',
    strength: 'hard',
    ruleId: 'SPB-ND-filing-department',
  },
  {
    id: 'normative-document-evaluation',
    district: 'shapingba',
    what: {
      zh: '区政府规范性文件实施后评估',
      en: 'Post-implementation evaluation of government normative documents',
    },
    period: { kind: 'external', note: '时点未规定（N-10）' },
    who: 'drafting-department',
    strength: 'hard',
    ruleId: 'SPB-ND-evaluation',
  },
  {
    id: 'department-assessment',
    district: 'shapingba',
    what: {
      zh: '部门年度工作目标管理绩效考核、镇街年度经济社会发展实绩考核',
      en: 'Yearly assessments of departments and townships',
    },
    period: { kind: 'per-year', count: 1 },
    who: 'supervision-office',
    strength: 'hard',
    ruleId: 'R-SUP-8-SPB',
  },
  {
    id: 'department-assessment',
    district: 'kaizhou',
    what: {
      zh: '部门年度工作目标管理绩效考核、镇乡（街道）年度经济社会发展实绩考核',
      en: 'Yearly assessments of departments and townships',
    },
    period: { kind: 'per-year', count: 1 },
    who: 'district-government',
    strength: 'hard',
    ruleId: 'R-SUP-8-KZ',
  },
  {
    id: 'work-report-tasks',
    district: 'shapingba',
    what: { zh: '《政府工作报告》年度和届内目标任务', en: 'Government work report: annual and term targets' },
    period: { kind: 'annual-and-term' },
    who: 'department',
    strength: 'hard',
    ruleId: 'R-SUP-1-SPB',
  },
  {
    id: 'work-report-tasks',
    district: 'kaizhou',
    what: { zh: '《政府工作报告》年度和届内目标任务', en: 'Government work report: annual and term targets' },
    period: { kind: 'annual-and-term' },
    who: 'department',
    strength: 'hard',
    ruleId: 'R-SUP-1-KZ',
  },
];

/** The district's periodic obligations whose rule is in force on `asOf` (all current ones without it). */
export function periodicObligationsOf(district: DistrictId, asOf?: string): PeriodicObligation[] {
  const d = districtOf(district);
  checkAsOf(asOf);
  return PERIODIC_OBLIGATIONS.filter((o) => o.district === d && inForce(ruleById(o.ruleId), asOf));
}

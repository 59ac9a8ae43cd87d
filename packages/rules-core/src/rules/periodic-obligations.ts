// Periodic obligations (rules-spec §12): the rules whose period feeds the supervision calendar.
import type { Rule } from '../model/rule';

const KZ = {
  district: 'kaizhou',
  instrumentId: 'kz-2021-7',
  validFrom: '2021-04-01',
  spec: 'rules-spec §12',
} as const;
const SPB = {
  district: 'shapingba',
  instrumentId: 'spb-2022-3',
  validFrom: '2022-01-25',
  spec: 'rules-spec §12',
} as const;

export const PERIODIC_OBLIGATIONS_RULES: readonly Rule[] = [
  {
    ...SPB,
    id: 'R-DEC-6',
    location: '第四条第（二）项',
    quote: '区政府党组每年主动向区委报告两次工作',
    summary: '区政府党组每年两次向区委报告工作。',
    summaryEn: 'The party group reports to the district party committee twice a year.',
  },
  {
    ...SPB,
    id: 'SPB-P-ideology',
    location: '第四条第（三）项',
    quote: '坚持每年研究意识形态工作不少于两次',
    summary: '每年至少两次专题研究意识形态工作。',
    summaryEn: 'Ideological work is studied at least twice a year.',
  },
  {
    ...SPB,
    id: 'R-SUP-8-SPB',
    location: '第三十六条',
    quote:
      '区政府对区政府各部门（单位）实行年度工作目标管理绩效考核，对各镇街实行年度经济社会发展实绩考核，具体由区政府督查办负责统筹协调',
    summary: '每年对各部门、各镇街开展考核，由区政府督查办统筹。',
    summaryEn: 'Yearly assessments of departments and townships, coordinated by the supervision office.',
  },
  {
    ...KZ,
    id: 'R-SUP-8-KZ',
    location: '三十八',
    quote: '区政府对区政府各部门实行年度工作目标管理绩效考核，对各镇乡（街道）实行年度经济社会发展实绩考核',
    summary: '每年对各部门、各镇街开展考核。',
    summaryEn: 'Yearly assessments of departments and townships.',
  },
  {
    ...SPB,
    id: 'R-SUP-1-SPB',
    location: '第三十四条',
    quote: '确保全面完成区政府年度和届内工作目标任务',
    summary: '政府工作报告确定的年度目标和任期目标任务。',
    summaryEn: 'Government work report tasks: annual and term targets.',
  },
  {
    ...KZ,
    id: 'R-SUP-1-KZ',
    location: '三十六',
    quote: '确保实现区政府年度和届内工作目标任务',
    summary: '政府工作报告确定的年度目标和任期目标任务。',
    summaryEn: 'Government work report tasks: annual and term targets.',
  },
];

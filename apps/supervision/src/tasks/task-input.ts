// The fields of a tracked item, as the API and the Excel import take them.
import { isoDate, rowId, text } from '@zhengling/core';
import { MATTERS, MD_STEPS } from '@zhengling/rules-core';
import { z } from 'zod';

export const INSTRUCTION_SOURCES = [
  'central',
  'state-leader',
  'municipal-party-committee',
  'municipal-government',
  'district-party-committee',
  'district-government',
] as const;
/** R-SUP-5 source ids as people say them. */
export const SOURCE_LABEL: Record<(typeof INSTRUCTION_SOURCES)[number], string> = {
  central: '党中央、国务院',
  'state-leader': '党和国家领导人',
  'municipal-party-committee': '市委领导',
  'municipal-government': '市政府领导',
  'district-party-committee': '区委领导',
  'district-government': '区政府领导',
};

/** What the office knows of an item before a meeting hears it (meetings/check-agenda.ts). */
export const AgendaInput = z.object({
  matter: z.enum(MATTERS).optional(),
  amountYuan: z.string().regex(/^\d{1,15}(\.\d{1,2})?$/, '金额格式不正确（元，最多两位小数）').optional(),
  signedOpinionDepartmentIds: z.array(rowId).max(30).default([]),
  reviewedByLeader: z.boolean().default(false),
  fixedByHead: z.boolean().default(false),
  consensus: z.boolean().default(true),
  disagreementsStated: z.boolean().default(false),
  preferredOption: text(500).optional(),
  majorDecision: z
    .object({
      facts: z.object({
        specialisedOrTechnical: z.boolean().optional(),
        involvesOtherDepartments: z.boolean().optional(),
        involvesTownships: z.boolean().optional(),
        involvesMajorPublicInterest: z.boolean().optional(),
        proneToSocialStabilityProblems: z.boolean().optional(),
        urgent: z.boolean().optional(),
      }),
      done: z.array(z.enum(MD_STEPS)).max(20).default([]),
    })
    .optional(),
});

export const MilestoneInput = z.object({ title: text(200).min(1), dueDate: isoDate });

export const TaskFields = z.object({
  number: z.string().trim().min(1).max(30).optional(),
  title: text(300).min(1),
  measures: text(4000).optional(),
  leadDepartmentId: rowId,
  coDepartmentIds: z.array(rowId).max(30).default([]),
  startDate: isoDate,
  dueDate: isoDate,
  reportCycle: z.enum(['monthly', 'quarterly', 'none']).default('monthly'),
  milestones: z.array(MilestoneInput).max(24).default([]),
});

export const NewTaskInput = z.discriminatedUnion('kind', [
  TaskFields.extend({
    kind: z.literal('work_report'),
    workReportId: rowId,
    parentId: rowId.optional(),
    number: z.string().trim().min(1).max(30),
  }),
  TaskFields.extend({
    kind: z.literal('instruction'),
    /** the feedback date; without one, the configured default (settings: instruction.defaultWorkingDays) */
    dueDate: isoDate.optional(),
    source: z.enum(INSTRUCTION_SOURCES),
    instructedBy: text(100).min(1),
    instructionText: text(4000).min(1),
  }),
  TaskFields.extend({
    kind: z.literal('meeting_decision'),
    meetingName: text(100).min(1),
    meetingKind: z.enum(['plenary-meeting', 'executive-meeting', 'head-office-meeting', 'topic-meeting']),
    meetingDate: isoDate,
    agendaItem: text(200).min(1),
    /** the agenda facts: the check is run again on the server and stored with the item */
    agenda: AgendaInput.optional(),
  }),
]);
/** An action promised in the answer to a suggestion or proposal: created by the answer's sign-off, never by hand. */
export type CommitmentTask = z.infer<typeof TaskFields> & { kind: 'suggestion_commitment'; suggestionId: string; number: string };
export type NewTask = z.infer<typeof NewTaskInput> | CommitmentTask;

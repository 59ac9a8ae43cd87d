// What the rulebooks do not fix — thresholds of 序时进度, the report day, notice numbering, the acknowledgement time —
// is configuration: a default with its source, overridable by the supervision office, and shown on the page with
// where it comes from (shared/DOMAIN.md, "Supervision (督查) practice"; rules-spec §15 N-23, N-24).
import { resolveSettings } from '@zhengling/core';
import type { DbOrTx } from '@zhengling/db';
import { z } from 'zod';

const PRACTICE = 'shared/DOMAIN.md「督查实务」：地方通行做法，非规则文本规定，可配置';


/** The clocks of deputies' suggestions and CPPCC proposals, in the order a setting shows them. */
export const SUGGESTION_CLOCK_PARTS = {
  returnWorkingDays: '退回交办时限（交办之日起，工作日）',
  contactWorkingDays: '联系代表委员时限（工作日）',
  coOpinionWorkingDays: '协办意见送主办单位时限（工作日）',
  answerMonths: '答复时限（月）',
  difficultAnswerMonths: '重大或复杂事项答复时限（月）',
  ratingWorkingDays: '代表委员反馈满意度时限（工作日）',
  rehandleMonths: '不满意重新办理答复时限（月）',
} as const;

const SuggestionClocks = z.object({
  returnWorkingDays: z.number().int().min(1).max(60),
  contactWorkingDays: z.number().int().min(1).max(120),
  coOpinionWorkingDays: z.number().int().min(1).max(120),
  answerMonths: z.number().int().min(1).max(12),
  difficultAnswerMonths: z.number().int().min(1).max(12),
  ratingWorkingDays: z.number().int().min(1).max(60),
  rehandleMonths: z.number().int().min(1).max(12),
});

/** The rulebooks fix no clock here (rules-spec R-SUP-11: SPB art.29 says only 认真办理; KZ is silent): each source
 * body's clocks are configuration, the Chongqing figures for the people's congress and common practice for the CPPCC. */
function suggestionClocks<B extends string>(body: B, label: string) {
  const npc = body.startsWith('npc');
  return {
    [`suggestion.clocks.${body}`]: {
      label: `${label}办理时限`,
      schema: SuggestionClocks,
      parts: SUGGESTION_CLOCK_PARTS,
      default: { returnWorkingDays: 10, contactWorkingDays: 20, coOpinionWorkingDays: 30, answerMonths: 3, difficultAnswerMonths: 6, ratingWorkingDays: 20, rehandleMonths: 2 },
      source: npc
        ? 'shared/DOMAIN.md「代表建议和政协提案」：《代表法》（2025）第五十一条 三个月、重大复杂六个月；《重庆市实施〈代表法〉办法》（2016）第四十七条、《重庆市人民代表大会代表建议、批评和意见工作条例》（2017）：退回10个工作日、联系20个工作日、协办意见30个工作日、满意度20个工作日、不满意重新办理两个月。规则文本未规定（沙坪坝第二十九条仅规定认真办理；开州区未规定），可配置'
        : 'shared/DOMAIN.md「代表建议和政协提案」：重庆市政协提案的时限未经确认，按通行做法与代表建议相同（三个月，至多六个月），规则文本未规定，可配置',
    },
  } as Record<`suggestion.clocks.${B}`, { label: string; schema: typeof SuggestionClocks; parts: typeof SUGGESTION_CLOCK_PARTS; default: z.infer<typeof SuggestionClocks>; source: string }>;
}

export const SETTINGS = {
  'progress.yellowPoints': {
    label: '序时进度黄灯阈值（落后百分点）',
    schema: z.number().int().min(1).max(100),
    default: 10,
    source: `${PRACTICE}（例：某市 落后10—30个百分点为黄灯）`,
  },
  'progress.redPoints': {
    label: '序时进度红灯阈值（落后百分点）',
    schema: z.number().int().min(1).max(100),
    default: 30,
    source: `${PRACTICE}（例：某市 落后30个百分点以上为红灯）`,
  },
  'progress.aheadPoints': {
    label: '超前阈值（领先百分点）',
    schema: z.number().int().min(1).max(100),
    default: 10,
    source: PRACTICE,
  },
  'report.dayOfMonth': {
    label: '进度报送日（每月几日）',
    schema: z.number().int().min(1).max(28),
    default: 25,
    source: `${PRACTICE}（例：每月25日前报送月度进度表）`,
  },
  'notice.ackWorkingDays': {
    label: '通知单签收时限（工作日）',
    schema: z.number().int().min(0).max(20),
    default: 1,
    source: PRACTICE,
  },
  'notice.numbering': {
    label: '通知单及登记编号格式（{区} {年} {号}）',
    schema: z.object({
      reminder: z.string().min(3).max(40),
      urging: z.string().min(3).max(40),
      supervision: z.string().min(3).max(40),
      instruction: z.string().min(3).max(40),
      meeting_decision: z.string().min(3).max(40),
    }),
    default: {
      reminder: '{区}督提〔{年}〕{号}号',
      urging: '{区}督催〔{年}〕{号}号',
      supervision: '{区}督〔{年}〕{号}号',
      instruction: '{区}督批〔{年}〕{号}号',
      meeting_decision: '{区}督议〔{年}〕{号}号',
    },
    source: `${PRACTICE}（如 开州督〔2026〕12号）`,
  },
  'instruction.defaultWorkingDays': {
    label: '批示、交办事项默认反馈时限（工作日）',
    schema: z.number().int().min(1).max(120),
    default: 10,
    source: 'rules-spec §15 N-23：规则文本未规定（“跟踪督办”），督查办内部规定，可配置',
  },
  'normative.filingDays': {
    label: '规范性文件报送备案时限（公布之日起，日）',
    schema: z.number().int().min(1).max(90),
    default: 30,
    source:
      'shared/DOMAIN.md「规范性文件」：两规则只要求“依法及时”“按规定及时”备案（沙坪坝第二十条第三款；开州十八第三段），天数属外部规定；常引的30日为规章备案期限（《法规规章备案条例》），重庆市规范性文件的天数未经确认，可配置',
  },
  'normative.cleanupCycleMonths': {
    label: '规范性文件清理周期（月，本区规则未规定时适用）',
    schema: z.number().int().min(6).max(60),
    default: 24,
    source:
      'rules-core：开州区规则未规定规范性文件定期清理（RULEBOOK_SILENT），周期属外部规定。沙坪坝区规则第二十条第三款为每2年，仅适用于沙坪坝区（该区按规则计算，不读此项）；默认24个月为常见做法，须按重庆市有关规定核实，可配置',
  },
  ...suggestionClocks('npc-city', '市人大代表建议'),
  ...suggestionClocks('npc-district', '区人大代表建议'),
  ...suggestionClocks('cppcc-city', '市政协委员提案'),
  ...suggestionClocks('cppcc-district', '区政协委员提案'),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

/** Every setting: the stored value where the office changed it, else the default. */
export async function loadSettings(db: DbOrTx): Promise<Settings> {
  return resolveSettings<Settings>(SETTINGS, await db.supervisionSetting.findMany());
}

/** The district's short name in notice numbers (开州, 沙坪坝). */
export const DISTRICT_SHORT = { kaizhou: '开州', shapingba: '沙坪坝' } as const;

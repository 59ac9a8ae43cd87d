// What the rulebooks do not fix — thresholds of 序时进度, the report day, notice numbering, the acknowledgement time —
// is configuration: a default with its source, overridable by the supervision office, and shown on the page with
// where it comes from (shared/DOMAIN.md, "Supervision (督查) practice"; rules-spec §15 N-23, N-24).
import { resolveSettings } from '@zhengling/core';
import type { DbOrTx } from '@zhengling/db';
import { z } from 'zod';

const PRACTICE = 'shared/DOMAIN.md「督查实务」：地方通行做法，非规则文本规定，可配置';

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

// What neither the rulebooks nor the regulation fixes — the index-number scheme, receipt numbers, the subject
// categories, who signs a department's own document, the interpretation duty where the rulebook is silent — is
// configuration: a default with its source, overridable by the disclosure office, shown with where it comes from.
import { resolveSettings } from '@zhengling/core';
import type { DbOrTx } from '@zhengling/db';
import { type DistrictId, instrumentOf } from '@zhengling/rules-core';
import { z } from 'zod';

const PORTAL = 'shared/DOMAIN.md「门户惯例」：索引号编制规则各地自定（如 机构代码/年份-流水号），可配置';

export const SETTINGS = {
  'index.pattern': {
    label: '索引号格式（{机构代码} {年} {号}，号可写 {号:5} 补零到5位）',
    schema: z.string().min(5).max(60).refine((s) => s.includes('{号'), '须包含 {号}'),
    default: '{机构代码}/{年}-{号:5}',
    source: PORTAL,
  },
  'index.organisationCode': {
    label: '机构代码（本机关统一社会信用代码）',
    schema: z.string().min(2).max(30),
    default: '11500234DEMO00000X',
    source: `${PORTAL}；演示值，请改为本机关的统一社会信用代码`,
  },
  'application.receiptPattern': {
    label: '依申请公开受理编号格式（{区} {年} {号}）',
    schema: z.string().min(5).max(40).refine((s) => s.includes('{号'), '须包含 {号}'),
    default: '{区}政公申〔{年}〕{号}号',
    source: '地方通行做法（受理回执编号），可配置',
  },
  categories: {
    label: '主题分类',
    schema: z.array(z.string().min(1).max(20)).min(1).max(60),
    default: [
      '综合政务',
      '国民经济管理、国有资产监管',
      '财政、金融、审计',
      '国土资源、能源',
      '农业、林业、水利',
      '工业、交通',
      '商贸、海关、旅游',
      '市场监管、安全生产监管',
      '城乡建设、环境保护',
      '科技、教育',
      '文化、广电、新闻出版',
      '卫生、体育',
      '人口与计划生育、妇女儿童工作',
      '劳动、人事、监察',
      '公安、安全、司法',
      '民政、扶贫、救灾',
      '政务公开',
      '其他',
    ],
    source: '中国政府网政府信息公开目录主题分类（gov.cn 通行分类），可配置',
  },
  'signoff.departmentDocument': {
    label: '部门自行发文的签发人',
    schema: z.literal('department_head'),
    default: 'department_head',
    source:
      '两部规则只规定区政府、区政府办公室公文的签发（沙坪坝第四十八条、开州四十三）；部门公文按《党政机关公文处理工作条例》“公文应当经本机关负责人审批签发”，由本单位负责人签发',
  },
  'interpretation.requiredWhereSilent': {
    label: '规则未规定政策解读时，仍按“谁起草、谁解读”要求起草单位解读',
    schema: z.boolean(),
    default: true,
    source:
      '沙坪坝区规则未规定政策解读（第十九条第二款规定的是规范性文件的解释）；全国通行做法：政策性文件与解读材料同步起草、同步审签、同步发布（国办发〔2016〕80号），可配置',
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: z.infer<(typeof SETTINGS)[K]['schema']> };

/** Every setting: the stored value where the office changed it, else the default. */
export async function loadSettings(db: DbOrTx): Promise<Settings> {
  return resolveSettings<Settings>(SETTINGS, await db.disclosureSetting.findMany());
}

/** The district's short name in receipt numbers (开州, 沙坪坝). */
export const DISTRICT_SHORT = { kaizhou: '开州', shapingba: '沙坪坝' } as const;

/** The district government's name, as an issuing body: the issuer of the district's own rulebook (rules-core). */
export const districtGovernment = (district: DistrictId): string => instrumentOf(district).issuer;

/** Fill a numbering pattern: {区} {年} {机构代码} {号} or {号:N} (zero-padded to N digits). */
export function fillPattern(pattern: string, values: { district?: string; year: number; org?: string; n: number }) {
  return pattern
    .replaceAll('{区}', values.district ?? '')
    .replaceAll('{年}', String(values.year))
    .replaceAll('{机构代码}', values.org ?? '')
    .replace(/\{号(?::(\d))?\}/g, (_m, w?: string) => String(values.n).padStart(w ? Number(w) : 1, '0'));
}

/** The next number of a counter (per key, e.g. "index:2026"), taken under a row lock inside the caller's transaction. */
export async function nextNumber(tx: DbOrTx, key: string): Promise<number> {
  const row = await tx.disclosureCounter.upsert({
    where: { key },
    create: { key, value: 1 },
    update: { value: { increment: 1 } },
  });
  return row.value;
}

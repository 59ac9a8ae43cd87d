// The canonical vocabulary of rules-spec §1. Every id in data, engine, CLI and apps comes from here.

export const DISTRICTS = ['kaizhou', 'shapingba'] as const;
export type DistrictId = (typeof DISTRICTS)[number];

/** §1.1 individual office-holders */
export const OFFICE_HOLDERS = [
  'district-head',
  'executive-deputy-head',
  'deputy-head',
  'deputy-head-in-charge',
  'ab-counterpart',
  'district-government-leader',
  'office-director',
  'office-deputy-director',
  'department-principal-head',
  'district-party-secretary',
  'spokesperson',
  'meeting-convener',
] as const;

/** §1.2 meetings and other collective bodies */
export const MEETINGS = [
  'plenary-meeting',
  'executive-meeting',
  'head-office-meeting',
  'topic-meeting',
] as const;
export const COLLECTIVE_BODIES = [
  ...MEETINGS,
  'district-party-standing-committee',
  'party-group-meeting',
  'coordination-body',
] as const;
export type MeetingId = (typeof MEETINGS)[number];

/** §1.3 organisations */
export const ORGANISATIONS = [
  'district-government',
  'government-party-group',
  'government-office',
  'supervision-office',
  'justice-bureau',
  'finance-bureau',
  'sasac',
  'audit-bureau',
  'municipal-audit-bureau',
  'department',
  'lead-department',
  'drafting-department',
  'competent-department',
  'township',
  'enterprise',
  'guaranteed-entity',
  'district-party-committee',
  'district-party-committee-office',
  'district-peoples-congress',
  'district-pc-standing-committee',
  'district-cppcc',
  'municipal-government',
  'municipal-government-general-office',
  'municipal-department',
  'state-supervisory-organ',
  'peoples-court',
] as const;

export const AUTHORITIES = [...OFFICE_HOLDERS, ...COLLECTIVE_BODIES, ...ORGANISATIONS] as const;
export type AuthorityId = (typeof AUTHORITIES)[number];

/** §1.4 step actions */
export const ACTIONS = [
  'approve',
  'decide',
  'review',
  'review-and-submit',
  'consent',
  'receive-filing',
  'hear-report',
  'study',
  'sign',
  'co-sign',
  'submit',
  'report',
] as const;
export type ActionId = (typeof ACTIONS)[number];

/** §1.5 document kinds (sign-off) */
export const DOCUMENT_KINDS = [
  'report-to-municipal-government',
  'report-to-municipal-general-office',
  'party-group-request-or-report',
  'bill-to-district-pc',
  'major-situation-notice-to-cppcc',
  'government-normative-document',
  'personnel-appointment',
  'other-major-matter-document',
  'overall-policy-document',
  'plenary-minutes',
  'executive-minutes',
  'head-office-minutes',
  'topic-minutes',
  'party-group-minutes',
  'government-document',
  'request-to-municipal-department',
  'coordination-body-document',
  'office-document',
  'office-major-matter-document',
  'office-policy-document',
  'office-liaison-document',
  'office-reply-document',
  'office-joint-with-party-office',
  'work-bulletin',
  'office-routine-document',
  'party-government-joint-document',
  'department-document-with-government-consent',
] as const;
export type DocumentKindId = (typeof DOCUMENT_KINDS)[number];

/** §1.6 the ten KZ §22 money matters (the routing engine's `matter`) */
export const MONEY_MATTERS = [
  'matching-fund-project-application',
  'local-government-bond',
  'special-fund-allocation',
  'district-fiscal-funds',
  'soe-asset-disposal',
  'public-unit-asset-disposal',
  'soe-investment',
  'investment-change',
  'state-asset-guarantee',
  'soe-financing',
] as const;
export type MoneyMatterId = (typeof MONEY_MATTERS)[number];

/** §1.6 other matters; Shapingba routes these qualitatively (SPB art.39) */
export const QUALITATIVE_MATTERS = [
  'major-matter',
  'urgent-major-event',
  'three-important-one-large',
  'major-administrative-decision',
  'normative-document',
  'government-rule',
  'formal-external-agreement',
  'key-soe-major-matter',
  'cost-overrun',
  'land-transfer-or-allocation',
  'government-work-report-task',
  'leader-instruction',
  'deputy-suggestion',
  'cppcc-proposal',
  'petition',
] as const;
export type QualitativeMatterId = (typeof QUALITATIVE_MATTERS)[number];

export const MATTERS = [...MONEY_MATTERS, ...QUALITATIVE_MATTERS] as const;
export type MatterId = (typeof MATTERS)[number];

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

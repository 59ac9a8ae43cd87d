import type { DistrictId } from './ids';

export type InstrumentId = 'spb-2022-3' | 'kz-2021-7';

/** A source instrument, stored verbatim (src/instruments/text). */
export interface Instrument {
  id: InstrumentId;
  district: DistrictId;
  /** 发文字号, e.g. 开州府发〔2021〕7号 */
  documentNumber: string;
  title: string;
  issuer: string;
  /** ISO date of issue */
  issuedOn: string;
  /** ISO date the rules apply from (both: 自印发/发布之日起) */
  inForceFrom: string;
  adoptedAt: string;
  /** How locations are written in this instrument's own numbering */
  citationStyle: string;
  text: string;
}

/** What a rule carries wherever it is used: the instrument, the place, the words. */
export interface Citation {
  /** the instrument's document number, e.g. 开州府发〔2021〕7号 */
  instrument: string;
  /** the location in the instrument's own numbering, e.g. 二十二（四） or 第三十九条第（九）项 */
  location: string;
  /** verbatim quote; the integrity test fails if it is not in the stored text */
  quote: string;
}

/**
 * One enforceable rule. `id` is the canonical id (rules-spec ids such as R-MNY-2, or finer ids like
 * KZ-22-4 for a decision table); `instrumentId` + `location` + `quote` make the citation.
 */
export interface Rule {
  id: string;
  district: DistrictId;
  instrumentId: InstrumentId;
  location: string;
  quote: string;
  /** ISO date from which the rule is in force (the instrument's date unless stated) */
  validFrom: string;
  /** ISO date the rule stops applying (exclusive); absent while in force */
  validUntil?: string;
  /** one line, in Chinese, what the rule makes the engine do (never in quotation marks unless verbatim) */
  summary: string;
  /** the same in English, for developers */
  summaryEn: string;
  /** the rules-spec reference, e.g. "rules-spec §4.3 KZ §22(4)" */
  spec?: string;
}

/**
 * A reading of ambiguous or silent text (rules-spec §4.4, §14): never presented as the text itself.
 */
export interface Interpretation {
  /** e.g. I-A-12 for the reading of ambiguity A-12 */
  id: string;
  /** the ambiguity ids of rules-spec this resolves, e.g. ["A-12"] */
  ambiguities: string[];
  /** the rules this reading applies to */
  ruleIds: string[];
  /** what the engine does, in Chinese */
  reading: string;
  /** why, in Chinese */
  rationale: string;
  /** the same in English, for developers */
  readingEn: string;
  rationaleEn: string;
}

/** One year of holiday arrangements, from the State Council General Office's yearly notice. */
export interface YearData {
  year: number;
  source: {
    /** e.g. 国务院办公厅关于2026年部分节假日安排的通知 */
    title: string;
    issuer: string;
    /** 国办发明电〔…〕N号, when verified */
    documentNumber?: string;
    /** ISO date the notice was published, when verified */
    publishedOn?: string;
    /** where the data came from (a package, or who stored it) */
    via?: string;
  };
  /** every official day off of the year (weekend days inside a break included) → its name (春节, 国庆节 …) */
  holidays: Record<string, string>;
  /** weekend days declared working days (调休上班) → the break they make up for */
  makeUpWorkdays: Record<string, string>;
}

export type SkipReason =
  { date: string; reason: 'weekend' } | { date: string; reason: 'holiday'; name: string };

export interface DueDateExplanation {
  start: string;
  n: number;
  convention: 'from-next-day';
  due: string;
  /** the working days counted, in order (the last one is the due date) */
  counted: string[];
  /** the days passed over, with why */
  skipped: SkipReason[];
  /** weekend days that counted because they were make-up working days */
  makeUpWorkdaysCounted: { date: string; for: string }[];
  /** the notices whose data was used */
  sources: YearData['source'][];
  dataVersion: string;
}

export { WorkingDayCalendar } from './calendar';
export { addCalendarDays, addMonths, isValidDate, toOrdinal, fromOrdinal } from './dates';
export type { YearData, DueDateExplanation, SkipReason } from './types';
export { PACKAGED_YEARS } from './data/packaged-years';

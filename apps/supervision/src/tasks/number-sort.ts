/** A task number as it sorts: every run of digits zero-padded to six places ("1.10" after "1.9", 〔2026〕12号 after 4号). */
export const numberSortOf = (number: string): string => number.replace(/\d+/g, (d) => d.padStart(6, '0'));

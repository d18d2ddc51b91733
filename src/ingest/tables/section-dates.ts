/**
 * Headings that date the paragraphs below them, as data ("Third visit – April 11, 2025",
 * "April 11, 2025: Third visit"). A short line without a final full stop; the named group `date` holds
 * the date (`{date}` is expanded to every dated form).
 */
export const SECTION_DATE_HEADINGS: readonly string[] = [
  String.raw`^[^.!?\n]{2,80}?\s+[–—-]{1,2}\s+(?<date>{date})$`,
  String.raw`^[^.!?\n]{2,80}?\s*[:|]\s*(?<date>{date})$`,
  String.raw`^(?<date>{date})\s*(?:[–—:|-]{1,2})\s*[^.!?\n]{2,80}$`,
];

/** The longest line that can be a section heading. */
export const SECTION_HEADING_MAX_LENGTH = 120;

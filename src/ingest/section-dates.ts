import type { Day } from "../schema/primitives.js";
import { expandPlaceholders } from "./expand-placeholders.js";
import { parseDay } from "./parse-day.js";
import { SECTION_DATE_HEADINGS, SECTION_HEADING_MAX_LENGTH } from "./tables/section-dates.js";

/** The generic section-heading forms of `tables/section-dates.ts`, compiled once. */
export const GENERIC_SECTION_DATES: readonly RegExp[] = SECTION_DATE_HEADINGS.map(
  (source) => new RegExp(expandPlaceholders(source), "iu"),
);

/** A line that starts with a publication label ("Updated: 3 March 2024") dates the page, not a section. */
const PUBLICATION_LABEL = new RegExp(expandPlaceholders("^{label}(?![\\p{L}])"), "iu");

/**
 * The day a section heading gives ("Third visit – April 11, 2025" → 2025-04-11), trying the outlet's
 * patterns before the generic ones; null when the text is not such a heading.
 *
 * @example
 * sectionHeadingDate("Third visit – April 11, 2025", GENERIC_SECTION_DATES); // "2025-04-11"
 */
export function sectionHeadingDate(text: string, patterns: readonly RegExp[]): Day | null {
  if (text.length > SECTION_HEADING_MAX_LENGTH || /[.!?]["'”’]?$/u.test(text) || !/\d/.test(text))
    return null;
  if (PUBLICATION_LABEL.test(text)) return null;
  for (const regex of patterns) {
    const date = regex.exec(text)?.groups?.date;
    const day = date ? parseDay(date) : null;
    if (day) return day;
  }
  return null;
}

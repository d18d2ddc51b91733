import { dateParts, daysInMonth, formatDay, parseDay } from "./calendar.js";
import type { Candidate, RuleContext } from "./expression.js";

/** "between March 3 " / "from March 3 ": the range word before a full date. */
const RANGE_WORD_BEFORE = /\b(?:between|from)\s+$/i;
/** " and 5", " to 5th", "-5" after a full date: the day that closes the range in the same month. */
const CLOSING_DAY_AFTER = /^\s*(?:and|to|until|till|through|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b/i;
/** "between 3 and " before "5 March": the day that opens the range in the same month. */
const OPENING_DAY_BEFORE =
  /\b(?:between|from)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until|till|-|–)\s+$/i;
/** What after a number shows it is not a day: a clock, a quantity, a unit. */
const NOT_A_DAY =
  /^(?:\s*(?:[ap]\.?m\b|[:.]\d|%|percent|per\b|o'clock|hours?|minutes?|days?|weeks?|months?|years?|people|of\b|[-/]\d))/i;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Widen a single day into the range a second day of the same month closes or opens:
 * "between March 3 and 5" → 3–5 March, "between 3 and 5 March" → 3–5 March (value = the first day).
 *
 * @example
 * // DATE "March 3" (2023-03-03) in "held between March 3 and 5." → DATE "March 3 and 5", 2023-03-03..2023-03-05
 */
export function widenDayRanges(ctx: RuleContext, sorted: readonly Candidate[]): Candidate[] {
  const { text } = ctx;
  return sorted.map((c, i) => {
    if (c.type !== "DATE" || !FULL_DAY.test(c.value) || c.earliest !== c.latest) return c;
    const day = parseDay(c.value);
    if (day === null) return c;
    const { year, month, day: dayOfMonth } = dateParts(day);
    const nextStart = sorted[i + 1]?.start ?? text.length;
    const prevEnd = sorted[i - 1]?.end ?? 0;
    if (RANGE_WORD_BEFORE.test(text.slice(Math.max(prevEnd, c.start - 10), c.start))) {
      const after = CLOSING_DAY_AFTER.exec(text.slice(c.end, Math.min(nextStart, c.end + 16)));
      const closing = Number(after?.[1]);
      const end = c.end + (after?.[0].length ?? 0);
      if (
        after &&
        closing > dayOfMonth &&
        closing <= daysInMonth(year, month) &&
        !NOT_A_DAY.test(text.slice(end, end + 10))
      ) {
        return { ...c, end, text: text.slice(c.start, end), latest: formatDay(day + closing - dayOfMonth) };
      }
    }
    if (/^\d/.test(c.text)) {
      const before = OPENING_DAY_BEFORE.exec(text.slice(Math.max(prevEnd, c.start - 24), c.start));
      const opening = Number(before?.[1]);
      if (before && opening >= 1 && opening < dayOfMonth) {
        const start = c.start - before[0].length + before[0].search(/\d/);
        const first = day - (dayOfMonth - opening);
        return {
          ...c,
          start,
          text: text.slice(start, c.end),
          value: formatDay(first),
          earliest: formatDay(first),
        };
      }
    }
    return c;
  });
}

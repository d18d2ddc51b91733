import { extractTimes } from "../normalize/time/index.js";
import type { Block } from "../schema/document.js";
import type { Day } from "../schema/primitives.js";
import type { TimeExpression } from "../schema/time.js";

/** How many body paragraphs from the top are read for the day an undated story tells. */
const LEAD_BLOCKS = 3;
const MONTH_DAY = /^XXXX-(\d{2})-(\d{2})$/;

function isoDay(year: number, month: number, day: number): Day {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** "Sunday 30 May" with a year the text names: the year (of those named, or one either side) whose 30 May is a Sunday. */
function dayFromWeekday(time: TimeExpression, years: readonly number[]): Day | null {
  const match = MONTH_DAY.exec(time.value ?? "");
  if (!match || time.weekday === null) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  for (const year of years.flatMap((y) => [y, y - 1, y + 1])) {
    const candidate = new Date(Date.UTC(year, month - 1, day));
    if (candidate.getUTCMonth() === month - 1 && candidate.getUTCDay() === time.weekday)
      return isoDay(year, month, day);
  }
  return null;
}

/**
 * The day an undated story is read against: the day after the day its lead tells (news is written once the
 * day it reports is over: "on Thursday" after a Wednesday lead is the next day, "tomorrow" the day after).
 *
 * @example
 * referenceDayOf("Obama and Merkel dined on Wednesday, 16 November 2016.", [{ start: 0, end: 51, kind: "paragraph", boilerplate: false }]);
 * // "2016-11-17"
 */
export function referenceDayOf(text: string, blocks: readonly Block[]): Day | null {
  const day = leadDay(text, blocks);
  if (day === null) return null;
  return new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day an undated article's lead tells ("… on Wednesday evening, 16 November 2016", "on Sunday 30 May for
 * the 2021 summit"), to resolve its relative dates against when no publication date is known. Reads only the
 * first body paragraphs; null when they give no single day.
 *
 * @example
 * leadDay("Obama and Merkel dined on Wednesday, 16 November 2016.", [{ start: 0, end: 51, kind: "paragraph", boilerplate: false }]);
 * // "2016-11-16"
 */
export function leadDay(text: string, blocks: readonly Block[]): Day | null {
  const lead = blocks
    .filter((block) => !block.boilerplate && block.kind === "paragraph")
    .slice(0, LEAD_BLOCKS);
  const times = lead.flatMap((block) =>
    extractTimes(text.slice(block.start, block.end), { documentDate: null }),
  );
  const exact = times.find(
    (time) => time.type === "DATE" && time.earliest !== null && time.earliest === time.latest,
  );
  if (exact?.earliest) return exact.earliest;
  const years = times
    .filter((time) => time.type === "DATE" && /^\d{4}$/.test(time.value ?? ""))
    .map((time) => Number(time.value));
  if (years.length === 0) return null;
  for (const time of times) {
    const day = dayFromWeekday(time, years);
    if (day) return day;
  }
  return null;
}

import { shiftDay } from "../normalize/time/calendar.js";
import { extractTimes } from "../normalize/time/index.js";
import type { Block } from "../schema/document.js";
import type { Day } from "../schema/primitives.js";
import type { TimeExpression } from "../schema/time.js";

/** How many blocks from the top (datelines and body paragraphs) are read for the day an undated story tells. */
const LEAD_BLOCKS = 4;
const MONTH_DAY = /^XXXX-(\d{2})-(\d{2})$/;
/** How many years after a "since <year>" a weekday-and-date is looked for. */
const YEARS_AFTER_SINCE = 12;

/** A year the text names; "since 2016" only says the story is later. */
interface NamedYear {
  year: number;
  after: boolean;
}

function isoDay(year: number, month: number, day: number): Day {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The years to try for a weekday-and-date: each named year and its neighbours, or the years after a "since". */
function candidateYears(years: readonly NamedYear[]): number[] {
  return years.flatMap(({ year, after }) =>
    after ? Array.from({ length: YEARS_AFTER_SINCE }, (_, k) => year + 1 + k) : [year, year - 1, year + 1],
  );
}

/** The years a day may fall in: those the text suggests, kept to the office years when both are known. */
function yearsToTry(years: readonly NamedYear[], officeYears: readonly number[] | null): number[] {
  const named = candidateYears(years);
  if (officeYears === null) return named;
  if (named.length === 0) return [...officeYears];
  const kept = named.filter((year) => officeYears.includes(year));
  // The years around a year the text names are a guess (it may be a war's from decades before); the years
  // its office holders held office are known: they win when the two disagree.
  return kept.length > 0 ? kept : [...officeYears];
}

/** Whether month/day of `year` falls on `weekday` (0 = Sunday). */
function fallsOn(year: number, month: number, day: number, weekday: number): boolean {
  const candidate = new Date(Date.UTC(year, month - 1, day));
  return candidate.getUTCMonth() === month - 1 && candidate.getUTCDay() === weekday;
}

/** Whether the article's office holders held office on a day (see inOfficeOn in office-years.ts); null: unknown. */
type InOffice = ((day: Day) => boolean) | null;

/** "Sunday 30 May" with a year the text names: the year whose 30 May is a Sunday (see {@link candidateYears}). */
function dayFromWeekday(
  time: TimeExpression,
  years: readonly number[],
  unique: boolean,
  inOffice: InOffice,
): Day | null {
  const match = MONTH_DAY.exec(time.value ?? "");
  if (!match || time.weekday === null) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const fitting = years.filter(
    (candidate) =>
      fallsOn(candidate, month, day, time.weekday ?? -1) &&
      (inOffice?.(isoDay(candidate, month, day)) ?? true),
  );
  // Years worked out from office terms alone are a span: two fitting years are a tie, not a choice.
  if (fitting.length === 0 || (unique && fitting.length > 1)) return null;
  return isoDay(fitting[0] as number, month, day);
}

/**
 * "CARACAS, Nov 1 (Reuters) - … met … on Tuesday": a dateline's month and day, told the same day as the lead's
 * weekday, in the one year of `years` whose Nov 1 is a Tuesday; null when none or several fit.
 */
function datelineDayFromWeekday(
  dateline: TimeExpression,
  weekday: number,
  years: readonly number[],
  inOffice: InOffice,
): Day | null {
  const match = MONTH_DAY.exec(dateline.value ?? "");
  if (!match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const fitting = years.filter(
    (year) => fallsOn(year, month, day, weekday) && (inOffice?.(isoDay(year, month, day)) ?? true),
  );
  return fitting.length === 1 && fitting[0] !== undefined ? isoDay(fitting[0], month, day) : null;
}

/** "boost trade to $100 billion by 2020", "until 2030": a target year, not the year the story is told in. */
const TARGET_YEAR_BEFORE = /\b(?:by|until|till|through|before)\s+(?:the\s+end\s+of\s+)?$/i;

/** ", where independence hero Simon Bolivar died in 1830": a year told of something else, in a relative clause. */
const RELATIVE_CLAUSE_YEAR_BEFORE = /,\s*(?:where|which|who|whose|when)\b[^,.;]*$/i;
/** News tells of its own time: a year before this is history, never the year a story is told in. */
const EARLIEST_STORY_YEAR = 1900;

/** A year ("2019") or a month of one ("April 2024"): either names the year. */
const YEAR_OR_MONTH = /^\d{4}(?:-\d{2})?$/;

function yearOf(time: TimeExpression): number {
  return Number((time.value ?? "").slice(0, 4));
}

function namedYears(text: string, times: readonly TimeExpression[]): NamedYear[] {
  return times
    .filter((time) => time.type === "DATE" && YEAR_OR_MONTH.test(time.value ?? ""))
    .filter((time) => yearOf(time) >= EARLIEST_STORY_YEAR)
    .filter((time) => !TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, time.start - 20), time.start)))
    .filter((time) => !RELATIVE_CLAUSE_YEAR_BEFORE.test(text.slice(Math.max(0, time.start - 80), time.start)))
    .map((time) => ({
      year: yearOf(time),
      after: /\bsince\s+$/i.test(text.slice(Math.max(0, time.start - 8), time.start)),
    }));
}

/**
 * The day an undated story is read against. A dateline's day is the day of writing; a day the lead tells is
 * the day the story reports, and news is written once that day is over, so the day after it is used ("on
 * Thursday" after a Wednesday lead is the next day, "tomorrow" the day after that).
 *
 * @example
 * referenceDayOf("Obama and Merkel dined on Wednesday, 16 November 2016.", [{ start: 0, end: 51, kind: "paragraph", boilerplate: false }]);
 * // "2016-11-17"
 */
export function referenceDayOf(
  text: string,
  blocks: readonly Block[],
  officeYears: readonly number[] | null = null,
  inOffice: InOffice = null,
): Day | null {
  const found = leadDayFound(text, blocks, officeYears, inOffice);
  if (found === null) return null;
  return found.fromDateline ? found.day : shiftDay(found.day, 1);
}

function leadDayFound(
  text: string,
  blocks: readonly Block[],
  officeYears: readonly number[] | null,
  inOffice: InOffice = null,
): { day: Day; fromDateline: boolean } | null {
  const lead = blocks
    .filter((block) => block.kind === "dateline" || (!block.boilerplate && block.kind === "paragraph"))
    .slice(0, LEAD_BLOCKS);
  const times = lead.flatMap((block) => {
    const blockText = text.slice(block.start, block.end);
    return extractTimes(blockText, { documentDate: null }).map((time) => ({
      time,
      fromDateline: block.kind === "dateline" || INLINE_DATELINE.test(blockText.slice(0, time.start)),
      offset: block.start,
    }));
  });
  const exact = times.find(
    ({ time }) => time.type === "DATE" && time.earliest !== null && time.earliest === time.latest,
  );
  if (exact?.time.earliest) return { day: exact.time.earliest, fromDateline: exact.fromDateline };
  const named = namedYears(
    text,
    times.map(({ time, offset }) => ({ ...time, start: time.start + offset, end: time.end + offset })),
  );
  const years = yearsToTry(named, officeYears);
  if (years.length === 0) return null;
  for (const { time, fromDateline } of times) {
    const day = dayFromWeekday(time, years, named.length === 0, inOffice);
    if (day) return { day, fromDateline };
  }
  // A year-less dateline and the lead's bare weekday ("on Tuesday"): the story is told the day it happened.
  const dateline = times.find(({ time, fromDateline }) => fromDateline && MONTH_DAY.test(time.value ?? ""));
  const weekday = times.find(({ time }) => time.weekday !== null && !MONTH_DAY.test(time.value ?? ""));
  if (dateline && weekday?.time.weekday != null) {
    const day = datelineDayFromWeekday(dateline.time, weekday.time.weekday, years, inOffice);
    if (day) return { day, fromDateline: true };
  }
  // "BRASILIA, Feb 10 (Reuters) - … met … on Feb. 9 … on Thursday evening": a year-less day the lead tells, within
  // a week before the dateline's, and the weekday told of it give the one year in which they agree.
  if (weekday?.time.weekday != null) {
    for (const { time, fromDateline } of times) {
      if (fromDateline || !MONTH_DAY.test(time.value ?? "")) continue;
      if (dateline && !withinWeekBefore(time.value ?? "", dateline.time.value ?? "")) continue;
      const day = datelineDayFromWeekday(time, weekday.time.weekday, years, inOffice);
      if (day) return { day, fromDateline: false };
    }
  }
  return null;
}

/** Whether month-day `told` ("XXXX-02-09") lies up to a week before month-day `written` ("XXXX-02-10"). */
function withinWeekBefore(told: string, written: string): boolean {
  const a = MONTH_DAY.exec(told);
  const b = MONTH_DAY.exec(written);
  if (!a || !b) return false;
  const leap = 2000;
  const gap =
    (Date.UTC(leap, Number(b[1]) - 1, Number(b[2])) - Date.UTC(leap, Number(a[1]) - 1, Number(a[2]))) /
    86_400_000;
  return gap >= 0 && gap <= 7;
}

/** "CARACAS, " / "Kyiv, " / "ASTANA. " opening a paragraph: the place of an inline dateline before its day. */
const INLINE_DATELINE = /^\s*\p{Lu}[\p{L} .’'-]{1,40}[,.]\s*$/u;

/**
 * The day an undated article's lead tells ("… on Wednesday evening, 16 November 2016", "on Sunday 30 May for
 * the 2021 summit", "on Tuesday 1 November … the first since 2016"), from its dateline and first body
 * paragraphs; null when they give no single day.
 *
 * @example
 * leadDay("Obama and Merkel dined on Wednesday, 16 November 2016.", [{ start: 0, end: 51, kind: "paragraph", boilerplate: false }]);
 * // "2016-11-16"
 */
export function leadDay(
  text: string,
  blocks: readonly Block[],
  officeYears: readonly number[] | null = null,
): Day | null {
  return leadDayFound(text, blocks, officeYears)?.day ?? null;
}

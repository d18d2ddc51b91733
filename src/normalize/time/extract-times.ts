import type { ExtractTimesOptions, TimeExpression } from "../../schema/time.js";
import { parseDay } from "./calendar.js";
import { findChronoDates } from "./chrono-dates.js";
import {
  findAgo,
  findDayWords,
  findDecadesAndCenturies,
  findMonths,
  findQuarters,
  findReferenceWords,
  findRelativePeriods,
  findSets,
  findWeekdays,
  findYears,
} from "./dates.js";
import { findAmountDurations, findBareDurations } from "./durations.js";
import type { Candidate, RuleContext } from "./expression.js";
import { mergeClockWithDay } from "./merge.js";

/** Cheap gates so the regex passes run only on text that could hold what they look for. */
const HAS_DIGIT = /\d/;
const HAS_UNIT = /(?:second|sec|minute|min|hour|hr|day|week|fortnight|month|quarter|year|yr|decade|centur)/i;
const HAS_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const HAS_DAY_WORD = /(?:today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|overnight)/i;
const HAS_MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const HAS_REF = /(?:now|current|present|recent|lately|past|future|time|moment)/i;
const HAS_PERIOD = /(?:week|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)/i;
const HAS_SET = /(?:every|each|daily|weekly|monthly|annually|yearly|nightly|hourly)/i;

/**
 * Every temporal expression in `text` (DATE, TIME, DURATION, SET) with exact offsets, TIMEX3 type,
 * value and mod, and our own intervals: earliest/latest day for dates, min/max minutes for durations.
 * Relative expressions are resolved against `options.documentDate`, past or future by the tense of the
 * clause; without a document date they stay unresolved. Never throws.
 *
 * @example
 * extractTimes("Putin will receive Witkoff on Tuesday for about three hours.", { documentDate: "2025-12-01" })
 * // [{ text: "Tuesday", type: "DATE", value: "2025-12-02", weekday: 2, … },
 * //  { text: "about three hours", type: "DURATION", value: "PT3H", mod: "APPROX", minMinutes: 165, maxMinutes: 195, … }]
 */
export function extractTimes(text: string, options: ExtractTimesOptions): TimeExpression[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const documentDay = options?.documentDate ? parseDay(options.documentDate) : null;
  const ctx: RuleContext = { text, documentDay };
  const found: Candidate[] = [];
  try {
    collect(ctx, found);
  } catch {
    // A rule must never take the whole extraction down; keep what was found before it failed.
  }
  return mergeClockWithDay(ctx, selectNonOverlapping(found)).map(stripPriority);
}

function collect(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  const digit = HAS_DIGIT.test(text);
  const unit = HAS_UNIT.test(text);
  if (digit) {
    findChronoDates(ctx, out);
    findYears(ctx, out);
    findDecadesAndCenturies(ctx, out);
  }
  if (unit) {
    findAmountDurations(ctx, out);
    findBareDurations(ctx, out);
    findAgo(ctx, out);
  }
  if (HAS_WEEKDAY.test(text)) findWeekdays(ctx, out);
  if (HAS_DAY_WORD.test(text)) findDayWords(ctx, out);
  if (HAS_MONTH.test(text)) findMonths(ctx, out);
  if (HAS_REF.test(text)) findReferenceWords(ctx, out);
  if (HAS_PERIOD.test(text)) {
    findRelativePeriods(ctx, out);
    findQuarters(ctx, out);
  }
  if (HAS_SET.test(text)) findSets(ctx, out);
}

/** Longest match wins; at equal length the rule with the higher priority; then the earlier one. */
export function selectNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of ordered) {
    if (c.end <= c.start) continue;
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function stripPriority(c: Candidate): TimeExpression {
  const { priority: _priority, ...rest } = c;
  return rest;
}

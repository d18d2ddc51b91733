import type { ExtractTimesOptions, TimeExpression } from "../../schema/time.js";
import { findAnchors } from "./anchors.js";
import { parseDay } from "./calendar.js";
import { findChronoDates } from "./chrono-dates.js";
import {
  findAgo,
  findDaysOfMonth,
  findDayWords,
  findDecadesAndCenturies,
  findMonths,
  findNumericDayMonth,
  findQuarters,
  findReferenceWords,
  findRelativePeriods,
  findSets,
  findWeekdays,
  findWeeksOfMonth,
  findYears,
} from "./dates.js";
import { widenDayRanges } from "./day-ranges.js";
import { findAmountDurations, findBareDurations } from "./durations.js";
import type { Candidate, RuleContext } from "./expression.js";
import { mergeClockWithDay } from "./merge.js";

const HAS_DIGIT = /\d/;

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
  // A full timestamp ("2025-12-01T09:30:00Z") is read as its calendar day.
  const documentDate = typeof options?.documentDate === "string" ? options.documentDate : "";
  const documentDay = /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(documentDate)
    ? parseDay(documentDate.slice(0, 10))
    : null;
  const ctx: RuleContext = { text, documentDay, anchors: findAnchors(text), clauseCues: new Map() };
  const found: Candidate[] = [];
  try {
    collect(ctx, found);
  } catch {
    // A rule must never take the whole extraction down; keep what was found before it failed.
  }
  return mergeClockWithDay(ctx, widenDayRanges(ctx, selectNonOverlapping(found))).map(stripPriority);
}

function collect(ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  if (HAS_DIGIT.test(text)) {
    findChronoDates(ctx, out);
    findYears(ctx, out);
    findDecadesAndCenturies(ctx, out);
    findDaysOfMonth(ctx, out);
    findNumericDayMonth(ctx, out);
  }
  // The rules below scan only near their keywords (ctx.anchors), so they cost little when absent.
  findAmountDurations(ctx, out);
  findBareDurations(ctx, out);
  findAgo(ctx, out);
  findWeekdays(ctx, out);
  findDayWords(ctx, out);
  findMonths(ctx, out);
  findWeeksOfMonth(ctx, out);
  findReferenceWords(ctx, out);
  findRelativePeriods(ctx, out);
  findQuarters(ctx, out);
  findSets(ctx, out);
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

/** The expression without its rule priority, fields in the order `candidate` writes them (object rest is slow here). */
function stripPriority(c: Candidate): TimeExpression {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    type: c.type,
    value: c.value,
    mod: c.mod,
    earliest: c.earliest,
    latest: c.latest,
    minMinutes: c.minMinutes,
    maxMinutes: c.maxMinutes,
    weekday: c.weekday,
    resolution: c.resolution,
  };
}

import { Chrono, en, type ParsedComponents } from "chrono-node";
import { dayNumber, formatDay, formatMonth, pad2, parseDay } from "./calendar.js";
import { type ChronoReading, parseInWindows } from "./chrono-windows.js";
import { type Candidate, candidate, type RuleContext } from "./expression.js";
import { directionAt, resolveDayYear } from "./resolve.js";

/**
 * chrono-node's strict English parsers without the ones whose readings we replace: weekdays (tense
 * decides past or future here), and "within/ago/later" units (which read "for about 3 hours" as a date).
 * Built once at load and never changed afterwards.
 */
const DROPPED_PARSERS = new Set([
  "ENWeekdayParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
]);

/** The strict parsers that read a month name: each needs one in the text to read anything. */
const MONTH_NAME_PARSERS = new Set([
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENYearMonthNameParser",
]);

function buildChrono(dropped: ReadonlySet<string>): Chrono {
  const configuration = en.configuration.createConfiguration(true, false);
  configuration.parsers = configuration.parsers.filter(
    (p) => !DROPPED_PARSERS.has(p.constructor.name) && !dropped.has(p.constructor.name),
  );
  return new Chrono(configuration);
}

/** The chrono instance used for absolute dates and clock times. */
export const dateChrono: Chrono = buildChrono(new Set());
/** {@link dateChrono} without the month-name parsers, for text that holds no month name (they would find nothing). */
export const monthlessChrono: Chrono = buildChrono(MONTH_NAME_PARSERS);

/** Words chrono keeps at the front of a match that TimeML leaves outside the tag. */
const LEADING_WORDS =
  /^(?:(?:on|in|at|from|since|by|until|till|of|the|around|about|approximately|after|before)\s+)+/i;

const MIDNIGHT_UTC_NOON = 12;

const HAS_DIGIT = /\d/;

/**
 * Absolute dates ("December 2, 2025", "11 April 2025", "2025-04-22", "22.04.2025"), year-less dates
 * resolved by tense ("April 11"), clock times, and clock ranges as durations ("from 2 pm to 4:30 pm").
 */
export function findChronoDates(ctx: RuleContext, out: Candidate[]): void {
  const reference =
    ctx.documentDay === null
      ? new Date(Date.UTC(2000, 0, 1, MIDNIGHT_UTC_NOON))
      : new Date(ctx.documentDay * 86_400_000 + MIDNIGHT_UTC_NOON * 3_600_000);
  // Every reading the strict parsers make holds a digit; text without one need not be parsed at all.
  if (!HAS_DIGIT.test(ctx.text)) return;
  let results: ChronoReading[];
  try {
    results = parseInWindows(
      dateChrono,
      ctx.text,
      { instant: reference, timezone: 0 },
      undefined,
      monthlessChrono,
    );
  } catch {
    return;
  }
  for (const r of results) {
    const lead = LEADING_WORDS.exec(r.text)?.[0].length ?? 0;
    const start = r.index + lead;
    const end = r.index + r.text.trimEnd().length;
    if (end <= start) continue;
    const raw = ctx.text.slice(start, end);
    if (r.end && r.start.isCertain("hour") && r.end.isCertain("hour")) {
      const range = clockRange(ctx, start, end, r.start, r.end, false);
      if (range) out.push(range);
      continue;
    }
    const found = fromComponents(ctx, start, end, r.start, r.end ?? null, raw);
    if (found) out.push(found);
  }
  findBeganEndedRanges(ctx, results, out);
}

/** A numeric date whose first two numbers could each be the month ("04/11/2022", "4.11.22"). */
const NEAR_DOCUMENT_DAYS = 31;
const DOTTED_NUMERIC = /^(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})\b/;
const AMBIGUOUS_NUMERIC = /^(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|1[0-2])[/.](?:\d{4}|\d{2})\b/;

/** One chrono reading → TIMEX DATE or TIME. */
function fromComponents(
  ctx: RuleContext,
  start: number,
  end: number,
  c: ParsedComponents,
  endComponents: ParsedComponents | null,
  raw: string,
): Candidate | null {
  // "2 1/2": a fraction, not 2 January; news does not write day/month without a year.
  if (/^\d{1,2}\/\d{1,2}$/.test(raw)) return null;
  // "finishing in 3:07:35": a race or clock time of hours:minutes:seconds is a duration.
  const hms = /^(\d{1,2}):(\d\d):(\d\d)$/.exec(raw);
  if (hms) {
    const [h, m, sec] = [Number(hms[1]), Number(hms[2]), Number(hms[3])];
    const minutes = h * 60 + m + sec / 60;
    return candidate(ctx, start, end, {
      type: "DURATION",
      value: `PT${h > 0 ? `${h}H` : ""}${m > 0 ? `${m}M` : ""}${sec > 0 ? `${sec}S` : ""}`,
      minMinutes: minutes,
      maxMinutes: minutes,
      resolution: "absolute",
      priority: 2,
    });
  }
  const hasDay = c.isCertain("day");
  const hasMonth = c.isCertain("month");
  const hasYear = c.isCertain("year");
  const hasHour = c.isCertain("hour");
  if (hasHour && !hasDay) {
    // A bare number is not a time: chrono needs ":" or am/pm to count.
    if (!/[:.]\d\d|[ap]\.?m\.?|\bnoon\b|\bmidnight\b|GMT|UTC|h\d\d/i.test(raw)) return null;
  }
  const hour = c.get("hour");
  const minute = c.get("minute") ?? 0;
  // ISO 8601 marks UTC with Z ("16:08 UTC" → T16:08Z).
  const utc = c.isCertain("timezoneOffset") && c.get("timezoneOffset") === 0 ? "Z" : "";
  const clock = hasHour && hour !== null ? `T${pad2(hour)}:${pad2(minute)}${utc}` : "";
  if (hasDay && hasMonth) {
    let month = c.get("month") ?? 1;
    let day = c.get("day") ?? 1;
    let year = hasYear ? (c.get("year") ?? null) : null;
    // "09.02.2023": numbers joined by dots are written day first wherever they are used.
    const dotted = DOTTED_NUMERIC.exec(raw);
    if (dotted && month === Number(dotted[1]) && day === Number(dotted[2]) && day <= 12 && month !== day)
      [month, day] = [day, month];
    // "04/11/2022" reads 4 November in most of the world and 11 April in the US: when only the day-first
    // reading falls within a month of the document's own day (a live blog's stamp), it wins. Dotted dates are
    // day first already.
    if (
      year !== null &&
      ctx.documentDay !== null &&
      !dotted &&
      AMBIGUOUS_NUMERIC.test(raw) &&
      month !== day &&
      day <= 12
    ) {
      const read = Math.abs(dayNumber(year, month, day) - ctx.documentDay);
      const swapped = Math.abs(dayNumber(year, day, month) - ctx.documentDay);
      if (swapped <= NEAR_DOCUMENT_DAYS && read > NEAR_DOCUMENT_DAYS) [month, day] = [day, month];
    }
    let resolution: Candidate["resolution"] = "absolute";
    if (year === null) {
      if (ctx.documentDay === null) {
        return candidate(ctx, start, end, {
          type: clock ? "TIME" : "DATE",
          value: `XXXX-${pad2(month)}-${pad2(day)}${clock}`,
          resolution: "unresolved",
          priority: 2,
        });
      }
      // For a range ("June 13 to 15") the end decides whether it still lies ahead.
      const endMonth = endComponents?.isCertain("day") ? (endComponents.get("month") ?? month) : month;
      const endDay = endComponents?.isCertain("day") ? (endComponents.get("day") ?? day) : day;
      const direction = directionAt(ctx.text, start, ctx.clauseCues);
      const endYear = resolveDayYear(ctx.documentDay, endMonth, endDay, direction);
      year =
        direction === "future" && (endMonth > month || (endMonth === month && endDay >= day))
          ? endYear
          : resolveDayYear(ctx.documentDay, month, day, direction);
      resolution = "relative";
    }
    const n = parseDay(`${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`);
    if (n === null) return null;
    let latest = n;
    if (endComponents?.isCertain("day")) {
      const endMonth = endComponents.get("month") ?? month;
      const endYear = endComponents.isCertain("year")
        ? (endComponents.get("year") ?? year)
        : endMonth < month
          ? year + 1
          : year;
      const e = dayNumber(endYear, endMonth, endComponents.get("day") ?? day);
      if (e >= n && e - n < 366) latest = e;
    }
    return candidate(ctx, start, end, {
      type: clock ? "TIME" : "DATE",
      value: `${formatDay(n)}${clock}`,
      earliest: n,
      latest,
      resolution,
      priority: 2,
    });
  }
  if (hasMonth && hasYear && !hasDay) {
    const year = c.get("year") ?? 0;
    const month = c.get("month") ?? 1;
    return candidate(ctx, start, end, {
      type: "DATE",
      value: formatMonth(year, month),
      earliest: dayNumber(year, month, 1),
      latest: dayNumber(year, month + 1, 1) - 1,
      resolution: "absolute",
      priority: 2,
    });
  }
  if (hasHour) {
    const day = ctx.documentDay;
    return candidate(ctx, start, end, {
      type: "TIME",
      value: `${day === null ? "XXXX-XX-XX" : formatDay(day)}${clock}`,
      earliest: day,
      latest: day,
      resolution: day === null ? "unresolved" : "relative",
      priority: 2,
    });
  }
  return null;
}

/** Minutes between two clock readings (the next day when the end is earlier). */
function minutesBetween(a: ParsedComponents, b: ParsedComponents): number {
  const from = (a.get("hour") ?? 0) * 60 + (a.get("minute") ?? 0);
  let to = (b.get("hour") ?? 0) * 60 + (b.get("minute") ?? 0);
  if (to < from) to += 24 * 60;
  return to - from;
}

function clockRange(
  ctx: RuleContext,
  start: number,
  end: number,
  a: ParsedComponents,
  b: ParsedComponents,
  approximate: boolean,
): Candidate | null {
  const minutes = minutesBetween(a, b);
  if (minutes <= 0 || minutes > 24 * 60) return null;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const value = `PT${h > 0 ? `${h}H` : ""}${m > 0 || h === 0 ? `${m}M` : ""}`;
  const margin = approximate ? 10 : 0;
  return candidate(ctx, start, end, {
    type: "DURATION",
    value,
    mod: approximate ? "APPROX" : null,
    minMinutes: minutes - margin,
    maxMinutes: minutes + margin,
    resolution: "absolute",
    priority: 3,
  });
}

const BEGAN_CUE =
  /\b(?:began|begun|begins|started|starts|start|opened|commenced|kicked off|got under way|from|starting)\b[^.!?;]{0,24}$/i;
const ENDED_CUE =
  /\b(?:ended|ends|end|finished|concluded|closed|wrapped up|broke up|until|till|lasted until|ending|over by)\b/i;
const APPROX_CUE = /\b(?:around|about|approximately|roughly|some|shortly after|just after|just before)\s*$/i;

/** "began around 14:20 … ended around 16:25" → the duration between the two clock times. */
function findBeganEndedRanges(ctx: RuleContext, results: ChronoReading[], out: Candidate[]): void {
  const clocks = results.filter(
    (r) => !r.end && r.start.isCertain("hour") && /[:.]\d\d|[ap]\.?m\.?/i.test(r.text),
  );
  for (let i = 0; i + 1 < clocks.length; i++) {
    const a = clocks[i];
    const b = clocks[i + 1];
    if (!a || !b) continue;
    const aEnd = a.index + a.text.length;
    const between = ctx.text.slice(aEnd, b.index);
    if (between.length > 160 || /[.!?]\s/.test(between)) continue;
    const before = ctx.text.slice(Math.max(0, a.index - 40), a.index + a.text.length);
    if (!BEGAN_CUE.test(ctx.text.slice(Math.max(0, a.index - 40), a.index)) && !BEGAN_CUE.test(before))
      continue;
    if (!ENDED_CUE.test(between)) continue;
    const approximate =
      APPROX_CUE.test(ctx.text.slice(Math.max(0, a.index - 20), a.index)) ||
      APPROX_CUE.test(between) ||
      /\b(?:around|about|approximately)\s/i.test(a.text + b.text);
    const lead = LEADING_WORDS.exec(a.text)?.[0].length ?? 0;
    const range = clockRange(ctx, a.index + lead, b.index + b.text.length, a.start, b.start, approximate);
    if (range) out.push(range);
    i++;
  }
}

import { type Candidate, candidate, type RuleContext } from "./expression.js";

/** Only spaces, commas, "on" or "at" between a clock time and the day it belongs to. */
const JOINER = /^(?:\s*,?\s*(?:on|at)?\s*)$/i;

/**
 * "15:00 GMT Saturday", "Friday at 3 pm" → one TIME carrying the day's date and the clock time.
 *
 * @example
 * // [TIME "15:00 GMT" (2013-03-22T15:00), DATE "Saturday" (2013-03-23)] → TIME "15:00 GMT Saturday" (2013-03-23T15:00)
 */
export function mergeClockWithDay(ctx: RuleContext, sorted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (!a) continue;
    if (
      b &&
      isClockOnly(a) !== isClockOnly(b) &&
      (isDay(a) || isDay(b)) &&
      JOINER.test(ctx.text.slice(a.end, b.start))
    ) {
      const clock = isClockOnly(a) ? a : b;
      const day = clock === a ? b : a;
      const time = clock.value.slice(clock.value.indexOf("T"));
      out.push(
        candidate(ctx, a.start, b.end, {
          type: "TIME",
          value: `${day.value}${time}`,
          earliest: null,
          latest: null,
          weekday: day.weekday,
          resolution: day.resolution,
          priority: 0,
        }),
      );
      const merged = out[out.length - 1];
      if (merged) {
        merged.earliest = day.earliest;
        merged.latest = day.latest;
      }
      i++;
      continue;
    }
    if (b && isWeekdayOnly(a) && isCalendarDay(b) && WEEKDAY_JOINER.test(ctx.text.slice(a.end, b.start))) {
      // "Tuesday, December 2": one date; the calendar day wins, the weekday is kept.
      const merged = candidate(ctx, a.start, b.end, {
        type: b.type,
        value: b.value,
        weekday: a.weekday,
        resolution: b.resolution,
        priority: 0,
      });
      merged.earliest = b.earliest;
      merged.latest = b.latest;
      out.push(merged);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const WEEKDAY_JOINER = /^,?\s+(?:the\s+)?$/;

function isWeekdayOnly(c: Candidate): boolean {
  return c.type === "DATE" && c.weekday !== null && !/T/.test(c.value);
}

function isCalendarDay(c: Candidate): boolean {
  return (
    (c.type === "DATE" || c.type === "TIME") &&
    /^(?:\d{4}|XXXX)-\d\d-\d\d/.test(c.value) &&
    c.weekday === null
  );
}

function isClockOnly(c: Candidate): boolean {
  return c.type === "TIME" && /T\d\d:\d\dZ?$/.test(c.value) && c.resolution !== "absolute";
}

function isDay(c: Candidate): boolean {
  return c.type === "DATE" && /^(?:\d{4}-\d\d-\d\d|XXXX-WXX-\d)$/.test(c.value);
}

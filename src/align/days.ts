/**
 * Day arithmetic alignment needs on top of `normalize/time/calendar`: a lenient parse of the `YYYY-MM-DD`
 * days claims carry (no regex: it runs for every claim) and the month bucket of a day number.
 */
import {
  dayNumber as calendarDayNumber,
  civilDayNumber,
  daysInMonth,
  packedDate,
  weekdayOf,
} from "../normalize/time/calendar.js";

export { weekdayOf };

/** The value of the decimal digits at `from`..`to` of a string, or -1 when any is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) {
    const digit = text.charCodeAt(k) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` day; NaN when it is not one. */
export function dayNumber(day: string): number {
  // The digits are read in place (no substrings); anything else takes the lenient path.
  const year = digitsAt(day, 0, 4);
  const month = digitsAt(day, 5, 7);
  const date = digitsAt(day, 8, 10);
  // `Date.UTC` reads years below 100 as 1900 on, and rolls months over: those take its path.
  if (year >= 100 && month >= 1 && month <= 12 && date >= 0) return civilDayNumber(year, month, date);
  if (year >= 0 && month >= 0 && date >= 0) return calendarDayNumber(year, month, date);
  return calendarDayNumber(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/**
 * The day number of a well-formed `YYYY-MM-DD` day (a real calendar day, year 1000 on), else NaN. Such days
 * order as their strings do, so a day number can stand for the string in comparisons.
 */
export function canonicalDayNumber(day: string): number {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return Number.NaN;
  const year = digitsAt(day, 0, 4);
  const month = digitsAt(day, 5, 7);
  const date = digitsAt(day, 8, 10);
  if (year < 1000 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month))
    return Number.NaN;
  return civilDayNumber(year, month, date);
}

/** Months since year 0 (year * 12 + month index) of a day number: the blocking bucket. */
export function monthOf(days: number): number {
  const packed = packedDate(days);
  return Math.floor(packed / 10_000) * 12 + (Math.floor(packed / 100) % 100) - 1;
}

export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/**
 * Day arithmetic alignment needs on top of `normalize/time/calendar`: a lenient parse of the `YYYY-MM-DD`
 * days claims carry (no regex: it runs for every claim) and the month bucket of a day number.
 */
import { dayNumber as calendarDayNumber, weekdayOf } from "../normalize/time/calendar.js";

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

/** Days in a 400-year Gregorian cycle, and from 0000-03-01 to 1970-01-01. */
const DAYS_PER_ERA = 146_097;
const EPOCH_SHIFT = 719_468;

/**
 * Days since 1970-01-01 of a year (100 on), month (1-12) and day of month, by integer arithmetic (H. Hinnant's
 * days_from_civil) rather than `Date.UTC`: it runs twice per claim. Linear in the day, so a day past the
 * month's end rolls over as `Date.UTC` rolls it.
 */
function civilDayNumber(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
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

/** Days in a month (1-12) of a year, leap years counted. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
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

/**
 * Months since year 0 (year * 12 + month index) of a day number: the blocking bucket. Integer arithmetic as in
 * `dateParts` (H. Hinnant's civil_from_days), without its object: it runs twice per claim.
 */
export function monthOf(days: number): number {
  const z = Math.floor(days) + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
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

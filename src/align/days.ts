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

/** Days since 1970-01-01 for a `YYYY-MM-DD` day; NaN when it is not one. */
export function dayNumber(day: string): number {
  // The digits are read in place (no substrings); anything else takes the lenient path.
  const year = digitsAt(day, 0, 4);
  const month = digitsAt(day, 5, 7);
  const date = digitsAt(day, 8, 10);
  if (year >= 0 && month >= 0 && date >= 0) return calendarDayNumber(year, month, date);
  return calendarDayNumber(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/**
 * Months since year 0 (year * 12 + month index) of a day number: the blocking bucket. Integer arithmetic
 * (Hinnant's civil-from-days) rather than a `Date`, as it runs for every claim.
 */
export function monthOf(days: number): number {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 2 : marchMonth - 10;
  const year = yearOfEra + era * 400 + (month <= 1 ? 1 : 0);
  return year * 12 + month;
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

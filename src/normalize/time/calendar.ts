/** Calendar arithmetic on whole days counted from 1970-01-01 (UTC), so no time zone can shift a date. */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date (month 1-12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Days in a 400-year Gregorian cycle, and from 0000-03-01 to 1970-01-01. */
const DAYS_PER_ERA = 146_097;
const EPOCH_SHIFT = 719_468;

/**
 * The calendar date of a day number packed as `year * 10000 + month * 100 + day` (proleptic Gregorian, as `Date`
 * counts, years 0 on), by integer arithmetic and with no object: it runs for every candidate and claim.
 *
 * @example
 * packedDate(0); // 19700101
 */
export function packedDate(n: number): number {
  // Count from 0000-03-01 so the leap day ends each year (H. Hinnant's civil_from_days).
  const z = Math.floor(n) + EPOCH_SHIFT;
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
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + day;
}

/** The calendar date of a day number (see {@link packedDate}). */
export function dateParts(n: number): DateParts {
  const packed = packedDate(n);
  return { year: Math.floor(packed / 10_000), month: Math.floor(packed / 100) % 100, day: packed % 100 };
}

/**
 * Days since 1970-01-01 of a year (100 on), month (1-12) and day of month, by integer arithmetic (H. Hinnant's
 * days_from_civil) rather than `Date.UTC`: it runs twice per claim. Linear in the day, so a day past the
 * month's end rolls over as `Date.UTC` rolls it.
 */
export function civilDayNumber(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

/** `YYYY-MM-DD` of a day number. */
export function formatDay(n: number): string {
  const { year, month, day } = dateParts(n);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The `YYYY-MM-DD` day that lies `days` whole days after `day` (before it when negative).
 *
 * @example
 * shiftDay("2024-02-28", 2); // "2024-03-01"
 */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Whole days from one `YYYY-MM-DD` day to another (negative when `to` is earlier).
 *
 * @example
 * daysBetween("2024-02-28", "2024-03-01"); // 2
 */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / MS_PER_DAY;
}

/** `YYYY-MM` for a year and month. */
export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

/** Day number of a `YYYY-MM-DD` string, or null when it is not a real date. */
export function parseDay(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const n = dayNumber(y, mo, d);
  const back = dateParts(n);
  return back.month === mo && back.day === d ? n : null;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeekOf(n: number): { year: number; week: number } {
  const isoDow = weekdayOf(n) === 0 ? 7 : weekdayOf(n);
  const thursday = n + 4 - isoDow;
  const year = dateParts(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Monday of the ISO week containing a day. */
export function isoWeekStart(n: number): number {
  const isoDow = weekdayOf(n) === 0 ? 7 : weekdayOf(n);
  return n - (isoDow - 1);
}

/** `YYYY-Www` of the ISO week containing a day. */
export function formatIsoWeek(n: number): string {
  const { year, week } = isoWeekOf(n);
  return `${pad4(year)}-W${pad2(week)}`;
}

/** Days in a month (1-12) of a year, leap years counted. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Shift a (year, month) pair by a number of months. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** First and last day numbers of a month. */
export function monthRange(year: number, month: number): [number, number] {
  return [dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month))];
}

/** First and last day numbers of a year. */
export function yearRange(year: number): [number, number] {
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

export { pad2, pad4 };

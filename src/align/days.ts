const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` day; NaN when it is not one. */
export function dayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` day of a day number. */
export function dayString(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** Months since year 0 (year * 12 + month index) of a day number: the blocking bucket. */
export function monthOf(days: number): number {
  const date = new Date(days * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Calendar year of a day number. */
export function yearOf(days: number): number {
  return new Date(days * MS_PER_DAY).getUTCFullYear();
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

/**
 * How calendar dates are written, as data. Each form is a regular-expression source (no capturing groups)
 * and the date-fns `parse` formats tried, in order, on the matched text once it is normalised
 * (ordinal suffixes and "of" dropped, commas and runs of spaces turned into one space, "Sept" → "Sep",
 * trailing dots of month abbreviations dropped).
 *
 * `{month}` in a pattern stands for any month name or abbreviation (see {@link MONTH_NAMES}).
 */
export interface DateForm {
  /** Regular-expression source for the date text; `{month}` is expanded. */
  readonly pattern: string;
  /** date-fns `parse` formats tried in order on the normalised text. */
  readonly formats: readonly string[];
  /** True when the form has no year (`April 25`): only usable when a year is known from elsewhere. */
  readonly needsYear?: boolean;
  /** Keep only the first `n` characters before parsing (ISO timestamps keep their date part). */
  readonly keepFirst?: number;
  /** The date-fns locale whose month names the formats read (default English). */
  readonly locale?: "de" | "fr";
}

/** English month names and their abbreviations, as written in datelines. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sept",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** German month names and abbreviations (`{monthDe}`). */
export const MONTH_NAMES_DE: readonly string[] = [
  "Januar",
  "Jänner",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
  "Jan",
  "Feb",
  "Mär",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Okt",
  "Nov",
  "Dez",
];

/** French month names and abbreviations (`{monthFr}`). */
export const MONTH_NAMES_FR: readonly string[] = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
  "janv",
  "févr",
  "avr",
  "juil",
  "sept",
  "oct",
  "nov",
  "déc",
];

/** Weekday names that may precede a date in a dateline ("Tuesday, April 22, 2025"). */
export const WEEKDAY_NAMES: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "Mon",
  "Tue",
  "Tues",
  "Wed",
  "Thu",
  "Thur",
  "Thurs",
  "Fri",
  "Sat",
  "Sun",
  "Montag",
  "Dienstag",
  "Mittwoch",
  "Donnerstag",
  "Freitag",
  "Samstag",
  "Sonntag",
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
];

/** Date forms that include a year, most specific first. */
export const DATE_FORMS: readonly DateForm[] = [
  {
    pattern: String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
    formats: ["yyyy-MM-dd"],
    keepFirst: 10,
  },
  {
    pattern: String.raw`{month}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    formats: ["MMMM d yyyy", "MMM d yyyy"],
  },
  {
    pattern: String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+{month}\.?,?\s+\d{4}`,
    formats: ["d MMMM yyyy", "d MMM yyyy"],
  },
  {
    pattern: String.raw`\d{1,2}\.\s*{monthDe}\.?\s+\d{4}`,
    formats: ["d. MMMM yyyy", "d. MMM yyyy"],
    locale: "de",
  },
  {
    pattern: String.raw`\d{1,2}(?:er)?\s+{monthFr}\.?\s+\d{4}`,
    formats: ["d MMMM yyyy", "d MMM yyyy"],
    locale: "fr",
  },
  { pattern: String.raw`\d{1,2}\.\s?\d{1,2}\.\s?\d{4}`, formats: ["d.M.yyyy"] },
  { pattern: String.raw`\d{4}/\d{1,2}/\d{1,2}`, formats: ["yyyy/M/d"] },
  { pattern: String.raw`\d{4}\.\d{1,2}\.\d{1,2}`, formats: ["yyyy.M.d"] },
  { pattern: String.raw`\d{1,2}/\d{1,2}/\d{4}`, formats: ["M/d/yyyy", "d/M/yyyy"] },
];

/** Date forms without a year, used only where a dateline gives month and day ("MOSCOW, April 25 (Reuters) -"). */
export const YEARLESS_DATE_FORMS: readonly DateForm[] = [
  {
    pattern: String.raw`{month}\.?\s+\d{1,2}(?:st|nd|rd|th)?`,
    formats: ["MMMM d", "MMM d"],
    needsYear: true,
  },
  {
    pattern: String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+{month}`,
    formats: ["d MMMM", "d MMM"],
    needsYear: true,
  },
];

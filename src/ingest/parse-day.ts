import { isValid, type Locale, parse } from "date-fns";
import { de } from "date-fns/locale/de";
import { fr } from "date-fns/locale/fr";
import type { Day } from "../schema/primitives.js";
import { dateFormSource } from "./expand-placeholders.js";
import { DATE_FORMS, type DateForm, MONTH_NAMES, YEARLESS_DATE_FORMS } from "./tables/date-forms.js";

interface CompiledForm {
  readonly form: DateForm;
  readonly regex: RegExp;
}

const COMPILED_FORMS: readonly CompiledForm[] = [...DATE_FORMS, ...YEARLESS_DATE_FORMS].map((form) => ({
  form,
  regex: new RegExp(`^${dateFormSource(form)}$`, "iu"),
}));

/** Puts date text into the shape the date-fns formats of the table expect. */
function normaliseDateText(text: string): string {
  return text
    .trim()
    .replace(/(\d)(?:st|nd|rd|th|er)\b/giu, "$1")
    .replace(/\s+of\s+/giu, " ")
    .replace(/(\d)\.\s+(\d)/gu, "$1.$2")
    .replace(/\bsept\b/giu, "Sep")
    .replace(/(\d\.\s*\p{L}{3,})\./gu, "$1")
    .replace(/(\p{L}{3,})\.(?=\s|$)/gu, "$1")
    .replace(/,/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** A Day from a local-time Date. */
export function dayOf(date: Date): Day {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

const LOCALES: Readonly<Record<string, Locale>> = { de, fr };

function parseWithForm(text: string, form: DateForm, year: number | null): Day | null {
  if (form.needsYear && year === null) return null;
  const input = form.keepFirst ? text.slice(0, form.keepFirst) : text;
  if (
    !form.locale &&
    (form.formats[0] === "MMMM d yyyy" || form.formats[0] === "d MMMM yyyy" || form.needsYear)
  ) {
    const fast = englishDay(input, year);
    if (fast !== undefined) return fast;
  }
  const reference = new Date(year ?? 2000, 0, 1);
  for (const format of form.formats) {
    if (format === "yyyy-MM-dd" && /^\d{4}-\d{2}-\d{2}$/u.test(input)) {
      const day = isoDay(input);
      if (day) return day;
      continue;
    }
    const date = parse(input, format, reference, form.locale ? { locale: LOCALES[form.locale] } : undefined);
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2100) return dayOf(date);
  }
  return null;
}

/** English month names and abbreviations (lower case) → month index, as date-fns reads them. */
const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.map((name) => [name.toLowerCase(), monthIndexOf(name.toLowerCase())] as const),
);

function monthIndexOf(name: string): number {
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(
    name.slice(0, 3),
  );
}

function dayFromParts(year: number, month: number, day: number): Day | null {
  if (!(year >= 1900 && year <= 2100)) return null;
  const date = new Date(year, month, day);
  return date.getMonth() === month && date.getDate() === day ? dayOf(date) : null;
}

const MONTH_DAY_YEAR = /^(\p{L}+) (\d{1,2})(?: (\d{4}))?$/u;
const DAY_MONTH_YEAR = /^(\d{1,2}) (\p{L}+)(?: (\d{4}))?$/u;

/**
 * English "MMMM d yyyy" / "d MMM yyyy" text (normalised) read by hand, because date-fns `parse` is slow;
 * undefined when the text is not in that shape, so date-fns decides.
 */
function englishDay(text: string, year: number | null): Day | null | undefined {
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  const dayFirst = monthFirst ? null : DAY_MONTH_YEAR.exec(text);
  const name = monthFirst?.[1] ?? dayFirst?.[2];
  const month = name === undefined ? undefined : ENGLISH_MONTHS.get(name.toLowerCase());
  if (month === undefined) return undefined;
  const day = Number(monthFirst?.[2] ?? dayFirst?.[1]);
  const written = monthFirst?.[3] ?? dayFirst?.[3];
  return dayFromParts(written === undefined ? (year ?? 2000) : Number(written), month, day);
}

const PLAIN_ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;
const PLAIN_MONTH_FIRST = /^(\p{L}+) (\d{1,2}),? (\d{4})$/u;
const PLAIN_DAY_FIRST = /^(\d{1,2}) (\p{L}+),? (\d{4})$/u;

/**
 * "October 11, 2025" and "14 January 2022" read before normalising: the English forms would read them
 * the same way after it. Null (and the full path decides) for anything else or an impossible day.
 */
function plainEnglishDay(text: string): Day | null {
  const monthFirst = PLAIN_MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : PLAIN_DAY_FIRST.exec(text);
  if (!monthFirst && !dayFirst) return null;
  const month = ENGLISH_MONTHS.get((monthFirst?.[1] ?? dayFirst?.[2])!.toLowerCase());
  if (month === undefined) return null;
  const day = Number(monthFirst?.[2] ?? dayFirst?.[1]);
  return dayFromParts(Number(monthFirst?.[3] ?? dayFirst?.[3]), month, day);
}

/** "yyyy-MM-dd" read by hand: the commonest form (metadata), and date-fns `parse` is slow. */
function isoDay(text: string): Day | null {
  const [year, month, day] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
  if (!(year >= 1900 && year <= 2100)) return null;
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? dayOf(date) : null;
}

/**
 * Reads a date written in one of the table's forms (see `tables/date-forms.ts`) as a Day. A date
 * without a year is read only when `year` is given. Returns null for anything else; never throws.
 *
 * @example
 * parseDay("Dec 3, 2025"); // "2025-12-03"
 * parseDay("22.04.2025"); // "2025-04-22"
 * parseDay("April 25", 2025); // "2025-04-25"
 */
export function parseDay(text: string, year: number | null = null): Day | null {
  if (text.length > 80) return null;
  // The commonest text (metadata, `date` lines): only the ISO form can read it, and normalising leaves it as it is.
  if (PLAIN_ISO_DAY.test(text)) return isoDay(text);
  const plain = plainEnglishDay(text);
  if (plain) return plain;
  const normalised = normaliseDateText(text);
  for (const { form, regex } of COMPILED_FORMS) {
    if (!regex.test(normalised)) continue;
    const day = parseWithForm(normalised, form, year);
    if (day) return day;
  }
  return null;
}

import {
  DATE_FORMS,
  type DateForm,
  MONTH_NAMES,
  MONTH_NAMES_DE,
  MONTH_NAMES_FR,
  WEEKDAY_NAMES,
  YEARLESS_DATE_FORMS,
} from "./tables/date-forms.js";
import { DATE_LABELS, LEADING_TIME, TIME_OF_DAY } from "./tables/datelines.js";

function alternation(words: readonly string[]): string {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return `(?:${longestFirst.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})`;
}

const MONTH = `(?:${alternation(MONTH_NAMES)}(?![\\p{L}]))`;
const MONTH_DE = `(?:${alternation(MONTH_NAMES_DE)}(?![\\p{L}]))`;
const MONTH_FR = `(?:${alternation(MONTH_NAMES_FR)}(?![\\p{L}]))`;

function formSource(form: DateForm): string {
  return form.pattern
    .replaceAll("{monthDe}", MONTH_DE)
    .replaceAll("{monthFr}", MONTH_FR)
    .replaceAll("{month}", MONTH);
}

const DATE = `(?:${DATE_FORMS.map(formSource).join("|")})`;
const ANY_DATE = `(?:${[...DATE_FORMS, ...YEARLESS_DATE_FORMS].map(formSource).join("|")})`;

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  "{date}": DATE,
  "{anyDate}": ANY_DATE,
  "{month}": MONTH,
  "{weekday}": `${alternation(WEEKDAY_NAMES)}(?![\\p{L}])`,
  "{label}": alternation(DATE_LABELS),
  "{time}": TIME_OF_DAY,
  "{leadingTime}": LEADING_TIME,
};

/**
 * Expands the placeholders of a pattern written as data: `{date}` (a date with a year in any known
 * form), `{anyDate}` (with or without a year), `{month}`, `{weekday}`, `{label}` (Published, Updated …),
 * `{time}` (a time of day after a date) and `{leadingTime}` (one before it). Other braces are left alone.
 *
 * @example
 * new RegExp(expandPlaceholders("^(?<date>{date})$"), "iu").test("April 22, 2025"); // true
 */
export function expandPlaceholders(source: string): string {
  return source.replace(
    /\{(?:date|anyDate|month|weekday|label|time|leadingTime)\}/g,
    (name) => PLACEHOLDERS[name] ?? name,
  );
}

/** The source of a regular expression for one date form, with `{month}` expanded. */
export function dateFormSource(form: DateForm): string {
  return formSource(form);
}

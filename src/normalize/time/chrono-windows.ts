import type { Chrono, ParsedResult, ParsingOption, ParsingReference } from "chrono-node";

/** A chrono reading with its index in the whole text. */
export interface ChronoReading {
  index: number;
  text: string;
  start: ParsedResult["start"];
  end?: ParsedResult["end"];
}

/**
 * Candidates for a strict chrono reading: every strict parser needs digits or an ordinal word
 * ("the first of March", "March twenty-first"), so the text far from both holds no reading;
 * {@link isSeed} then keeps the candidates a reading can actually be built on. The ordinals are grouped by
 * first letter (none is a prefix of another, so the matches are the same) so each position tries one branch.
 */
const READING_SEED =
  /\d+|f(?:irst|ourth|ifth)|s(?:econd|ixth|eventh)|t(?:hird|enth|welfth|eenth|ieth)|e(?:ighth|leventh)|ninth/gi;

/** A month name (or the start of one): every month name chrono reads holds one ("Sept.", "March"). */
const MONTH_NEAR = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** How far from a digit or ordinal the month of a month-name reading can be ("5th of March", "March 5, 2025"). */
const MONTH_REACH = 24;
/**
 * What can follow the number of a clock reading: am/pm, o'clock, "at night", "in the morning", a
 * second time after a range word ("5 to 7", "9-11"), or a zone chrono attaches even to a bare hour
 * ("by 20 GMT", "18 CET", "18 +03:00").
 */
const CLOCK_AFTER =
  /^\s*(?:[ap](?:\.?m)?\.?(?:(?![a-z])|(?=o|at|in))|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon)|(?:[?~〜\-–+]|to|until|through|till)\s*\d|,?\s*\(?[a-z]{2,4}\)?(?!\w))/i;
/** What can come before the number of a clock reading ("at 5", "from 10", "T10:00"), as chrono delimits it. */
const CLOCK_BEFORE = /(?:(?:^|\W|t)(?:at|from)\s*|t)$/i;
const MAX_HOUR = 24;
/** Separators that join two numbers into a date or clock ("10:30", "22.04.2025", "2025-04-22", "3/4"). */
const JOINED_NUMBERS = /[-:：./–\s]/;

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** True when a number is glued by one separator to another number: "10:30", "22.04", "2025 04 22", "5-7". */
function joinsNumber(text: string, start: number, end: number): boolean {
  return (
    (JOINED_NUMBERS.test(text.charAt(start - 1)) && isDigitCode(text.charCodeAt(start - 2))) ||
    (JOINED_NUMBERS.test(text.charAt(end)) && isDigitCode(text.charCodeAt(end + 1)))
  );
}

/**
 * Whether a strict reading can be built on this digit run or ordinal word: a month name close by,
 * or (for digits) another number joined to it, or the words a clock time needs. Any other number
 * ("2,000 troops", "in 2019") yields no reading, or only one chrono itself drops (a bare "12"), which
 * can touch a kept reading only when next to it, and so inside that reading's window.
 */
function isSeed(text: string, start: number, end: number): boolean {
  // A day (or ordinal word) reads with a month on either side; a longer number only as the year
  // before one ("2025 March"): a year after a month ("June 2025") belongs to a day, or to no reading.
  const monthFrom = end - start <= 2 || !isDigitCode(text.charCodeAt(start)) ? start - MONTH_REACH : end;
  if (MONTH_NEAR.test(text.slice(Math.max(0, monthFrom), end + MONTH_REACH))) return true;
  if (!isDigitCode(text.charCodeAt(start))) return false;
  if (joinsNumber(text, start, end)) return true;
  // chrono's strict clock reading drops any hour above 24 ("in 2028 as", "500 long-range").
  if (end - start > 4 || Number(text.slice(start, end)) > MAX_HOUR) return false;
  return (
    CLOCK_AFTER.test(text.slice(end, end + 40)) ||
    CLOCK_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

/**
 * Characters kept either side of a seed (then widened over a whitespace run and one word). The
 * longest strict reading reaches about 30 characters before its first seed ("September
 * twenty-seventh") and 20 after its last ("10 in the afternoon", " of September"); the tests agree
 * with the whole-text reading down to 16, and the rest keeps chrono's look-arounds and merge
 * refiners seeing what they would in the whole text.
 */
const MARGIN = 40;

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029;

/** Back from `at` over a whitespace run and the word before it, then onto the whitespace before that word. */
function windowStart(text: string, at: number): number {
  let i = Math.max(0, at);
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  return i > 0 ? i - 1 : 0;
}

/** On from `at` over a whitespace run and the word after it, then onto the whitespace after that word. */
function windowEnd(text: string, at: number): number {
  let i = Math.min(text.length, at);
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return Math.min(text.length, i + 1);
}

/**
 * The stretches of `text` that can hold a strict chrono reading, as flat [start, end, …] offsets in
 * text order, overlapping stretches merged. Each stretch starts and ends on whitespace (or the text
 * edge), so chrono's word-boundary checks read the same as in the whole text.
 *
 * @example
 * readingWindows("Talks opened on 5 March.") // [0, 24]
 */
export function readingWindows(text: string): number[] {
  const windows: number[] = [];
  for (const m of text.matchAll(READING_SEED)) {
    if (!isSeed(text, m.index, m.index + m[0].length)) continue;
    const start = windowStart(text, m.index - MARGIN);
    const end = windowEnd(text, m.index + m[0].length + MARGIN);
    const last = windows.length - 1;
    if (windows.length > 0 && start <= (windows[last] ?? 0))
      windows[last] = Math.max(windows[last] ?? 0, end);
    else windows.push(start, end);
  }
  return windows;
}

/**
 * What `chrono.parse(text, reference, option)` returns, computed on the reading windows only:
 * chrono's cost grows with the text it scans (and its look-behinds re-read the text before each
 * match), while its readings depend only on their neighbourhood and the reference date.
 * `monthless`, when given, parses the windows that hold no month name: the same chrono without its
 * month-name parsers (each of which needs one), so it reads those windows the same, only faster.
 * Result indexes refer to `text`.
 */
export function parseInWindows(
  chrono: Chrono,
  text: string,
  reference: ParsingReference,
  option?: ParsingOption,
  monthless: Chrono = chrono,
): ChronoReading[] {
  const windows = readingWindows(text);
  const results: ChronoReading[] = [];
  for (let i = 0; i + 1 < windows.length; i += 2) {
    const start = windows[i] ?? 0;
    const end = windows[i + 1] ?? start;
    const window = text.slice(start, end);
    const parser = monthless === chrono || MONTH_NEAR.test(window) ? chrono : monthless;
    for (const r of parser.parse(window, reference, option)) {
      results.push({ index: r.index + start, text: r.text, start: r.start, end: r.end });
    }
  }
  return results;
}

import type { Chrono, ParsedResult, ParsingOption, ParsingReference } from "chrono-node";

/** A chrono reading with its index in the whole text. */
export interface ChronoReading {
  index: number;
  text: string;
  start: ParsedResult["start"];
  end?: ParsedResult["end"];
}

/**
 * Where a strict chrono reading can start: every strict parser needs digits or an ordinal word
 * ("the first of March", "March twenty-first"), so the text far from both holds no reading.
 */
const READING_SEED =
  /\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/gi;

/**
 * Characters kept either side of a seed. The longest strict reading reaches about 30 characters
 * before its first seed ("September twenty-seventh") and 20 after its last ("10 in the afternoon",
 * " of September"); the rest keeps chrono's look-arounds and merge refiners seeing what they would
 * in the whole text.
 */
const MARGIN = 64;

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
 * Result indexes refer to `text`.
 */
export function parseInWindows(
  chrono: Chrono,
  text: string,
  reference: ParsingReference,
  option?: ParsingOption,
): ChronoReading[] {
  const windows = readingWindows(text);
  const results: ChronoReading[] = [];
  for (let i = 0; i + 1 < windows.length; i += 2) {
    const start = windows[i] ?? 0;
    const end = windows[i + 1] ?? start;
    for (const r of chrono.parse(text.slice(start, end), reference, option)) {
      results.push({ index: r.index + start, text: r.text, start: r.start, end: r.end });
    }
  }
  return results;
}

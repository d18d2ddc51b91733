/**
 * Keyword positions found in one pass over the words of a text, so each rule runs its (costlier)
 * pattern only near the words it needs instead of scanning the whole text.
 */
import { eachAsciiWord } from "../text/ascii-words.js";

export type AnchorKind =
  | "unit"
  | "half"
  | "ago"
  | "weekday"
  | "dayWord"
  | "month"
  | "ref"
  | "period"
  | "quarter"
  | "set";

/** Flat [start, end, start, end, …] offsets of the keywords of each kind. */
export type Anchors = Readonly<Record<AnchorKind, readonly number[]>>;

const KIND_WORDS: Readonly<Record<AnchorKind, readonly string[]>> = {
  unit: [
    "second",
    "seconds",
    "sec",
    "secs",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "yr",
    "yrs",
    "decade",
    "decades",
    "century",
    "centuries",
  ],
  half: ["half"],
  ago: ["ago"],
  weekday: [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "saturdays",
    "sundays",
  ],
  dayWord: [
    "day",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "overnight",
    "morning",
    "afternoon",
    "evening",
    "night",
  ],
  month: [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
  ],
  ref: [
    "now",
    "currently",
    "nowadays",
    "presently",
    "present",
    "moment",
    "days",
    "recently",
    "lately",
    "time",
    "past",
    "future",
  ],
  period: [
    "fortnight",
    "week",
    "weekend",
    "month",
    "year",
    "quarter",
    "decade",
    "century",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
  ],
  quarter: ["quarter", "q"],
  set: ["every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly"],
};

const KINDS_OF_WORD: ReadonlyMap<string, readonly AnchorKind[]> = (() => {
  const map = new Map<string, AnchorKind[]>();
  for (const [kind, words] of Object.entries(KIND_WORDS) as Array<[AnchorKind, readonly string[]]>) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), kind]);
  }
  return map;
})();

/** Longest keyword: longer words are skipped without being looked up. */
const MAX_KEYWORD_LENGTH = 11;

const lowerCode = (code: number): number => code | 32;

/** (first letter, last letter, length) of a word, lower-cased: a cheap test before slicing the word out. */
const shapeKey = (first: number, last: number, length: number): number =>
  ((lowerCode(first) - 97) * 26 + (lowerCode(last) - 97)) * (MAX_KEYWORD_LENGTH + 1) + length;

const KEYWORD_SHAPES: Uint8Array = (() => {
  const shapes = new Uint8Array(26 * 26 * (MAX_KEYWORD_LENGTH + 1));
  for (const word of KINDS_OF_WORD.keys())
    shapes[shapeKey(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
  return shapes;
})();

/**
 * Where each kind of time keyword occurs in `text`.
 *
 * @example
 * findAnchors("for two hours on Tuesday").unit // [8, 13]
 */
export function findAnchors(text: string): Anchors {
  const anchors: Record<AnchorKind, number[]> = {
    unit: [],
    half: [],
    ago: [],
    weekday: [],
    dayWord: [],
    month: [],
    ref: [],
    period: [],
    quarter: [],
    set: [],
  };
  // Words are runs of ASCII letters; only those shaped like a keyword are sliced out and looked up.
  eachAsciiWord(text, (start, end) => {
    const wordLength = end - start;
    if (wordLength > MAX_KEYWORD_LENGTH) return;
    const first = text.charCodeAt(start);
    if (KEYWORD_SHAPES[shapeKey(first, text.charCodeAt(end - 1), wordLength)] !== 1) return;
    const word = text.slice(start, end);
    // Most words are lower case: look them up as they are and lower-case only capitalised ones.
    const kinds =
      KINDS_OF_WORD.get(word) ?? (first <= 90 ? KINDS_OF_WORD.get(word.toLowerCase()) : undefined);
    if (!kinds) return;
    for (const kind of kinds) anchors[kind].push(start, end);
  });
  return anchors;
}

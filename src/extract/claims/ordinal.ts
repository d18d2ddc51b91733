import type { Ordinal } from "../../schema/claim.js";
import { ORDINAL_NOUNS, ORDINAL_WORDS } from "./lexicon.js";
import { matchesOf } from "./matches.js";

/** What follows the determiner or possessor of an {@link ORDINAL_PATTERN} match: the ordinal and what it counts. */
const ORDINAL_TAIL = `\\s+(${Object.keys(ORDINAL_WORDS).join("|")}|\\d{1,2}(?:st|nd|rd|th))(?:[\\s-]+(?:ever|such|official|in-person|face-to-face|direct|bilateral|formal|[a-z]+-to-[a-z]+))?(?:\\s+(?:(?:[a-z]+|[A-Z][a-z]+)\\s+)?(${ORDINAL_NOUNS})\\b|(?=\\s+(?:this year|since|so far|in \\d{4}|of the year|between (?:the|[A-Z][a-z]+ and)|for the two)\\b))`;

const ORDINAL_PATTERN = new RegExp(
  `(?:\\b(?:the|his|her|their|its|a|this|that)|[\\p{L}]+[’']s|[\\p{L}]+s[’'])${ORDINAL_TAIL}`,
  "giu",
);

/**
 * {@link ORDINAL_PATTERN} with its possessor ("the president's", "Kovacs's") tried only where a run of letters starts rather than
 * at every letter of every word. The leftmost match is the same whenever the scan resumes outside a run of
 * letters; {@link ordinalMatches} falls back to the full pattern when it would not.
 */
const ORDINAL_PATTERN_AT_WORDS = new RegExp(
  `(?:\\b(?:the|his|her|their|its|a|this|that)|(?<!\\p{L})[\\p{L}]+[’']s|(?<!\\p{L})[\\p{L}]+s[’'])${ORDINAL_TAIL}`,
  "giu",
);

const STARTS_WITH_LETTER = /^\p{L}/u;

/** Every {@link ORDINAL_PATTERN} match of `slice`, in order (as `matchAll` gives them). */
function ordinalMatches(slice: string): RegExpExecArray[] {
  const matches = matchesOf(ORDINAL_PATTERN_AT_WORDS, slice);
  // A match ending inside a run of letters would let the full pattern resume within a word: read it so.
  const resumesInWord = matches.some((match) => {
    const end = match.index + match[0].length;
    return STARTS_WITH_LETTER.test(slice.slice(end, end + 2));
  });
  return resumesInWord ? matchesOf(ORDINAL_PATTERN, slice) : matches;
}

/** The ordinal stated in `text[from, to)` ("the sixth meeting", "his fifth trip", "for the first time"), nearest to `anchor`. */
const ANY_ORDINAL = new RegExp(
  `\\b(?:${Object.keys(ORDINAL_WORDS).join("|")}|\\d{1,2}(?:st|nd|rd|th))\\b`,
  "i",
);

const COUNTED_TIME_AFTER =
  /^\s*(?:(?:in|this|since|so far)\b[^,.;]{0,25}?\s+)?(?:that|when)\b[^.;]{0,60}?\b(?:met|meet|meeting|held talks|talked|spoke|visited)\b|^\s+(?:the|they|both|\p{Lu})[^.;,]{0,40}?\b(?:have|has|had)\s+(?:met|held talks|spoken|talked|visited)\b/iu;
const CLASS_AGENT_AFTER = /^[^.;,]{0,40}?\bby\s+(?:a|an|any)\s+/i;

/**
 * Whether `text[from, to)` holds an ordinal word ("second", "5th"): when it does not, {@link ordinalIn} finds
 * nothing there nor in any stretch inside it (every ordinal it reads stands between spaces).
 */
export function mayHoldOrdinal(text: string, from: number, to: number): boolean {
  return ANY_ORDINAL.test(text.slice(from, to));
}

/** "at the end of ", "on the margins of ": an ordinal naming the gathering or its part the event was held in. */
const PART_OF_BEFORE =
  /\b(?:end|start|beginning|middle|close|opening|margins?|sidelines?|fringes?)\s+(?:of\s+)?(?:(?:the|its|their)\s+)?$/i;

export function ordinalIn(
  text: string,
  from: number,
  to: number,
  anchor?: number,
  allowFirstTime = true,
): Ordinal | null {
  const slice = text.slice(from, to);
  if (!ANY_ORDINAL.test(slice)) return null;
  let best: { ordinal: Ordinal; distance: number } | null = null;
  for (const match of ordinalMatches(slice)) {
    const word = (match[1] ?? "").toLowerCase();
    const value = ORDINAL_WORDS[word] ?? Number.parseInt(word, 10);
    if (!Number.isFinite(value)) continue;
    const afterMatch = slice.slice(
      (match.index ?? 0) + match[0].length,
      (match.index ?? 0) + match[0].length + 90,
    );
    if (
      (match[2] ?? "").toLowerCase() === "time" &&
      // "the second time in a month that the two presidents had met" counts meetings too.
      !COUNTED_TIME_AFTER.test(afterMatch) &&
      (!allowFirstTime || !/\bfor\s+$/i.test(slice.slice(Math.max(0, (match.index ?? 0) - 5), match.index)))
    )
      continue;
    // "the first visit by a Japanese leader in 12 years" counts a class of visitors, not this person's visits.
    const matchEnd = (match.index ?? 0) + match[0].length;
    if (CLASS_AGENT_AFTER.test(slice.slice(matchEnd, matchEnd + 60))) continue;
    // "squeezed in at the end of the second session": a part of the gathering, not a count of the event.
    if (PART_OF_BEFORE.test(slice.slice(Math.max(0, (match.index ?? 0) - 40), match.index))) continue;
    const position = from + (match.index ?? 0);
    const distance = anchor === undefined ? 0 : Math.abs(position - anchor);
    if (!best || distance < best.distance) best = { ordinal: { value, text: match[0] }, distance };
  }
  return best?.ordinal ?? null;
}

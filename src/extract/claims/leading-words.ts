/**
 * The words a trigger pattern's match can begin with, read from the pattern's source, so that the trigger scan
 * tries the pattern only at words that could start a match.
 */

/** A leading word and whether the alternative it comes from is that word alone (so a match may go on after it). */
interface LeadingWord {
  word: string;
  whole: boolean;
}

/** Index of the parenthesis closing the one at `open`, or -1 (escapes and character classes skipped). */
function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let at = open; at < source.length; at++) {
    const char = source[at];
    if (char === "\\") at++;
    else if (char === "[") at = source.indexOf("]", at + 1);
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return at;
    if (at < 0) return -1;
  }
  return -1;
}

/** The top-level alternatives of a pattern source. */
function alternatives(source: string): string[] | null {
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === "\\") at++;
    else if (char === "[") at = source.indexOf("]", at + 1);
    else if (char === "(") at = closingParen(source, at);
    else if (char === "|") {
      parts.push(source.slice(start, at));
      start = at + 1;
    }
    if (at < 0) return null;
  }
  parts.push(source.slice(start));
  return parts;
}

const QUANTIFIERS = "?*+{";

function leadingOfAlternative(source: string): LeadingWord[] | null {
  // A lookbehind reads text before the match, not its first word.
  if (source.startsWith("(?<=") || source.startsWith("(?<!")) {
    const close = closingParen(source, 0);
    return close < 0 ? null : leadingOfAlternative(source.slice(close + 1));
  }
  if (source.startsWith("(?:")) {
    const close = closingParen(source, 0);
    if (close < 0) return null;
    const inner = leadingOfSource(source.slice(3, close));
    const after = source.slice(close + 1);
    // A word that ends the group runs on into what follows: a short one only when a space or hyphen ends it.
    const endsWord = after[0] === " " || after[0] === "-";
    if (inner === null || inner.some((lead) => lead.whole && lead.word.length < 3 && !endsWord)) return null;
    if (after[0] === "?") {
      const rest = leadingOfAlternative(after.slice(1));
      return rest === null ? null : [...inner, ...rest];
    }
    if (after[0] !== undefined && QUANTIFIERS.includes(after[0])) return null;
    return inner.map((lead) => ({ word: lead.word, whole: false }));
  }
  const word = /^[a-z]+/i.exec(source)?.[0];
  if (word === undefined) return null;
  const next = source[word.length];
  // "meetings?": a quantifier on the fourth letter or later leaves the first three fixed.
  if (next !== undefined && QUANTIFIERS.includes(next) && word.length <= 3) return null;
  // A word shorter than three letters must end at a space or hyphen, where the text's word ends too.
  if (word.length < 3 && next !== undefined && next !== " " && next !== "-") return null;
  return [{ word: word.toLowerCase(), whole: next === undefined }];
}

function leadingOfSource(source: string): LeadingWord[] | null {
  const parts = alternatives(source);
  if (parts === null) return null;
  const words: LeadingWord[] = [];
  for (const part of parts) {
    const leading = leadingOfAlternative(part);
    if (leading === null) return null;
    words.push(...leading);
  }
  return words;
}

/**
 * The words (lower case) a match of the pattern source can begin with, for the shapes the trigger table uses: a
 * word, or a group of alternatives (optional or not) followed by anything. Null when the source begins any
 * other way, for the caller to fall back on a broader test.
 *
 * @example
 * leadingWords("(?:tele)?phone (?:call|conversation)|video call"); // ["tele", "phone", "video"]
 */
export function leadingWords(source: string): string[] | null {
  return leadingOfSource(source)?.map((lead) => lead.word) ?? null;
}

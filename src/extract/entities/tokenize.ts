import { DOTTED_ABBREVIATIONS } from "./data/titles.js";

/** What a token is: a word, a punctuation mark, or a line break. */
export const TokenKind = { Word: 0, Punct: 1, Break: 2 } as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** One token of the readable text. `end` excludes a possessive "'s"; `outerEnd` includes it. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  outerEnd: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Followed by a possessive "'s" / "’s" / "'". */
  possessive: boolean;
}

const TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|\n[\s]*|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;

function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return UPPER.test(word);
}

function isApostrophe(char: string | undefined): boolean {
  return char === "'" || char === "’";
}

function wordToken(text: string, start: number, raw: string): Token {
  let word = raw;
  let end = start + raw.length;
  let outerEnd = end;
  let possessive = false;
  const length = word.length;
  if (
    length > 2 &&
    isApostrophe(word[length - 2]) &&
    (word[length - 1] === "s" || word[length - 1] === "S")
  ) {
    word = word.slice(0, -2);
    end -= 2;
    possessive = true;
  } else if (
    isApostrophe(text[end]) &&
    (word.endsWith("s") || word.endsWith("S")) &&
    !/\p{L}/u.test(text[end + 1] ?? "")
  ) {
    outerEnd = end + 1;
    possessive = true;
  }
  const lower = word.toLowerCase();
  if (text[outerEnd] === "." && outerEnd === end) {
    const isInitial = word.length === 1 && startsUpper(word);
    if (isInitial || DOTTED_ABBREVIATIONS.has(lower)) {
      end += 1;
      outerEnd += 1;
      word += ".";
    }
  }
  return {
    kind: TokenKind.Word,
    start,
    end,
    outerEnd,
    text: word,
    lower,
    cap: startsUpper(word),
    possessive,
  };
}

/**
 * Splits text into words, punctuation marks and line breaks in one pass. Possessive "'s" is folded into a
 * flag; the full stop of an initial or a known abbreviation ("J.", "Mr.", "St.") stays with its word.
 *
 * @example
 * tokenize("Putin's aide").map((token) => token.text); // ["Putin", "aide"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  let skipUntil = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const raw = match[0];
    const start = match.index;
    if (start < skipUntil) continue;
    const first = raw.charCodeAt(0);
    if (first === 10) {
      tokens.push({
        kind: TokenKind.Break,
        start,
        end: start + 1,
        outerEnd: start + 1,
        text: "\n",
        lower: "\n",
        cap: false,
        possessive: false,
      });
    } else if (raw.length === 1 && !/[\p{L}\p{M}\p{N}]/u.test(raw)) {
      tokens.push({
        kind: TokenKind.Punct,
        start,
        end: start + 1,
        outerEnd: start + 1,
        text: raw,
        lower: raw,
        cap: false,
        possessive: false,
      });
    } else {
      const token = wordToken(text, start, raw);
      tokens.push(token);
      skipUntil = token.outerEnd;
    }
  }
  return tokens;
}

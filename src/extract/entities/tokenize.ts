import { DOTTED_ABBREVIATIONS } from "./data/titles.js";
import {
  listedFlags,
  listedWord,
  listedWordAt,
  lowerHash,
  SMALL_INTEGER,
  wordClasses,
  wordClassesByHash,
} from "./word-classes.js";

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
  /** Which closed word lists the lower-case word is in (see `W` in word-classes.ts); 0 for punctuation. */
  flags: number;
  /** `lowerHash` of the first three characters: a cheap pre-check for gazetteer lookups. */
  prefixHash: number;
  /** The folded name key, filled in on first use by the gazetteer matcher ("" until then). */
  key: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Word-character flags for the code points below U+0530 (Latin, Greek, Cyrillic): an immutable table. */
const LOW_WORD_CHARS: Uint8Array = (() => {
  const table = new Uint8Array(0x530);
  for (let code = 0; code < table.length; code++)
    table[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
})();

/** Whether the UTF-16 unit at `code` belongs to a word (letter, mark or digit). */
function isWordCode(code: number, text: string, at: number): boolean {
  if (code < 0x530) return LOW_WORD_CHARS[code] === 1;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0xd800 && code <= 0xdfff)
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
  return WORD_CHAR.test(text[at] as string);
}

function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 13 ||
    code === 11 ||
    code === 12 ||
    code === 160 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x2028 ||
    code === 0x2029
  );
}

function isJoinerCode(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46;
}

/** End of the word starting at `start`: word characters, joined by single hyphens, apostrophes or dots. */
function wordEnd(text: string, start: number): number {
  let at = start;
  const length = text.length;
  for (;;) {
    while (at < length && isWordCode(text.charCodeAt(at), text, at)) at++;
    if (
      at + 1 < length &&
      isJoinerCode(text.charCodeAt(at)) &&
      isWordCode(text.charCodeAt(at + 1), text, at + 1)
    ) {
      at++;
      continue;
    }
    return at;
  }
}

/** "U.S" + "." → "U.S.": a dotted abbreviation keeps its final full stop. */
function isDottedAbbreviation(word: string): boolean {
  if (word.length < 3) return false;
  for (let k = 0; k < word.length; k++) if ((k % 2 === 1) !== (word[k] === ".")) return false;
  return true;
}
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
    !LETTER.test(text[end + 1] ?? "")
  ) {
    outerEnd = end + 1;
    possessive = true;
  }
  let hash = 0x811c9dc5;
  let prefixHash = 0;
  let upper = false;
  let ascii = true;
  for (let k = 0; k < word.length; k++) {
    let code = word.charCodeAt(k);
    if (code >= 65 && code <= 90) {
      code |= 32;
      upper = true;
    } else if (code >= 128) {
      ascii = false;
      break;
    }
    hash = Math.imul(hash ^ code, 0x01000193);
    if (k === 2) prefixHash = hash & SMALL_INTEGER;
  }
  if (word.length < 3) prefixHash = hash & SMALL_INTEGER;
  const lower = ascii ? (upper ? word.toLowerCase() : word) : word.toLowerCase();
  const flags = ascii ? wordClassesByHash(lower, hash & SMALL_INTEGER) : wordClasses(lower);
  if (!ascii) prefixHash = lowerHash(lower, 3);
  if (text[outerEnd] === "." && outerEnd === end) {
    const isInitial = word.length === 1 && startsUpper(word);
    if (isInitial || (DOTTED_ABBREVIATIONS.has(lower) && !endsSentence(text, outerEnd + 1))) {
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
    cap: (startsUpper(word) && !isCompoundAdjective(word)) || isPrefixedName(word),
    possessive,
    flags,
    prefixHash,
    key: "",
  };
}

/**
 * Whether the text after a full stop at `from` starts a new sentence: a line end, the text's end, or a word
 * that opens sentences and never follows a title ("… former prime minister Hun Sen. The two …").
 */
function endsSentence(text: string, from: number): boolean {
  return SENTENCE_OPENING.test(text.slice(from, from + 12));
}

const SENTENCE_OPENING =
  /^(?:\s*$|\s*\n|\s+(?:The|A|An|He|She|They|It|In|On|At|But|And|This|That|His|Her|Their|We|I|Its)\b)/;

/**
 * "Serb-run", "Kremlin-backed", "US-led": a capitalised word with a participle or adjective after its hyphen
 * describes something; it is no name ("Jong-un", "Jae-in" end in syllables, not in these words).
 */
const COMPOUND_ADJECTIVE =
  /-(?:run|led|backed|based|born|owned|controlled|held|friendly|linked|aligned|allied|style|made|funded|brokered|sponsored|speaking|occupied|annexed|leaning|appointed|installed|educated|trained|bound|centred|centered|focused|dominated|majority|minority|era|wide|language)$/i;

function isCompoundAdjective(word: string): boolean {
  return word.includes("-") && COMPOUND_ADJECTIVE.test(word);
}

/** A capitalised name behind a lower-case Arabic article or kinship particle ("al-Burhan", "bin-Salman") is a name word. */
const PREFIXED_NAME = /^(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|ibn|abu|ben|ould|ag)-\p{Lu}/u;

function isPrefixedName(word: string): boolean {
  const hyphen = word.indexOf("-");
  return hyphen >= 2 && hyphen <= 4 && PREFIXED_NAME.test(word);
}

function isLowerAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * The fast path for the commonest token, a plain lower-case ASCII word ("said", "the", "talks"): hashed while
 * scanned, looked up by hash, and given the list's own string when it is a listed word, so no text is copied
 * or lower-cased. Null when the word needs the general path (apostrophe, full stop, capital or non-ASCII
 * letter inside or right after it).
 */
function plainLowerWord(text: string, start: number): Token | null {
  const length = text.length;
  let at = start;
  let hash = 0x811c9dc5;
  let prefixHash = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (
      isLowerAlphanumeric(code) ||
      (code === 45 && at > start && isLowerAlphanumeric(text.charCodeAt(at + 1)))
    ) {
      hash = Math.imul(hash ^ code, 0x01000193);
      if (at - start === 2) prefixHash = hash & SMALL_INTEGER;
      at++;
    } else {
      break;
    }
  }
  if (at < length) {
    const next = text.charCodeAt(at);
    if (next === 39 || next === 0x2019 || next === 46 || next === 45 || isWordCode(next, text, at))
      return null;
  }
  if (at - start < 3) prefixHash = hash & SMALL_INTEGER;
  const listed = listedWordAt(text, start, at, hash & SMALL_INTEGER);
  const word = listed < 0 ? text.slice(start, at) : listedWord(listed);
  const flags = listed < 0 ? 0 : listedFlags(listed);
  return {
    kind: TokenKind.Word,
    start,
    end: at,
    outerEnd: at,
    text: word,
    lower: word,
    cap: false,
    possessive: false,
    flags,
    prefixHash,
    key: "",
  };
}

/**
 * The hyphen of "then-President", "ex-premier", "Ex-Foreign Minister": a modifier that dates a title, written
 * joined to it, is a word of its own so that the title after it reads as one. -1 when `at` starts no such word.
 */
function timePrefixHyphen(text: string, at: number, code: number): number {
  const lower = code | 32;
  if (lower !== 116 && lower !== 101) return -1;
  const hyphen = lower === 116 ? at + 4 : at + 2;
  if (text.charCodeAt(hyphen) !== 45 || !isWordCode(text.charCodeAt(hyphen + 1), text, hyphen + 1)) return -1;
  if (at > 0 && isWordCode(text.charCodeAt(at - 1), text, at - 1)) return -1;
  const prefix = text.slice(at, hyphen).toLowerCase();
  return prefix === "then" || prefix === "ex" ? hyphen : -1;
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
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (code === 10) {
      tokens.push({
        kind: TokenKind.Break,
        start: at,
        end: at + 1,
        outerEnd: at + 1,
        text: "\n",
        lower: "\n",
        cap: false,
        possessive: false,
        flags: 0,
        prefixHash: 0,
        key: "",
      });
      at++;
      while (at < length && (text.charCodeAt(at) === 10 || isSpaceCode(text.charCodeAt(at)))) at++;
      continue;
    }
    if (isSpaceCode(code)) {
      at++;
      continue;
    }
    const hyphen = timePrefixHyphen(text, at, code);
    if (hyphen !== -1) {
      tokens.push(wordToken(text, at, text.slice(at, hyphen)));
      at = hyphen + 1;
      continue;
    }
    if (code >= 97 && code <= 122) {
      const plain = plainLowerWord(text, at);
      if (plain !== null) {
        tokens.push(plain);
        at = plain.end;
        continue;
      }
    }
    if (isWordCode(code, text, at)) {
      let end = wordEnd(text, at);
      let raw = text.slice(at, end);
      if (text.charCodeAt(end) === 46 && isDottedAbbreviation(raw)) {
        end++;
        raw += ".";
      }
      const token = wordToken(text, at, raw);
      tokens.push(token);
      at = Math.max(token.outerEnd, at + 1);
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && at + 1 < length ? 2 : 1;
    const mark = text.slice(at, at + width);
    tokens.push({
      kind: TokenKind.Punct,
      start: at,
      end: at + width,
      outerEnd: at + width,
      text: mark,
      lower: mark,
      cap: false,
      possessive: false,
      flags: 0,
      prefixHash: 0,
      key: "",
    });
    at += width;
  }
  return tokens;
}

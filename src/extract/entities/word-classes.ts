import { GIVEN_NAMES } from "./data/given-names.js";
import { GROUP_LEADER_CUES, GROUP_NOUNS, HONORIFICS, ROLE_MODIFIERS, TITLE_HEADS } from "./data/titles.js";
import {
  CALENDAR_WORDS,
  DEFINITE_DETERMINERS,
  INDEFINITE_DETERMINERS,
  LOCATIVE_CUES,
  MOVEMENT_WORDS,
  NAME_JOINERS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANIZATION_WORDS,
  PERSON_CUES_BEFORE,
  PERSON_PRONOUNS,
  PERSON_VERBS_AFTER,
  PORTFOLIO_WORDS,
  SITE_WORDS,
} from "./data/words.js";

/** Bit flags: which closed word lists a lower-case word belongs to. */
export const W = {
  DEFINITE: 1 << 0,
  INDEFINITE: 1 << 1,
  PRONOUN: 1 << 2,
  GROUP_NOUN: 1 << 3,
  MODIFIER: 1 << 4,
  HONORIFIC: 1 << 5,
  NOT_NAME: 1 << 6,
  CALENDAR: 1 << 7,
  PARTICLE: 1 << 8,
  JOINER: 1 << 9,
  SITE: 1 << 10,
  ORGANIZATION: 1 << 11,
  VERB_AFTER: 1 << 12,
  CUE_BEFORE: 1 << 13,
  LOCATIVE: 1 << 14,
  MOVEMENT: 1 << 15,
  GIVEN_NAME: 1 << 16,
  GROUP_LEADER: 1 << 17,
  TITLE_FIRST: 1 << 18,
  PLURAL_TITLE: 1 << 19,
  PORTFOLIO: 1 << 20,
} as const;

/** Title words whose plural is part of place and family names. */
const PLURALS_IN_NAMES: ReadonlySet<string> = new Set(["king", "queen", "prince", "son", "daughter"]);

/** "presidents", "deputies", "ministers": the regular English plural of a title word. */
function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /(?:s|sh|ch|x)$/.test(word) ? `${word}es` : `${word}s`;
}

function build(): ReadonlyMap<string, number> {
  const classes = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number): void => {
    for (const word of words) classes.set(word, (classes.get(word) ?? 0) | flag);
  };
  mark(DEFINITE_DETERMINERS, W.DEFINITE);
  mark(INDEFINITE_DETERMINERS, W.INDEFINITE);
  mark(PERSON_PRONOUNS, W.PRONOUN);
  mark(GROUP_NOUNS, W.GROUP_NOUN);
  mark(ROLE_MODIFIERS, W.MODIFIER);
  mark(HONORIFICS, W.HONORIFIC);
  mark(NOT_NAME_WORDS, W.NOT_NAME);
  mark(CALENDAR_WORDS, W.CALENDAR);
  mark(NAME_PARTICLES, W.PARTICLE);
  mark(NAME_JOINERS, W.JOINER);
  mark(SITE_WORDS, W.SITE);
  mark(ORGANIZATION_WORDS, W.ORGANIZATION);
  mark(PERSON_VERBS_AFTER, W.VERB_AFTER);
  mark(PERSON_CUES_BEFORE, W.CUE_BEFORE);
  mark(LOCATIVE_CUES, W.LOCATIVE);
  mark(MOVEMENT_WORDS, W.MOVEMENT);
  mark(GIVEN_NAMES, W.GIVEN_NAME);
  mark(GROUP_LEADER_CUES, W.GROUP_LEADER);
  mark(PORTFOLIO_WORDS, W.PORTFOLIO);
  mark(
    Object.keys(TITLE_HEADS).map((phrase) => phrase.split(" ")[0] as string),
    W.TITLE_FIRST,
  );
  // "Both Presidents agreed", "the two Heads of State": a title in the plural is no name on its own ("Queens"
  // and "Kings Cross" are places).
  mark(
    Object.keys(TITLE_HEADS)
      .flatMap((phrase) => {
        const words = phrase.split(" ");
        return [words[0] as string, words[words.length - 1] as string];
      })
      .filter((word) => !PLURALS_IN_NAMES.has(word))
      .map(pluralOf),
    W.PLURAL_TITLE,
  );
  return classes;
}

/** Lower-case word → its class flags (an immutable constant built from the data lists). */
export const WORD_CLASSES: ReadonlyMap<string, number> = build();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are cut to 30 bits so that they stay small integers, which maps look up fastest. */
export const SMALL_INTEGER = 0x3fffffff;

/**
 * FNV-1a hash of the first `limit` UTF-16 units of a string, lower-casing ASCII letters on the way. Number
 * keys let the tokenizer look words up without hashing a fresh string per token.
 */
export function lowerHash(text: string, limit = text.length): number {
  let hash = FNV_OFFSET;
  const end = Math.min(limit, text.length);
  for (let k = 0; k < end; k++) {
    let code = text.charCodeAt(k);
    if (code >= 65 && code <= 90) code |= 32;
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash & SMALL_INTEGER;
}

/**
 * The listed words in an open-addressed hash table keyed by {@link lowerHash}: typed arrays probed by integer,
 * which the tokenizer (one probe per word token) reads faster than a Map of buckets.
 */
const TABLE_MASK = (1 << 14) - 1;
const LISTED_WORDS: readonly string[] = [...WORD_CLASSES.keys()];
const LISTED_FLAGS: Int32Array = Int32Array.from(WORD_CLASSES.values());
const LISTED_HASHES: Int32Array = Int32Array.from(LISTED_WORDS, (word) => lowerHash(word));
/**
 * Slot → index of a listed word + 1 (0: empty slot). Linear probing; the table stays under a third full.
 * 16-bit entries keep it small enough to stay in cache between the other stages' work.
 */
const SLOTS: Uint16Array = (() => {
  if (LISTED_WORDS.length >= 0xffff) throw new Error("word lists too long for 16-bit slots");
  const slots = new Uint16Array(TABLE_MASK + 1);
  LISTED_HASHES.forEach((hash, index) => {
    let slot = hash & TABLE_MASK;
    while (slots[slot] !== 0) slot = (slot + 1) & TABLE_MASK;
    slots[slot] = index + 1;
  });
  return slots;
})();

/**
 * Index of the listed word spelled by `text[start, end)` (lower case, with {@link lowerHash} `hash`), or -1;
 * read it with {@link listedWord} and {@link listedFlags}.
 */
export function listedWordAt(text: string, start: number, end: number, hash: number): number {
  for (let slot = hash & TABLE_MASK; ; slot = (slot + 1) & TABLE_MASK) {
    const index = (SLOTS[slot] as number) - 1;
    if (index < 0) return -1;
    const word = LISTED_WORDS[index] as string;
    if (LISTED_HASHES[index] === hash && word.length === end - start && text.startsWith(word, start))
      return index;
  }
}

/** The listed word at an index from {@link listedWordAt} (the list's own string, so no copy is made). */
export function listedWord(index: number): string {
  return LISTED_WORDS[index] as string;
}

/** The class flags of the listed word at an index from {@link listedWordAt}. */
export function listedFlags(index: number): number {
  return LISTED_FLAGS[index] as number;
}

/** The class flags of a lower-case word (0 when it is in no list). */
export function wordClasses(lower: string): number {
  return WORD_CLASSES.get(lower) ?? 0;
}

/** {@link wordClasses} for a lower-case ASCII word whose {@link lowerHash} is already known. */
export function wordClassesByHash(lower: string, hash: number): number {
  const index = listedWordAt(lower, 0, lower.length, hash);
  return index < 0 ? 0 : listedFlags(index);
}

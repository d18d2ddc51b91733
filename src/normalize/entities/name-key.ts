import { foldNameToken } from "./fold-token.js";

const NAME_WORD = /[\p{L}\p{M}\p{N}'’]+/gu;

/** The folded words of a name, in order (hyphens and dots split words). */
export function nameKeyTokens(name: string): string[] {
  const keys: string[] = [];
  for (const match of name.matchAll(NAME_WORD)) {
    const key = foldNameToken(match[0]);
    if (key !== "") keys.push(key);
  }
  return keys;
}

/**
 * A comparison key for a name: lower case, no diacritics, common transliteration differences folded.
 * Two spellings of one name get the same key.
 *
 * @example
 * nameKey("Yuriy Ushakov") === nameKey("Yuri Ushakov"); // true
 * nameKey("Recep Tayyip Erdoğan"); // "reyep tayip erdogan"
 */
export function nameKey(name: string): string {
  return nameKeyTokens(name).join(" ");
}

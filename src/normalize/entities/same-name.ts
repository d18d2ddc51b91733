import { jaroWinkler } from "../../extract/natural-adapter.js";
import { nameKeyTokens } from "./name-key.js";

/**
 * Jaro–Winkler similarity at or above which two folded surnames count as one spelling
 * (Witkoff/Witcoff ≈ 0.94, Zelensky/Zelenski ≈ 0.97; different names such as Peskov/Petrov stay below).
 * Surnames shorter than {@link MIN_FUZZY_LENGTH} must match exactly.
 */
export const SURNAME_SIMILARITY = 0.93;
/** Similarity at or above which two folded given names count as one spelling. */
export const GIVEN_NAME_SIMILARITY = 0.9;
const MIN_FUZZY_LENGTH = 5;

function similarWords(a: string, b: string, threshold: number): boolean {
  if (a === b) return true;
  if (a.length < MIN_FUZZY_LENGTH || b.length < MIN_FUZZY_LENGTH) return false;
  if (a[0] !== b[0]) return false;
  return jaroWinkler(a, b) >= threshold;
}

/** Given names agree when either is missing, one is the other's initial, or they are similar spellings. */
function compatibleGivenNames(a: readonly string[], b: readonly string[]): boolean {
  const first = a[0];
  const other = b[0];
  if (first === undefined || other === undefined) return true;
  if (first.length === 1 || other.length === 1) return first[0] === other[0];
  return similarWords(first, other, GIVEN_NAME_SIMILARITY);
}

/** Whether `whole` ends with `part`, a name of at least two words that is shorter than `whole`. */
function endsWith(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length < 2 || part.length >= whole.length) return false;
  const offset = whole.length - part.length;
  return part.every((key, k) => key === whole[offset + k]);
}

/**
 * Whether two names plausibly name the same person: same surname (up to transliteration and small spelling
 * differences, see {@link SURNAME_SIMILARITY}) and compatible given names (a missing given name or an
 * initial is compatible). A bare surname therefore matches the full name.
 *
 * @example
 * sameName("Steve Witkoff", "Steve Witcoff"); // true
 * sameName("Witkoff", "Steve Witkoff"); // true
 * sameName("Joe Biden", "Hunter Biden"); // false
 */
export function sameName(a: string, b: string): boolean {
  return sameNameKeys(nameKeyTokens(a), nameKeyTokens(b));
}

/**
 * {@link sameName} over names already folded into word keys (see `nameKeyTokens`).
 *
 * @example
 * sameNameKeys(["steve", "witkov"], ["witkov"]); // true
 */
export function sameNameKeys(left: readonly string[], right: readonly string[]): boolean {
  const leftSurname = left.at(-1);
  const rightSurname = right.at(-1);
  if (leftSurname === undefined || rightSurname === undefined) return false;
  if (left.length === right.length && left.every((key, k) => key === right[k])) return true;
  // "Hayashi Yoshimasa" and "Yoshimasa Hayashi": a family name written first by one outlet, last by another.
  if (left.length === 2 && right.length === 2 && left[0] === right[1] && left[1] === right[0]) return true;
  // "López Obrador" for "Andrés Manuel López Obrador": a two-word family name repeated on its own.
  if (endsWith(left, right) || endsWith(right, left)) return true;
  if (!similarWords(leftSurname, rightSurname, SURNAME_SIMILARITY)) return false;
  return compatibleGivenNames(left.slice(0, -1), right.slice(0, -1));
}

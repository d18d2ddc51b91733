/**
 * MinHash signature of an article's body text, for spotting copies of one wire story: 64 hashes
 * over word 5-shingles, each from a fixed seed, so the same text always gives the same signature.
 */

export const FINGERPRINT_SIZE = 64;
const SHINGLE_WORDS = 5;

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number, char: string): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD_CHAR.test(char);
}

/** FNV-1a hashes of the lower-cased words of `text`, computed in one pass without building word strings. */
function wordHashesOf(text: string): number[] {
  const hashes: number[] = [];
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code, text[i] ?? "")) {
      const lower =
        code >= 65 && code <= 90
          ? code + 32
          : code < 128
            ? code
            : (text[i] ?? "").toLowerCase().charCodeAt(0);
      hash = Math.imul(hash ^ lower, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(hash >>> 0);
      hash = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) hashes.push(hash >>> 0);
  return hashes;
}

/** A cheap 32-bit mix of a base hash with a seed (murmur3 finaliser). */
function mix(hash: number, seed: number): number {
  let h = (hash ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The MinHash signature of `text` (words lower-cased, punctuation dropped), by one-permutation
 * hashing: each shingle hash falls into one of 64 bins and each bin keeps its minimum; empty bins
 * borrow from the next filled bin so that signatures stay comparable.
 *
 * @example
 * fingerprint("Putin met the envoy in the Kremlin on Tuesday.").length; // 64
 */
export function fingerprint(text: string): number[] {
  const wordHashes = wordHashesOf(text);
  const signature = new Array<number>(FINGERPRINT_SIZE).fill(0xffffffff);
  // Polynomial rolling hash over the shingle's word hashes, then one mix: O(1) per shingle.
  const base = 0x01000193;
  let top = 1;
  for (let k = 1; k < SHINGLE_WORDS; k++) top = Math.imul(top, base);
  const first = Math.min(SHINGLE_WORDS, wordHashes.length);
  let rolling = 0;
  for (let w = 0; w < first; w++) rolling = (Math.imul(rolling, base) + (wordHashes[w] ?? 0)) | 0;
  const count = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const out = Math.imul(wordHashes[i - 1] ?? 0, top);
      rolling = (Math.imul((rolling - out) | 0, base) + (wordHashes[i + SHINGLE_WORDS - 1] ?? 0)) | 0;
    }
    const hash = mix(rolling >>> 0, 0x2545f491);
    const bin = hash % FINGERPRINT_SIZE;
    const value = Math.floor(hash / FINGERPRINT_SIZE);
    if (value < (signature[bin] ?? 0xffffffff)) signature[bin] = value;
  }
  if (wordHashes.length === 0) return signature;
  for (let pass = 0; pass < 2; pass++) {
    for (let k = FINGERPRINT_SIZE - 1; k >= 0; k--) {
      if (signature[k] === 0xffffffff) signature[k] = signature[(k + 1) % FINGERPRINT_SIZE] ?? 0xffffffff;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two signatures (share of equal positions). */
export function fingerprintSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

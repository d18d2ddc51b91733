/**
 * MinHash signature of an article's body text, for spotting copies of one wire story: 64 hashes
 * over word 5-shingles, each from a fixed seed, so the same text always gives the same signature.
 */

export const FINGERPRINT_SIZE = 64;
const SHINGLE_WORDS = 5;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
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
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wordHashes = words.map(fnv1a);
  const signature = new Array<number>(FINGERPRINT_SIZE).fill(0xffffffff);
  const count = Math.max(1, wordHashes.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    let hash = 0x9747b28c;
    for (let w = i; w < i + SHINGLE_WORDS && w < wordHashes.length; w++) hash = mix(hash, wordHashes[w] ?? 0);
    const bin = hash % FINGERPRINT_SIZE;
    const value = Math.floor(hash / FINGERPRINT_SIZE);
    if (value < (signature[bin] ?? 0xffffffff)) signature[bin] = value;
  }
  if (words.length === 0) return signature;
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

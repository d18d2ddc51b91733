import { fingerprintSimilarity } from "../extract/fingerprint.js";
import type { Article } from "../schema/article.js";
import type { ArticleExtraction } from "../schema/document.js";
import type { SourceGroup } from "../schema/report.js";

/** Thresholds for counting articles as copies of one story. */
export interface SourceGroupOptions {
  /** Estimated Jaccard similarity at which two articles crediting the same agency are copies. */
  wireSimilarity: number;
  /** Estimated Jaccard similarity at which two articles are copies whatever they credit. */
  copySimilarity: number;
}

export const DEFAULT_SOURCE_GROUP_OPTIONS: SourceGroupOptions = { wireSimilarity: 0.5, copySimilarity: 0.85 };

/** Rows per locality-sensitive-hashing band: two rows find pairs at Jaccard 0.5 with near certainty. */
const BAND_ROWS = 2;

/** The value a fingerprint bin keeps when no shingle fell into it. */
const EMPTY_BIN = 0xffffffff;

function sharedWire(a: Article, b: Article): string | null {
  const credits = new Set(a.wire.map((agency) => agency.toLowerCase()));
  return b.wire.find((agency) => credits.has(agency.toLowerCase())) ?? null;
}

/**
 * A numeric bucket key for one band of a signature (collisions only add candidates, which are then verified).
 * Kept below 2^30 so that map keys stay small integers rather than boxed numbers.
 */
function bandKey(signature: readonly number[], start: number): number {
  let hash = Math.imul(start + 1, 0x9e3779b1);
  for (let row = start; row < start + BAND_ROWS; row++)
    hash = Math.imul(hash ^ (signature[row] ?? 0), 0x85ebca6b) >>> 0;
  return hash >>> 2;
}

/** Whether a signature holds no shingle at all (empty, or all "no shingle" markers). */
function blank(signature: readonly number[]): boolean {
  // Indexed: called once per article, before the JIT has compiled it (`for...of` makes an object per step).
  for (let k = 0; k < signature.length; k++) if (signature[k] !== EMPTY_BIN) return false;
  return true;
}

/** Bits of the prefilter of {@link sharedBands}: two bitmaps over 8 Mi key hashes (1 MiB each). */
const FILTER_BITS = 23;

function filterBucket(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

/**
 * Articles by band key, listed for keys met twice or more, in the order they were met (the lists in the order
 * their second article met them). Most keys occur once: bitmaps of key hashes (small enough to stay in cache)
 * first rule out the keys no other entry can share, and only the rest go to an open-addressing table.
 */
function sharedBands(extractions: readonly ArticleExtraction[]): number[][] {
  // An article without text copies nothing.
  const hasText = extractions.map((extraction) => !blank(extraction.fingerprint));
  let entries = 0;
  extractions.forEach((extraction, index) => {
    if (hasText[index]) entries += Math.floor(extraction.fingerprint.length / BAND_ROWS);
  });
  const keys = new Int32Array(entries);
  const articles = new Int32Array(entries);
  // A key hash's bit in `once` when an entry had it, in `twice` when another one had it too.
  const once = new Int32Array(1 << (FILTER_BITS - 5));
  const twice = new Int32Array(1 << (FILTER_BITS - 5));
  let at = 0;
  extractions.forEach((extraction, index) => {
    const signature = extraction.fingerprint;
    if (!hasText[index]) return;
    for (let start = 0; start + BAND_ROWS <= signature.length; start += BAND_ROWS) {
      const key = bandKey(signature, start);
      keys[at] = key;
      articles[at++] = index;
      const bucket = filterBucket(key);
      const bit = 1 << (bucket & 31);
      if ((once[bucket >>> 5]! & bit) !== 0) twice[bucket >>> 5]! |= bit;
      else once[bucket >>> 5]! |= bit;
    }
  });
  // The entries another one may share a key with, moved to the front in their order (one filter read each).
  let candidates = 0;
  for (let k = 0; k < entries; k++) {
    const bucket = filterBucket(keys[k]!);
    if ((twice[bucket >>> 5]! & (1 << (bucket & 31))) === 0) continue;
    keys[candidates] = keys[k]!;
    articles[candidates++] = articles[k]!;
  }
  let capacity = 16;
  while (capacity < candidates * 2) capacity *= 2;
  const mask = capacity - 1;
  // Two numbers per slot, side by side (one cache line per probe): the key + 1 (0 when empty; keys stay below
  // 2^30), then the first article with it, or -(shared list + 1) once another article has it too.
  const slots = new Int32Array(capacity * 2);
  const shared: number[][] = [];
  for (let k = 0; k < candidates; k++) {
    const key = keys[k]!;
    const index = articles[k]!;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (slots[2 * slot] !== 0 && slots[2 * slot] !== key + 1) slot = (slot + 1) & mask;
    const value = slots[2 * slot + 1]!;
    if (slots[2 * slot] === 0) {
      slots[2 * slot] = key + 1;
      slots[2 * slot + 1] = index;
    } else if (value >= 0) {
      slots[2 * slot + 1] = -(shared.length + 1);
      shared.push([value, index]);
    } else shared[-value - 1]!.push(index);
  }
  return shared;
}

/** Candidate pairs of articles whose signatures share a band (LSH), so not every pair is compared. */
function candidatePairs(extractions: readonly ArticleExtraction[]): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of sharedBands(extractions)) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (list[i] === list[j]) continue;
        const key = list[i]! * extractions.length + list[j]!;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[i]!, list[j]!]);
      }
    }
  }
  return pairs;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * Groups articles that copy one wire story (same agency credit and near-duplicate text, or near-identical
 * text alone), so that agreement counts them once. Only groups of two or more are returned.
 *
 * @example
 * sourceGroups(extractions)[0]; // { id: "source:a1", articleIds: ["a1", "a2"], reason: "copies of one AFP story (96% of text shingles shared)" }
 */
export function sourceGroups(
  extractions: readonly ArticleExtraction[],
  options: SourceGroupOptions = DEFAULT_SOURCE_GROUP_OPTIONS,
): SourceGroup[] {
  const parent = extractions.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root]!;
    parent[index] = root;
    return root;
  };
  const reasons = new Map<number, { wire: string | null; similarity: number }>();
  for (const [a, b] of candidatePairs(extractions)) {
    const left = extractions[a]!;
    const right = extractions[b]!;
    const similarity = fingerprintSimilarity(left.fingerprint, right.fingerprint);
    const wire = sharedWire(left.article, right.article);
    const copies =
      similarity >= options.copySimilarity || (wire !== null && similarity >= options.wireSimilarity);
    if (!copies) continue;
    const rootA = find(a);
    const rootB = find(b);
    const root = Math.min(rootA, rootB);
    parent[Math.max(rootA, rootB)] = root;
    const previous = reasons.get(root);
    reasons.set(root, {
      wire: previous?.wire ?? wire,
      similarity: Math.min(previous?.similarity ?? 1, similarity),
    });
  }
  // Lists only for groups of two or more: most articles copy nothing.
  const rootOf = new Int32Array(extractions.length);
  const sizes = new Int32Array(extractions.length);
  for (let index = 0; index < extractions.length; index++) {
    const root = find(index);
    rootOf[index] = root;
    sizes[root] = sizes[root]! + 1;
  }
  const members = new Map<number, string[]>();
  for (let index = 0; index < extractions.length; index++) {
    const root = rootOf[index]!;
    if (sizes[root]! < 2) continue;
    const list = members.get(root) ?? [];
    list.push(extractions[index]!.article.id);
    members.set(root, list);
  }
  const groups: SourceGroup[] = [];
  for (const [root, articleIds] of members) {
    const sorted = [...articleIds].sort();
    const reason = reasons.get(root);
    const story = reason?.wire ? `copies of one ${reason.wire} story` : "copies of one story";
    groups.push({
      id: `source:${sorted[0]}`,
      articleIds: sorted,
      reason: `${story} (at least ${percent(reason?.similarity ?? 1)} of text shingles shared)`,
    });
  }
  return groups.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

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
  for (const value of signature) if (value !== EMPTY_BIN) return false;
  return true;
}

/**
 * Articles by band key, in an open-addressing table in one typed array (most keys occur once: a map entry per
 * key would be most of the work). Keys met twice or more get a member list, listed in the order they did.
 */
function sharedBands(extractions: readonly ArticleExtraction[]): number[][] {
  let entries = 0;
  for (const extraction of extractions) entries += Math.floor(extraction.fingerprint.length / BAND_ROWS);
  let capacity = 16;
  while (capacity < entries * 2) capacity *= 2;
  const mask = capacity - 1;
  // Two numbers per slot, side by side (one cache line per probe): the key + 1 (0 when empty; keys stay below
  // 2^30), then the first article with it, or -(shared list + 1) once another article has it too.
  const slots = new Int32Array(capacity * 2);
  const shared: number[][] = [];
  extractions.forEach((extraction, index) => {
    const signature = extraction.fingerprint;
    // An article without text copies nothing.
    if (blank(signature)) return;
    for (let start = 0; start + BAND_ROWS <= signature.length; start += BAND_ROWS) {
      const key = bandKey(signature, start);
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
  });
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
  const members = new Map<number, string[]>();
  extractions.forEach((extraction, index) => {
    const root = find(index);
    const list = members.get(root) ?? [];
    list.push(extraction.article.id);
    members.set(root, list);
  });
  const groups: SourceGroup[] = [];
  for (const [root, articleIds] of members) {
    if (articleIds.length < 2) continue;
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

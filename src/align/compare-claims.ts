import { type ClaimProfile, hasInterval } from "./claim-profile.js";
import { weekdayOf } from "./days.js";
import { relateChains } from "./place-relation.js";

/** Weights of the soft evidence that two claims describe one happening. */
export interface AlignWeights {
  threshold: number;
  /** Score an undated claim with no weekday and no report window needs: it must be told apart some other way. */
  unconstrainedThreshold: number;
  /** How much better the chosen event must score than one on another day before an imprecise claim joins it. */
  margin: number;
  sameType: number;
  compatibleType: number;
  samePlace: number;
  containedPlace: number;
  apartPlace: number;
  durationOverlap: number;
  durationConflict: number;
  sameOrdinal: number;
  differentOrdinal: number;
  weekdayMatch: number;
  weekdayMismatch: number;
  sameArticle: number;
  salience: number;
}

export const DEFAULT_WEIGHTS: AlignWeights = {
  threshold: 1,
  unconstrainedThreshold: 1.5,
  margin: 0.3,
  sameType: 0.3,
  compatibleType: 0.15,
  samePlace: 0.3,
  containedPlace: 0.2,
  apartPlace: -0.6,
  durationOverlap: 0.3,
  durationConflict: -0.3,
  sameOrdinal: 0.4,
  differentOrdinal: -0.6,
  weekdayMatch: 0.5,
  weekdayMismatch: -0.5,
  sameArticle: -0.3,
  salience: 0.05,
};

/** What comparisons read besides the two claims. */
export interface CompareContext {
  placeParents: Readonly<Record<string, string>>;
  weights: AlignWeights;
  /**
   * Share (0..1) of claims an entity takes part in, relative to the most frequent one, by the entity numbers
   * of the profiles.
   */
  salience: Float64Array;
}

/** How many participants two claims share: a merge over their ascending entity numbers (no Set per pair). */
function intersectionSize(a: ClaimProfile, b: ClaimProfile): number {
  const left = a.coreSorted;
  const right = b.coreSorted;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const difference = left[i]! - right[j]!;
    if (difference === 0) {
      shared++;
      i++;
      j++;
    } else if (difference < 0) i++;
    else j++;
  }
  return shared;
}

/** The highest salience among the participants two claims share (0 when none). */
function sharedSalience(a: ClaimProfile, b: ClaimProfile, salience: Float64Array): number {
  const left = a.coreSorted;
  const right = b.coreSorted;
  let highest = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const difference = left[i]! - right[j]!;
    if (difference === 0) {
      highest = Math.max(highest, salience[left[i]!] ?? 0);
      i++;
      j++;
    } else if (difference < 0) i++;
    else j++;
  }
  return highest;
}

/**
 * Hard constraints: claims that fail any of them never describe one happening. Participants must overlap
 * (two multi-party claims: one contains the other, or they share two participants), types must be compatible,
 * day intervals must intersect, hypothetical claims stay apart from reports of what happened, and one
 * article's claims with different ordinals of the same kind ("third visit", "fourth visit") are different events.
 */
export function compatibleClaims(a: ClaimProfile, b: ClaimProfile): boolean {
  if (a.typeClass !== b.typeClass) return false;
  const shared = intersectionSize(a, b);
  if (shared === 0) return false;
  if (a.core.length >= 2 && b.core.length >= 2) {
    const contained = shared === a.core.length || shared === b.core.length;
    if (!contained && shared < 2) return false;
  }
  if (hasInterval(a) && hasInterval(b) && (a.start > b.end || b.start > a.end)) return false;
  const hypotheticalA = a.claim.modality === "hypothetical";
  const hypotheticalB = b.claim.modality === "hypothetical";
  if (hypotheticalA !== hypotheticalB) {
    const other = hypotheticalA ? b : a;
    if (other.claim.modality !== "planned") return false;
  }
  if (
    a.articleId === b.articleId &&
    a.ordinalClass !== null &&
    a.ordinalClass === b.ordinalClass &&
    a.ordinalValue !== b.ordinalValue
  ) {
    return false;
  }
  return true;
}

function dateScore(a: ClaimProfile, b: ClaimProfile): number {
  if (hasInterval(a) && hasInterval(b)) {
    const width = Math.max(a.end - a.start + 1, b.end - b.start + 1);
    return 0.4 + 0.6 / width;
  }
  return 0;
}

function weekdayScore(a: ClaimProfile, b: ClaimProfile, weights: AlignWeights): number {
  const [undated, dated] = hasInterval(a) ? [b, a] : [a, b];
  if (hasInterval(undated) || undated.weekday === null || !dated.ownDate) return 0;
  if (dated.end - dated.start > 6) return 0;
  for (let day = dated.start; day <= dated.end; day++)
    if (weekdayOf(day) === undated.weekday) return weights.weekdayMatch;
  return weights.weekdayMismatch;
}

function durationScore(a: ClaimProfile, b: ClaimProfile, weights: AlignWeights): number {
  const left = a.claim.duration;
  const right = b.claim.duration;
  if (!left || !right) return 0;
  const low = Math.max(left.minMinutes ?? 0, right.minMinutes ?? 0);
  const high = Math.min(
    left.maxMinutes ?? Number.POSITIVE_INFINITY,
    right.maxMinutes ?? Number.POSITIVE_INFINITY,
  );
  return low <= high ? weights.durationOverlap : weights.durationConflict;
}

function placeScore(a: ClaimProfile, b: ClaimProfile, context: CompareContext): number {
  if (a.placeChain === null || b.placeChain === null) return 0;
  const relation = relateChains(a.placeChain, b.placeChain, context.placeParents);
  if (relation === "same") return context.weights.samePlace;
  if (relation === "contains") return context.weights.containedPlace;
  if (relation === "apart") return context.weights.apartPlace;
  return 0;
}

function ordinalScore(a: ClaimProfile, b: ClaimProfile, weights: AlignWeights): number {
  if (a.ordinalClass === null || a.ordinalClass !== b.ordinalClass) return 0;
  return a.ordinalValue === b.ordinalValue ? weights.sameOrdinal : weights.differentOrdinal;
}

function participantScore(a: ClaimProfile, b: ClaimProfile): number {
  const shared = intersectionSize(a, b);
  const union = a.core.length + b.core.length - shared;
  const contained = shared === a.core.length || shared === b.core.length;
  return (contained ? 0.6 : 0.3) + (0.4 * shared) / union;
}

function salienceScore(a: ClaimProfile, b: ClaimProfile, context: CompareContext): number {
  return context.weights.salience * sharedSalience(a, b, context.salience);
}

/** The soft score of two compatible claims, without building the feature record (the hot path). */
export function claimScore(a: ClaimProfile, b: ClaimProfile, context: CompareContext): number {
  const { weights } = context;
  const score =
    participantScore(a, b) +
    dateScore(a, b) +
    weekdayScore(a, b, weights) +
    (a.claim.type === b.claim.type ? weights.sameType : weights.compatibleType) +
    placeScore(a, b, context) +
    durationScore(a, b, weights) +
    ordinalScore(a, b, weights) +
    (a.articleId === b.articleId ? weights.sameArticle : 0) +
    salienceScore(a, b, context);
  return round(score);
}

/** The soft score of two compatible claims and the features it is made of (recorded on the event's links). */
export function scoreClaims(
  a: ClaimProfile,
  b: ClaimProfile,
  context: CompareContext,
): { score: number; features: Record<string, number> } {
  const { weights } = context;
  const shared = intersectionSize(a, b);
  const union = a.core.length + b.core.length - shared;
  const contained = shared === a.core.length || shared === b.core.length;
  const values: [string, number][] = [
    ["participants", (contained ? 0.6 : 0.3) + (0.4 * shared) / union],
    ["date", dateScore(a, b)],
    ["weekday", weekdayScore(a, b, weights)],
    ["type", a.claim.type === b.claim.type ? weights.sameType : weights.compatibleType],
    ["place", placeScore(a, b, context)],
    ["duration", durationScore(a, b, weights)],
    ["ordinal", ordinalScore(a, b, weights)],
    ["sameArticle", a.articleId === b.articleId ? weights.sameArticle : 0],
    ["salience", salienceScore(a, b, context)],
  ];
  // Summed in the order listed, as claimScore sums them, so that both give the same score.
  let score = 0;
  const rounded: Record<string, number> = {};
  for (const [name, value] of values) {
    score += value;
    if (value !== 0) rounded[name] = round(value);
  }
  return { score: round(score), features: rounded };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

import { type ClaimProfile, hasInterval } from "./claim-profile.js";
import type { AlignWeights, CompareContext } from "./compare-claims.js";
import { weekdayOf } from "./days.js";
import { type PlaceRelation, relateChains } from "./place-relation.js";

/** Modality codes the hard constraints read. */
const OTHER_MODALITY = 0;
const HYPOTHETICAL = 1;
const PLANNED = 2;

/** Place relation codes, cached per pair of distinct places; 0 means not yet worked out. */
const RELATION_CODES: Readonly<Record<PlaceRelation, number>> = { same: 1, contains: 2, near: 3, apart: 4 };

/** Above this many distinct places the relation cache is a map rather than a square table. */
const SQUARE_PLACE_LIMIT = 1024;

/** Names of the soft features, in the order they are summed (the order fixes the floating-point result). */
const FEATURE_NAMES = [
  "participants",
  "date",
  "weekday",
  "type",
  "place",
  "duration",
  "ordinal",
  "sameArticle",
  "salience",
] as const;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Numbers each distinct value in first-occurrence order (ties to nothing but equality). */
function interner<T>() {
  const codes = new Map<T, number>();
  return (value: T): number => {
    let code = codes.get(value);
    if (code === undefined) {
      code = codes.size;
      codes.set(value, code);
    }
    return code;
  };
}

/**
 * How claims compare, over claim indices: the comparison fields of all profiles sit in typed arrays, so the
 * hot loops of clustering touch no objects.
 */
export interface ClaimTable {
  /**
   * Hard constraints: claims that fail any of them never describe one happening. Participants must overlap
   * (two multi-party claims: one contains the other, or they share two participants), types must be
   * compatible, day intervals must intersect, hypothetical claims stay apart from reports of what happened,
   * and one article's claims with different ordinals of the same kind ("third visit", "fourth visit") are
   * different events.
   */
  compatible(a: number, b: number): boolean;
  /** The soft score (weights in {@link AlignWeights}) of two compatible claims, to three decimals. */
  score(a: number, b: number): number;
  /** The non-zero features that score is the sum of, each to three decimals (recorded on the event's links). */
  features(a: number, b: number): Record<string, number>;
}

/** Builds the comparison table of `profiles` (indexed by `profile.index`). */
export function claimTable(profiles: readonly ClaimProfile[], context: CompareContext): ClaimTable {
  const n = profiles.length;
  const { weights, salience } = context;
  const typeClass = new Int32Array(n);
  const type = new Int32Array(n);
  const article = new Int32Array(n);
  const modality = new Uint8Array(n);
  const ordinalClass = new Int32Array(n);
  const ordinalValue = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const dated = new Uint8Array(n);
  const ownDate = new Uint8Array(n);
  const weekday = new Int8Array(n);
  const hasDuration = new Uint8Array(n);
  const minMinutes = new Float64Array(n);
  const maxMinutes = new Float64Array(n);
  const place = new Int32Array(n);
  const coreFrom = new Int32Array(n + 1);
  let coreTotal = 0;
  for (const profile of profiles) coreTotal += profile.coreNumbers.length;
  const core = new Int32Array(coreTotal);
  const typeClassCode = interner<string>();
  const typeCode = interner<string>();
  const articleCode = interner<string>();
  const ordinalClassCode = interner<string>();
  const ordinalValueCode = interner<number | null>();
  const placeCode = interner<string>();
  const chains: (readonly string[])[] = [];
  let position = 0;
  for (let i = 0; i < n; i++) {
    const profile = profiles[i]!;
    const claim = profile.claim;
    typeClass[i] = typeClassCode(profile.typeClass);
    type[i] = typeCode(claim.type);
    article[i] = articleCode(profile.articleId);
    modality[i] =
      claim.modality === "hypothetical"
        ? HYPOTHETICAL
        : claim.modality === "planned"
          ? PLANNED
          : OTHER_MODALITY;
    ordinalClass[i] = profile.ordinalClass === null ? -1 : ordinalClassCode(profile.ordinalClass);
    ordinalValue[i] = ordinalValueCode(profile.ordinalValue);
    start[i] = profile.start;
    end[i] = profile.end;
    dated[i] = hasInterval(profile) ? 1 : 0;
    ownDate[i] = profile.ownDate ? 1 : 0;
    weekday[i] = profile.weekday ?? -1;
    const duration = claim.duration;
    if (duration) {
      hasDuration[i] = 1;
      minMinutes[i] = duration.minMinutes ?? 0;
      maxMinutes[i] = duration.maxMinutes ?? Number.POSITIVE_INFINITY;
    }
    if (profile.placeChain === null) place[i] = -1;
    else {
      const code = placeCode(profile.placeChain[0]!);
      place[i] = code;
      chains[code] = profile.placeChain;
    }
    coreFrom[i] = position;
    // Ascending (insertion sort: a claim names a few participants), for merge-intersections.
    for (const number of profile.coreNumbers) {
      let at = position++;
      while (at > coreFrom[i]! && core[at - 1]! > number) {
        core[at] = core[at - 1]!;
        at--;
      }
      core[at] = number;
    }
  }
  coreFrom[n] = position;
  const places = chains.length;
  const square = places <= SQUARE_PLACE_LIMIT ? new Uint8Array(places * places) : null;
  const byPair = new Map<number, number>();
  const relationCode = (a: number, b: number): number => {
    const key = a * places + b;
    let code = square ? square[key]! : (byPair.get(key) ?? 0);
    if (code === 0) {
      code = RELATION_CODES[relateChains(chains[a]!, chains[b]!, context.placeParents)];
      if (square) square[key] = code;
      else byPair.set(key, code);
    }
    return code;
  };

  // Results of the last merge of core numbers (shared count and highest shared salience).
  let shared = 0;
  let sharedSalience = 0;
  const intersect = (a: number, b: number): void => {
    let i = coreFrom[a]!;
    const iEnd = coreFrom[a + 1]!;
    let j = coreFrom[b]!;
    const jEnd = coreFrom[b + 1]!;
    shared = 0;
    sharedSalience = 0;
    while (i < iEnd && j < jEnd) {
      const left = core[i]!;
      const difference = left - core[j]!;
      if (difference === 0) {
        shared++;
        sharedSalience = Math.max(sharedSalience, salience[left] ?? 0);
        i++;
        j++;
      } else if (difference < 0) i++;
      else j++;
    }
  };

  const compatible = (a: number, b: number): boolean => {
    if (typeClass[a] !== typeClass[b]) return false;
    intersect(a, b);
    if (shared === 0) return false;
    const sizeA = coreFrom[a + 1]! - coreFrom[a]!;
    const sizeB = coreFrom[b + 1]! - coreFrom[b]!;
    if (sizeA >= 2 && sizeB >= 2) {
      const contained = shared === sizeA || shared === sizeB;
      if (!contained && shared < 2) return false;
    }
    if (dated[a] === 1 && dated[b] === 1 && (start[a]! > end[b]! || start[b]! > end[a]!)) return false;
    const hypotheticalA = modality[a] === HYPOTHETICAL;
    const hypotheticalB = modality[b] === HYPOTHETICAL;
    if (hypotheticalA !== hypotheticalB) {
      const other = hypotheticalA ? b : a;
      if (modality[other] !== PLANNED) return false;
    }
    if (
      article[a] === article[b] &&
      ordinalClass[a] !== -1 &&
      ordinalClass[a] === ordinalClass[b] &&
      ordinalValue[a] !== ordinalValue[b]
    ) {
      return false;
    }
    return true;
  };

  const weekdayScore = (a: number, b: number): number => {
    const undated = dated[a] === 1 ? b : a;
    const other = dated[a] === 1 ? a : b;
    if (dated[undated] === 1 || weekday[undated] === -1 || ownDate[other] === 0) return 0;
    if (end[other]! - start[other]! > 6) return 0;
    for (let day = start[other]!; day <= end[other]!; day++)
      if (weekdayOf(day) === weekday[undated]) return weights.weekdayMatch;
    return weights.weekdayMismatch;
  };

  const placeScore = (a: number, b: number): number => {
    if (place[a] === -1 || place[b] === -1) return 0;
    const code = relationCode(place[a]!, place[b]!);
    if (code === RELATION_CODES.same) return weights.samePlace;
    if (code === RELATION_CODES.contains) return weights.containedPlace;
    if (code === RELATION_CODES.apart) return weights.apartPlace;
    return 0;
  };

  // The soft evidence of the last pair compared, in the order of `FEATURE_NAMES`.
  const parts = new Float64Array(FEATURE_NAMES.length);
  const weigh = (a: number, b: number): void => {
    intersect(a, b);
    const sizeA = coreFrom[a + 1]! - coreFrom[a]!;
    const sizeB = coreFrom[b + 1]! - coreFrom[b]!;
    const union = sizeA + sizeB - shared;
    const contained = shared === sizeA || shared === sizeB;
    parts[0] = (contained ? 0.6 : 0.3) + (0.4 * shared) / union;
    let date = 0;
    if (dated[a] === 1 && dated[b] === 1) {
      const width = Math.max(end[a]! - start[a]! + 1, end[b]! - start[b]! + 1);
      date = 0.4 + 0.6 / width;
    }
    parts[1] = date;
    parts[2] = weekdayScore(a, b);
    parts[3] = type[a] === type[b] ? weights.sameType : weights.compatibleType;
    parts[4] = placeScore(a, b);
    let duration = 0;
    if (hasDuration[a] === 1 && hasDuration[b] === 1) {
      const low = Math.max(minMinutes[a]!, minMinutes[b]!);
      const high = Math.min(maxMinutes[a]!, maxMinutes[b]!);
      duration = low <= high ? weights.durationOverlap : weights.durationConflict;
    }
    parts[5] = duration;
    let ordinal = 0;
    if (ordinalClass[a] !== -1 && ordinalClass[a] === ordinalClass[b])
      ordinal = ordinalValue[a] === ordinalValue[b] ? weights.sameOrdinal : weights.differentOrdinal;
    parts[6] = ordinal;
    parts[7] = article[a] === article[b] ? weights.sameArticle : 0;
    parts[8] = weights.salience * sharedSalience;
  };

  const score = (a: number, b: number): number => {
    weigh(a, b);
    let total = 0;
    for (let k = 0; k < parts.length; k++) total += parts[k]!;
    return round(total);
  };

  const features = (a: number, b: number): Record<string, number> => {
    weigh(a, b);
    const record: Record<string, number> = {};
    for (let k = 0; k < parts.length; k++) if (parts[k] !== 0) record[FEATURE_NAMES[k]!] = round(parts[k]!);
    return record;
  };

  return { compatible, score, features };
}

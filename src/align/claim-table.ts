import { type ClaimProfiles, MODALITY_ORDER, PROFILE } from "./claim-profile.js";
import type { AlignWeights, CompareContext } from "./compare-claims.js";
import { weekdayOf } from "./days.js";
import { type PlaceRelation, placedPlaces, relateChains } from "./place-relation.js";

/** Modality codes the hard constraints read. */
const OTHER_MODALITY = 0;
const HYPOTHETICAL = 1;
const PLANNED = 2;

/** Positions of the modalities the hard constraints read in {@link MODALITY_ORDER}. */
const HYPOTHETICAL_RANK = MODALITY_ORDER.indexOf("hypothetical");
const PLANNED_RANK = MODALITY_ORDER.indexOf("planned");

/** Place relation codes, cached per pair of distinct places; 0 means not yet worked out. */
const RELATION_CODES: Readonly<Record<PlaceRelation | "unknown", number>> = {
  same: 1,
  contains: 2,
  near: 3,
  apart: 4,
  unknown: 5,
};

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

/**
 * The non-zero parts (in {@link FEATURE_NAMES} order) as a record, each to three decimals. Written out name by
 * name: a store with a computed name takes the slow path once records have several shapes.
 */
function featureRecord(parts: Float64Array): Record<string, number> {
  const record: Record<string, number> = {};
  if (parts[0] !== 0) record.participants = round(parts[0]!);
  if (parts[1] !== 0) record.date = round(parts[1]!);
  if (parts[2] !== 0) record.weekday = round(parts[2]!);
  if (parts[3] !== 0) record.type = round(parts[3]!);
  if (parts[4] !== 0) record.place = round(parts[4]!);
  if (parts[5] !== 0) record.duration = round(parts[5]!);
  if (parts[6] !== 0) record.ordinal = round(parts[6]!);
  if (parts[7] !== 0) record.sameArticle = round(parts[7]!);
  if (parts[8] !== 0) record.salience = round(parts[8]!);
  return record;
}

/**
 * Interns feature records by their parts (the scratch `parts` comparisons fill): links with equal parts share one frozen record (about a thousand
 * distinct ones among a hundred thousand links), so the output holds that many objects rather than one per
 * link for the garbage collector to copy. The JSON is the same; freezing makes a write to a shared record
 * fail loudly rather than change other links. Parts are compared as they are, not rounded: equal parts make
 * equal records, and parts that differ only below the rounding merely make another equal record.
 */
function featureRecords(parts: Float64Array) {
  const width = FEATURE_NAMES.length;
  const records: Record<string, number>[] = [];
  // The parts of each record, `width` per record.
  let values = new Float64Array(64 * width);
  // Open addressing: record index + 1 per slot, 0 when empty.
  let slots = new Int32Array(256);
  /** A hash of the bits of `width` doubles from `from` (`words` views the same memory as 32-bit words). */
  const hashOf = (words: Int32Array, from: number): number => {
    let hash = 0x811c9dc5;
    for (let k = 2 * from; k < 2 * (from + width); k++) hash = Math.imul(hash ^ words[k]!, 0x01000193);
    return hash >>> 0;
  };
  let valueWords = new Int32Array(values.buffer);
  const place = (record: number): void => {
    const mask = slots.length - 1;
    let slot = hashOf(valueWords, record * width) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = record + 1;
  };
  const add = (): Record<string, number> => {
    const record = records.length;
    if (values.length < (record + 1) * width) {
      const grown = new Float64Array(values.length * 2);
      grown.set(values);
      values = grown;
      valueWords = new Int32Array(values.buffer);
    }
    values.set(parts, record * width);
    records.push(Object.freeze(featureRecord(parts)));
    if (2 * records.length > slots.length) {
      slots = new Int32Array(slots.length * 2);
      for (let k = 0; k < records.length; k++) place(k);
    } else place(record);
    return records[record]!;
  };
  const partWords = new Int32Array(parts.buffer, parts.byteOffset, 2 * width);
  /** The record of the current `parts` (see {@link featureRecord}), shared with every earlier equal one. */
  return (): Record<string, number> => {
    const mask = slots.length - 1;
    for (let slot = hashOf(partWords, 0) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const from = (slots[slot]! - 1) * width;
      let equal = true;
      for (let k = 0; k < width && equal; k++) equal = values[from + k] === parts[k];
      if (equal) return records[slots[slot]! - 1]!;
    }
    return add();
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
   * one article's claims with different ordinals of the same kind ("third visit", "fourth visit") are
   * different events, and so are an article's plan told without a day and the meeting it reports.
   */
  compatible(a: number, b: number): boolean;
  /**
   * The soft score (weights in {@link AlignWeights}) of two claims, to three decimals, when they are
   * compatible; NaN when they are not (one pass over their participants serves both).
   */
  compatibleScore(a: number, b: number): number;
  /**
   * The non-zero features that score is the sum of, each to three decimals (recorded on the event's links):
   * one frozen record shared by all equal ones.
   */
  features(a: number, b: number): Record<string, number>;
  /**
   * A number shared by the claims of one type class naming the same one or two core participants (NaN for
   * other claims): two such claims with no {@link CAVEATS} are compatible exactly when their intervals meet.
   */
  groupKey(index: number): number;
  /** Which hard constraints besides dates could part the claim from one of its group: {@link CAVEATS} bits. */
  caveats(index: number): number;
}

/**
 * Bits of {@link ClaimTable.caveats}: a hypothetical claim, a claim with an ordinal, one named by its weekday alone,
 * and a plan with no day of its own (which its own article's report of the meeting does not fulfil).
 */
export const CAVEATS = { hypothetical: 1, ordinal: 2, weekday: 4, undatedPlan: 8 } as const;

/**
 * Fields of one claim in the packed table, one 64-byte row per claim: clustering compares claims in no
 * particular order, and one row is one cache line where a column per field would be one each.
 */
const TYPE_CLASS = 0;
const TYPE = 1;
const ARTICLE = 2;
const MODALITY = 3;
const ORDINAL_CLASS = 4;
const ORDINAL_VALUE = 5;
/** 1 when the claim has a day interval (its own date or its report's window). */
const DATED = 6;
const OWN_DATE = 7;
const WEEKDAY = 8;
const HAS_DURATION = 9;
const PLACE = 10;
const CORE_FROM = 11;
const CORE_TO = 12;
/** The day interval (whole day numbers), when DATED. */
const START = 13;
const END = 14;
const ROW = 16;

/** Builds the comparison table of `profiles`. */
export function claimTable(profiles: ClaimProfiles, context: CompareContext): ClaimTable {
  const n = profiles.count;
  const { weights, salience } = context;
  // The weights as plain numbers: a double field read from an object is boxed anew until the JIT has run.
  const {
    weekdayMatch,
    weekdayMismatch,
    samePlace,
    containedPlace,
    apartPlace,
    sameType,
    compatibleType,
    durationOverlap,
    durationConflict,
    sameOrdinal,
    differentOrdinal,
    sameArticle,
  } = weights;
  const salienceWeight = weights.salience;
  const rows = new Int32Array(n * ROW);
  // Duration bounds (minutes, possibly open: 0 and infinity), two per claim.
  const minutes = new Float64Array(n * 2);
  const coreTotal = profiles.coreFrom[n]!;
  const core = new Int32Array(coreTotal);
  const chains = profiles.placeChains;
  const { coreFrom, core: coreById, start, end, flags, weekday } = profiles;
  for (let i = 0; i < n; i++) {
    const row = i * ROW;
    rows[row + TYPE_CLASS] = profiles.typeClass[i]!;
    rows[row + TYPE] = profiles.type[i]!;
    rows[row + ARTICLE] = profiles.article[i]!;
    rows[row + MODALITY] =
      profiles.modality[i] === HYPOTHETICAL_RANK
        ? HYPOTHETICAL
        : profiles.modality[i] === PLANNED_RANK
          ? PLANNED
          : OTHER_MODALITY;
    rows[row + ORDINAL_CLASS] = profiles.ordinalClass[i]!;
    rows[row + ORDINAL_VALUE] = profiles.ordinalValue[i]!;
    if (!Number.isNaN(start[i]!)) {
      rows[row + DATED] = 1;
      rows[row + START] = start[i]!;
      rows[row + END] = end[i]!;
    }
    rows[row + OWN_DATE] = flags[i]! & PROFILE.ownDate ? 1 : 0;
    rows[row + WEEKDAY] = weekday[i]!;
    if (flags[i]! & PROFILE.duration) {
      rows[row + HAS_DURATION] = 1;
      minutes[2 * i] = profiles.minMinutes[i]!;
      minutes[2 * i + 1] = profiles.maxMinutes[i]!;
    }
    rows[row + PLACE] = profiles.place[i]!;
    const from = coreFrom[i]!;
    const to = coreFrom[i + 1]!;
    // Ascending (insertion sort: a claim names a few participants), for merge-intersections.
    for (let k = from; k < to; k++) {
      const number = coreById[k]!;
      let at = k;
      while (at > from && core[at - 1]! > number) {
        core[at] = core[at - 1]!;
        at--;
      }
      core[at] = number;
    }
    rows[row + CORE_FROM] = from;
    rows[row + CORE_TO] = to;
  }
  // Key bases: one past the highest type class code and entity number.
  let typeClasses = 1;
  let entityCount = 1;
  for (let i = 0; i < n; i++) typeClasses = Math.max(typeClasses, rows[i * ROW + TYPE_CLASS]! + 1);
  for (let k = 0; k < coreTotal; k++) entityCount = Math.max(entityCount, core[k]! + 1);
  const groupKeys = new Float64Array(n).fill(Number.NaN);
  const caveatBits = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = i * ROW;
    const from = rows[row + CORE_FROM]!;
    const size = rows[row + CORE_TO]! - from;
    if (size === 1 || size === 2)
      groupKeys[i] =
        (core[from]! * entityCount + core[from + size - 1]!) * typeClasses + rows[row + TYPE_CLASS]!;
    caveatBits[i] =
      (rows[row + MODALITY] === HYPOTHETICAL ? CAVEATS.hypothetical : 0) |
      (rows[row + ORDINAL_CLASS] !== -1 ? CAVEATS.ordinal : 0) |
      (rows[row + OWN_DATE] === 0 && rows[row + WEEKDAY] !== -1 ? CAVEATS.weekday : 0) |
      (rows[row + MODALITY] === PLANNED && rows[row + OWN_DATE] === 0 ? CAVEATS.undatedPlan : 0);
  }
  const places = chains.length;
  const square = places <= SQUARE_PLACE_LIMIT ? new Uint8Array(places * places) : null;
  const byPair = new Map<number, number>();
  const placed = placedPlaces(context.placeParents);
  const relationCode = (a: number, b: number): number => {
    const key = a * places + b;
    let code = square ? square[key]! : (byPair.get(key) ?? 0);
    if (code === 0) {
      const placeA = chains[a]![0]!;
      const placeB = chains[b]![0]!;
      // "Katuna" and "Gatuna", two border posts no gazetteer places: their relation is unknown, not "apart".
      code =
        placeA !== placeB && (!placed.has(placeA) || !placed.has(placeB))
          ? RELATION_CODES.unknown
          : RELATION_CODES[relateChains(chains[a]!, chains[b]!, context.placeParents)];
      if (square) square[key] = code;
      else byPair.set(key, code);
    }
    return code;
  };

  // Results of the last merge of core numbers: the shared count, and the highest shared salience (in a typed
  // slot: a captured number variable would box a new heap number on every write).
  let shared = 0;
  const sharedSalience = new Float64Array(1);
  const intersect = (ra: number, rb: number): void => {
    let i = rows[ra + CORE_FROM]!;
    const iEnd = rows[ra + CORE_TO]!;
    let j = rows[rb + CORE_FROM]!;
    const jEnd = rows[rb + CORE_TO]!;
    shared = 0;
    let highest = 0;
    while (i < iEnd && j < jEnd) {
      const left = core[i]!;
      const difference = left - core[j]!;
      if (difference === 0) {
        shared++;
        highest = Math.max(highest, salience[left] ?? 0);
        i++;
        j++;
      } else if (difference < 0) i++;
      else j++;
    }
    sharedSalience[0] = highest;
  };

  /** Whether row `weekdayRow` names only a weekday and row `datedRow` has one day of its own on another weekday. */
  const weekdayContradicts = (weekdayRow: number, datedRow: number): boolean =>
    rows[weekdayRow + OWN_DATE] === 0 &&
    rows[weekdayRow + WEEKDAY] !== -1 &&
    rows[datedRow + OWN_DATE] === 1 &&
    rows[datedRow + START] === rows[datedRow + END] &&
    weekdayOf(rows[datedRow + START]!) !== rows[weekdayRow + WEEKDAY];

  /** Whether row `planRow` is a plan without a day of its own and row `otherRow` a report of what happened. */
  const undatedPlanBeside = (planRow: number, otherRow: number): boolean =>
    rows[planRow + MODALITY] === PLANNED &&
    rows[planRow + OWN_DATE] === 0 &&
    rows[otherRow + MODALITY] === OTHER_MODALITY;

  /** The hard constraints over rows; leaves the participant intersection for {@link weigh} when they hold. */
  const passes = (ra: number, rb: number): boolean => {
    if (rows[ra + TYPE_CLASS] !== rows[rb + TYPE_CLASS]) return false;
    // The checks on the rows alone first: the participant intersection is the costly one (and an undated
    // claim meets a pair's whole history, mostly on other weekdays).
    if (
      rows[ra + DATED] === 1 &&
      rows[rb + DATED] === 1 &&
      (rows[ra + START]! > rows[rb + END]! || rows[rb + START]! > rows[ra + END]!)
    )
      return false;
    // "on Sunday" cannot be an event dated to a Monday.
    if (weekdayContradicts(ra, rb) || weekdayContradicts(rb, ra)) return false;
    const hypotheticalA = rows[ra + MODALITY] === HYPOTHETICAL;
    const hypotheticalB = rows[rb + MODALITY] === HYPOTHETICAL;
    if (hypotheticalA !== hypotheticalB) {
      const other = hypotheticalA ? rb : ra;
      if (rows[other + MODALITY] !== PLANNED) return false;
    }
    // "The presidents met on Friday … and agreed to meet again in the coming months": a plan an article tells
    // without a day is not the meeting the same article reports.
    if (rows[ra + ARTICLE] === rows[rb + ARTICLE] && (undatedPlanBeside(ra, rb) || undatedPlanBeside(rb, ra)))
      return false;
    if (
      rows[ra + ARTICLE] === rows[rb + ARTICLE] &&
      rows[ra + ORDINAL_CLASS] !== -1 &&
      rows[ra + ORDINAL_CLASS] === rows[rb + ORDINAL_CLASS] &&
      rows[ra + ORDINAL_VALUE] !== rows[rb + ORDINAL_VALUE]
    ) {
      return false;
    }
    intersect(ra, rb);
    if (shared === 0) return false;
    const sizeA = rows[ra + CORE_TO]! - rows[ra + CORE_FROM]!;
    const sizeB = rows[rb + CORE_TO]! - rows[rb + CORE_FROM]!;
    if (sizeA >= 2 && sizeB >= 2) {
      const contained = shared === sizeA || shared === sizeB;
      if (!contained && shared < 2) return false;
    }
    return true;
  };

  const compatible = (a: number, b: number): boolean => passes(a * ROW, b * ROW);

  const weekdayScore = (ra: number, rb: number): number => {
    const undated = rows[ra + DATED] === 1 ? rb : ra;
    const other = rows[ra + DATED] === 1 ? ra : rb;
    if (rows[undated + DATED] === 1 || rows[undated + WEEKDAY] === -1 || rows[other + OWN_DATE] === 0)
      return 0;
    const start = rows[other + START]!;
    const end = rows[other + END]!;
    if (end - start > 6) return 0;
    for (let day = start; day <= end; day++)
      if (weekdayOf(day) === rows[undated + WEEKDAY]) return weekdayMatch;
    return weekdayMismatch;
  };

  const placeScore = (ra: number, rb: number): number => {
    if (rows[ra + PLACE] === -1 || rows[rb + PLACE] === -1) return 0;
    const code = relationCode(rows[ra + PLACE]!, rows[rb + PLACE]!);
    if (code === RELATION_CODES.same) return samePlace;
    if (code === RELATION_CODES.contains) return containedPlace;
    if (code === RELATION_CODES.apart) return apartPlace;
    return 0;
  };

  // The soft evidence of the last pair compared, in the order of `FEATURE_NAMES`.
  const parts = new Float64Array(FEATURE_NAMES.length);
  /** Fills `parts` for rows whose participant intersection was just taken. */
  const weigh = (a: number, b: number): void => {
    const ra = a * ROW;
    const rb = b * ROW;
    const sizeA = rows[ra + CORE_TO]! - rows[ra + CORE_FROM]!;
    const sizeB = rows[rb + CORE_TO]! - rows[rb + CORE_FROM]!;
    const union = sizeA + sizeB - shared;
    const contained = shared === sizeA || shared === sizeB;
    parts[0] = (contained ? 0.6 : 0.3) + (0.4 * shared) / union;
    let date = 0;
    if (rows[ra + DATED] === 1 && rows[rb + DATED] === 1) {
      const width = Math.max(
        rows[ra + END]! - rows[ra + START]! + 1,
        rows[rb + END]! - rows[rb + START]! + 1,
      );
      date = 0.4 + 0.6 / width;
    }
    parts[1] = date;
    parts[2] = weekdayScore(ra, rb);
    parts[3] = rows[ra + TYPE] === rows[rb + TYPE] ? sameType : compatibleType;
    parts[4] = placeScore(ra, rb);
    let duration = 0;
    if (rows[ra + HAS_DURATION] === 1 && rows[rb + HAS_DURATION] === 1) {
      const low = Math.max(minutes[2 * a]!, minutes[2 * b]!);
      const high = Math.min(minutes[2 * a + 1]!, minutes[2 * b + 1]!);
      duration = low <= high ? durationOverlap : durationConflict;
    }
    parts[5] = duration;
    let ordinal = 0;
    if (rows[ra + ORDINAL_CLASS] !== -1 && rows[ra + ORDINAL_CLASS] === rows[rb + ORDINAL_CLASS])
      ordinal = rows[ra + ORDINAL_VALUE] === rows[rb + ORDINAL_VALUE] ? sameOrdinal : differentOrdinal;
    parts[6] = ordinal;
    parts[7] = rows[ra + ARTICLE] === rows[rb + ARTICLE] ? sameArticle : 0;
    parts[8] = salienceWeight * sharedSalience[0]!;
  };

  const sum = (): number => {
    let total = 0;
    for (let k = 0; k < parts.length; k++) total += parts[k]!;
    return round(total);
  };

  const compatibleScore = (a: number, b: number): number => {
    if (!passes(a * ROW, b * ROW)) return Number.NaN;
    weigh(a, b);
    return sum();
  };

  const recordOf = featureRecords(parts);
  const features = (a: number, b: number): Record<string, number> => {
    intersect(a * ROW, b * ROW);
    weigh(a, b);
    return recordOf();
  };

  return {
    compatible,
    compatibleScore,
    features,
    groupKey: (index) => groupKeys[index]!,
    caveats: (index) => caveatBits[index]!,
  };
}

import type { Claim } from "../schema/claim.js";
import type { ArticleExtraction } from "../schema/document.js";
import type { Modality } from "../schema/primitives.js";
import { canonicalDayNumber, dayNumber } from "./days.js";
import { dayNumbers, stringNumbers, withRoom } from "./numbering.js";
import { placeChain } from "./place-relation.js";
import { localIdMapper, type ResolvedEntities } from "./resolve-entities.js";

/**
 * Claim types that can describe one happening: an announced visit and the meeting held during it, "talks"
 * and "meeting". Types not listed form their own class.
 */
export const TYPE_CLASSES: Readonly<Record<string, string>> = {
  meeting: "meeting",
  talks: "meeting",
  talk: "meeting",
  negotiations: "meeting",
  summit: "meeting",
  conversation: "meeting",
  visit: "meeting",
  trip: "meeting",
  call: "call",
  "phone call": "call",
  phone: "call",
};

/** How far an undated report reaches back (occurred) or forward (planned) from its publication day. */
export const REPORT_WINDOW = { pastDays: 10, futureDays: 30 } as const;

/** Claims whose day interval is at most this wide are clustered first, as anchors. */
export const PRECISE_DAYS = 3;

/** What is being counted by an ordinal: trips (visits) or meetings. */
export function ordinalClass(text: string): string {
  if (/\b(?:trip|visit|journey|travel)/i.test(text)) return "trip";
  if (/\bcall/i.test(text)) return "call";
  return "meeting";
}

/** Codes of {@link ordinalClass} in {@link ClaimProfiles.ordinalClass}. */
const ORDINAL_CLASS_CODES: Readonly<Record<string, number>> = { trip: 0, call: 1, meeting: 2 };

/** Modalities from the strongest to the weakest word on whether an event took place. */
export const MODALITY_ORDER: readonly Modality[] = [
  "occurred",
  "unconfirmed",
  "denied",
  "planned",
  "hypothetical",
];

/** Bits of {@link ClaimProfiles.flags}. */
export const PROFILE = {
  /** The claim's own date gives its day interval. */
  ownDate: 1,
  /** The claim has no usable date: its report's window gives its day interval. */
  windowed: 2,
  /** An own date at most {@link PRECISE_DAYS} wide. */
  precise: 4,
  /** The claim gives a duration (its bounds in `minMinutes`/`maxMinutes`). */
  duration: 8,
  /** The claim names a weekday (in `weekday`). */
  weekday: 16,
} as const;

/**
 * Everything alignment compares, precomputed once per claim, as columns indexed by claim (a hundred thousand
 * claims make no object each): the claim with global ids, and its comparison features.
 */
export interface ClaimProfiles {
  count: number;
  /** The claims with global entity ids, and their ids. */
  claims: Claim[];
  ids: string[];
  /**
   * Entity numbers of the core participants of claim `i`, `core[coreFrom[i]..coreFrom[i + 1])`, in id order:
   * the participants that are people, organisations or places, or all of them when only groups are named.
   */
  coreFrom: Int32Array;
  core: Int32Array;
  /**
   * The global id of each entity number: the resolved entities by their index, then ids no entity has (kept
   * as they are), in first-occurrence order.
   */
  entityIds: string[];
  /** Share (0..1) of claims an entity takes part in, relative to the most frequent one, by entity number. */
  salience: Float64Array;
  /**
   * A number per claim type (`typeNames[number]` is the type), and one per type class (see
   * {@link TYPE_CLASSES}): equal for equal ones.
   */
  type: Int32Array;
  typeNames: string[];
  typeClass: Int32Array;
  /** A number per distinct location (-1: none), whose chain of containing places is `placeChains[number]`. */
  place: Int32Array;
  placeChains: (readonly string[])[];
  /** Day-number interval: the claim's own date, or the window its report allows; NaN when open. */
  start: Float64Array;
  end: Float64Array;
  /** {@link PROFILE} bits. */
  flags: Uint8Array;
  /** The claim's modality as its position in {@link MODALITY_ORDER} (-1: another one). */
  modality: Int8Array;
  /** A number per distinct article id (equal for claims of one article). */
  article: Int32Array;
  /** A number per distinct ordinal value (-1: no ordinal). */
  ordinalValue: Int32Array;
  /** Duration bounds in minutes when the claim gives one (open bounds: 0 and infinity). */
  minMinutes: Float64Array;
  maxMinutes: Float64Array;
  /** The weekday the claim names without a date, or -1 (see the `weekday` flag). */
  weekday: Int32Array;
  /** What the claim's ordinal counts (a code per {@link ordinalClass}), or -1 without an ordinal. */
  ordinalClass: Int8Array;
  /**
   * The bounds of the claim's stated (not inferred) date as ranks in `days` (-1: no stated date), so that
   * events compare days without reading claims or strings; `days` holds the distinct day strings in
   * code-unit order.
   */
  earliestRank: Int32Array;
  latestRank: Int32Array;
  days: string[];
  /** Width in days of the stated date (from `start`/`end` when they hold its days). */
  statedWidth: Float64Array;
}

/** Whether any of `count` claims from `from` names a weekday. */
export function namesWeekday(profiles: ClaimProfiles, from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) if (profiles.flags[k]! & PROFILE.weekday) return true;
  return false;
}

/** Whether claim `index` has a day interval (its own or its report's window). */
export function hasInterval(profiles: ClaimProfiles, index: number): boolean {
  return (profiles.flags[index]! & (PROFILE.ownDate | PROFILE.windowed)) !== 0;
}

/** The global ids of a claim's distinct participants, in first-occurrence order (given their entity numbers). */
function participantIds(numbers: Int32Array, count: number, entityIds: readonly string[]): string[] {
  // Built at their size: a pushed-to empty array reserves room for seventeen.
  const ids = new Array<string>(count);
  for (let k = 0; k < count; k++) ids[k] = entityIds[numbers[k]!]!;
  return ids;
}

/** The claim with global entity ids: its participants and location given, its attribution mapped. */
function globalClaim(
  claim: Claim,
  articleId: string,
  participants: string[],
  location: string | null,
  map: (localId: string) => string,
): Claim {
  return {
    ...claim,
    articleId,
    participants,
    location,
    attribution: claim.attribution
      ? {
          ...claim.attribution,
          entityId: claim.attribution.entityId === null ? null : map(claim.attribution.entityId),
        }
      : null,
  };
}

/**
 * Numbers claim types and their type classes: writes both for claim `index` (each distinct type string is
 * looked up and lower-cased once).
 */
function typeNumbers(profiles: ClaimProfiles) {
  const classes = stringNumbers();
  const types = stringNumbers();
  profiles.typeNames = types.values;
  const classOfType: number[] = [];
  // The last type seen: claims repeat a few types, and comparing with it is cheaper than a lookup.
  let lastType: string | null = null;
  let lastNumber = -1;
  return (index: number, type: string): void => {
    let number = lastNumber;
    if (type !== lastType) {
      const before = types.values.length;
      number = types.numberOf(type);
      if (number === before) {
        const lower = type.toLowerCase();
        classOfType.push(classes.numberOf(TYPE_CLASSES[lower] ?? lower));
      }
      lastType = type;
      lastNumber = number;
    }
    profiles.type[index] = number;
    profiles.typeClass[index] = classOfType[number]!;
  };
}

/**
 * Writes the core numbers of distinct `ids` (numbered `numbers`) at `at` in id order, leaving out groups
 * unless only groups are named; returns the position after them.
 */
function writeCore(
  core: Int32Array,
  at: number,
  numbers: Int32Array,
  count: number,
  ids: readonly string[],
  isGroup: Uint8Array,
): number {
  let named = 0;
  for (let k = 0; k < count; k++) if (isGroup[numbers[k]!] === 0) named++;
  const from = at;
  for (let k = 0; k < count; k++) {
    const number = numbers[k]!;
    if (named > 0 && isGroup[number] === 1) continue;
    // Insertion by id (a claim names a few participants).
    let position = at++;
    while (position > from && ids[core[position - 1]!]! > ids[number]!) {
      core[position] = core[position - 1]!;
      position--;
    }
    core[position] = number;
  }
  return at;
}

/**
 * Fills the interval and date flags of claim `i`, given the day numbers of its date's bounds (NaN without a
 * date); `published` is its article's day number (NaN: none).
 */
function writeInterval(
  profiles: ClaimProfiles,
  i: number,
  claim: Claim,
  published: number,
  earliest: number,
  latest: number,
): void {
  let start = Number.NaN;
  let end = Number.NaN;
  let flags = 0;
  if (claim.date !== null) {
    start = earliest;
    end = latest;
    // An interval that ends before it starts (malformed input) dates nothing: the claim is read as undated.
    if (!Number.isNaN(start) && !Number.isNaN(end) && start <= end) flags = PROFILE.ownDate;
  }
  if (flags === 0) {
    start = Number.NaN;
    end = Number.NaN;
    if (!Number.isNaN(published)) {
      if (claim.modality === "occurred" || claim.modality === "unconfirmed") {
        start = published - REPORT_WINDOW.pastDays;
        end = published;
        flags = PROFILE.windowed;
      } else if (claim.modality === "planned") {
        start = published;
        end = published + REPORT_WINDOW.futureDays;
        flags = PROFILE.windowed;
      }
    }
  } else if (end - start + 1 <= PRECISE_DAYS) flags |= PROFILE.precise;
  profiles.start[i] = start;
  profiles.end[i] = end;
  profiles.flags[i] = flags;
}

function emptyProfiles(count: number, participants: number): ClaimProfiles {
  return {
    count,
    claims: new Array<Claim>(count),
    ids: new Array<string>(count),
    coreFrom: new Int32Array(count + 1),
    core: new Int32Array(participants),
    entityIds: [],
    salience: new Float64Array(0),
    type: new Int32Array(count),
    typeNames: [],
    typeClass: new Int32Array(count),
    place: new Int32Array(count),
    placeChains: [],
    start: new Float64Array(count),
    end: new Float64Array(count),
    flags: new Uint8Array(count),
    modality: new Int8Array(count),
    article: new Int32Array(count),
    ordinalValue: new Int32Array(count),
    minMinutes: new Float64Array(count),
    maxMinutes: new Float64Array(count),
    weekday: new Int32Array(count),
    ordinalClass: new Int8Array(count),
    earliestRank: new Int32Array(count).fill(-1),
    latestRank: new Int32Array(count).fill(-1),
    days: [],
    statedWidth: new Float64Array(count),
  };
}

/**
 * Rewrites the claims of `extractions` to global entity ids and profiles them, in one pass: claim indices
 * run over the extractions in order. `globalIds[k][i]` is the global id of entity `i` of extraction `k`;
 * `types` gives the type of each global entity id.
 */
export function profileClaims(
  extractions: readonly ArticleExtraction[],
  resolved: ResolvedEntities,
): ClaimProfiles {
  const placeParents = resolved.placeParents;
  let count = 0;
  // Indexed: a `for...of` step makes an object until the loop is optimised (twenty thousand articles).
  for (let k = 0; k < extractions.length; k++) count += extractions[k]!.claims.length;
  // Typed arrays sized by participants grow as they fill (counting participants first is a pass over claims).
  const profiles = emptyProfiles(count, 2 * count + 16);
  const mapper = localIdMapper(resolved);
  const entityIds = mapper.entityIds;
  profiles.entityIds = entityIds;
  const toGlobal = (localId: string): string => entityIds[mapper.numberOf(localId)]!;
  // Per entity number: whether it is a group (ids no entity has are not), and how many claims it takes part in.
  let isGroup = new Uint8Array(entityIds.length + 1024);
  resolved.entities.forEach((entity, number) => {
    isGroup[number] = entity.type === "group" ? 1 : 0;
  });
  let claimCounts = new Int32Array(isGroup.length);
  const writeType = typeNumbers(profiles);
  // The place number + 1 of each entity number (0: not a location yet): no lookup of the id string.
  let placeOfEntity = new Int32Array(isGroup.length);
  const ordinalClasses = new Map<string, number>();
  let numbers = new Int32Array(16);
  const days = dayNumbers();
  const articleIds = stringNumbers();
  const ordinalValues = new Map<number, number>();
  let index = 0;
  let coreAt = 0;
  for (let article = 0; article < extractions.length; article++) {
    const extraction = extractions[article]!;
    mapper.article(article, extraction.entities);
    const published = extraction.article.publishedAt ? dayNumber(extraction.article.publishedAt) : Number.NaN;
    const articleNumber = articleIds.numberOf(extraction.article.id);
    // Indexed loops in this once-per-call pass: until it is optimised, `for...of` makes an object per step.
    for (let c = 0; c < extraction.claims.length; c++) {
      const local = extraction.claims[c]!;
      const locals = local.participants;
      if (numbers.length < locals.length) numbers = new Int32Array(2 * locals.length);
      // The distinct entity numbers of the participants (equal numbers are equal global ids).
      let distinct = 0;
      for (let k = 0; k < locals.length; k++) {
        const number = mapper.numberOf(locals[k]!);
        let seen = false;
        for (let j = 0; j < distinct && !seen; j++) seen = numbers[j] === number;
        if (!seen) numbers[distinct++] = number;
      }
      // Numbered after the participants, as the location is mapped after them (unknown ids are numbered in
      // first-occurrence order).
      const locationNumber = local.location === null ? -1 : mapper.numberOf(local.location);
      if (isGroup.length < entityIds.length) {
        isGroup = withRoom(isGroup, entityIds.length);
        claimCounts = withRoom(claimCounts, entityIds.length);
        placeOfEntity = withRoom(placeOfEntity, entityIds.length);
      }
      for (let k = 0; k < distinct; k++) claimCounts[numbers[k]!]!++;
      const claim = globalClaim(
        local,
        extraction.article.id,
        participantIds(numbers, distinct, entityIds),
        locationNumber === -1 ? null : entityIds[locationNumber]!,
        toGlobal,
      );
      profiles.claims[index] = claim;
      profiles.ids[index] = claim.id;
      profiles.modality[index] = MODALITY_ORDER.indexOf(claim.modality);
      if (profiles.core.length < coreAt + distinct)
        profiles.core = withRoom(profiles.core, coreAt + distinct);
      profiles.coreFrom[index] = coreAt;
      coreAt = writeCore(profiles.core, coreAt, numbers, distinct, entityIds, isGroup);
      const date = claim.date;
      // Each bound parsed once: a well-formed day's canonical number is its day number (see days.ts).
      const earliestCanonical = date === null ? Number.NaN : canonicalDayNumber(date.earliest);
      const latestCanonical = date === null ? Number.NaN : canonicalDayNumber(date.latest);
      const earliestDay =
        date === null || !Number.isNaN(earliestCanonical) ? earliestCanonical : dayNumber(date.earliest);
      const latestDay =
        date === null || !Number.isNaN(latestCanonical) ? latestCanonical : dayNumber(date.latest);
      writeInterval(profiles, index, claim, published, earliestDay, latestDay);
      profiles.article[index] = articleNumber;
      const ordinalValue = claim.ordinal?.value ?? null;
      profiles.ordinalValue[index] = ordinalValue === null ? -1 : valueNumber(ordinalValue);
      if (claim.duration) {
        profiles.flags[index] = profiles.flags[index]! | PROFILE.duration;
        profiles.minMinutes[index] = claim.duration.minMinutes ?? 0;
        profiles.maxMinutes[index] = claim.duration.maxMinutes ?? Number.POSITIVE_INFINITY;
      }
      profiles.weekday[index] = claim.weekday ?? -1;
      if (claim.weekday != null) profiles.flags[index] = profiles.flags[index]! | PROFILE.weekday;
      writeType(index, claim.type);
      profiles.place[index] = locationNumber === -1 ? -1 : placeNumber(locationNumber);
      profiles.ordinalClass[index] = claim.ordinal ? ordinalClassCode(claim.ordinal.text) : -1;
      if (date !== null && !date.inferred) {
        // Numbered in first-occurrence order here, ranked once all are known.
        profiles.earliestRank[index] = days.numberOf(date.earliest, earliestCanonical);
        profiles.latestRank[index] = days.numberOf(date.latest, latestCanonical);
        profiles.statedWidth[index] = latestDay - earliestDay;
      }
      index++;
    }
  }
  profiles.coreFrom[count] = coreAt;
  profiles.core = profiles.core.subarray(0, coreAt);
  profiles.days = rankDays(days.values, profiles.earliestRank, profiles.latestRank);
  profiles.salience = salienceOf(claimCounts, entityIds.length);
  return profiles;

  /** The number of the place with entity number `entity`, in first-occurrence order. */
  function placeNumber(entity: number): number {
    if (placeOfEntity[entity] === 0) {
      profiles.placeChains.push(placeChain(entityIds[entity]!, placeParents));
      placeOfEntity[entity] = profiles.placeChains.length;
    }
    return placeOfEntity[entity]! - 1;
  }

  function valueNumber(value: number): number {
    let number = ordinalValues.get(value);
    if (number === undefined) {
      number = ordinalValues.size;
      ordinalValues.set(value, number);
    }
    return number;
  }

  function ordinalClassCode(text: string): number {
    let code = ordinalClasses.get(text);
    if (code === undefined) {
      code = ORDINAL_CLASS_CODES[ordinalClass(text)]!;
      ordinalClasses.set(text, code);
    }
    return code;
  }
}

/** Sorts the day strings and rewrites their first-occurrence numbers to ranks in that order; the sorted days. */
function rankDays(days: readonly string[], earliest: Int32Array, latest: Int32Array): string[] {
  const order = days.map((_, number) => number).sort((a, b) => (days[a]! < days[b]! ? -1 : 1));
  const rankOf = new Int32Array(days.length);
  order.forEach((number, rank) => {
    rankOf[number] = rank;
  });
  for (let k = 0; k < earliest.length; k++)
    if (earliest[k] !== -1) {
      earliest[k] = rankOf[earliest[k]!]!;
      latest[k] = rankOf[latest[k]!]!;
    }
  return order.map((number) => days[number]!);
}

/** Salience of each entity number from its claim count, relative to the most frequent entity. */
function salienceOf(claimCounts: Int32Array, entityCount: number): Float64Array {
  let max = 1;
  for (let k = 0; k < entityCount; k++) max = Math.max(max, claimCounts[k]!);
  const salience = new Float64Array(entityCount);
  for (let k = 0; k < entityCount; k++) salience[k] = claimCounts[k]! / max;
  return salience;
}

import type { AlignmentLink, Event } from "../schema/event.js";
import type { Modality, TimeSpan } from "../schema/primitives.js";
import { type ClaimProfiles, MODALITY_ORDER } from "./claim-profile.js";
import { placeChain } from "./place-relation.js";

/** How many participants an event id names before it stops. */
const ID_PARTICIPANTS = 4;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The most frequent value (ties: the preferred one by `before`, then the first in text order), or null.
 * Events have a handful of claims: parallel arrays rather than a map.
 */
function mostFrequent(
  values: readonly string[],
  before: (a: string, b: string) => number = () => 0,
): string | null {
  const distinct: string[] = [];
  const counts: number[] = [];
  for (const value of values) {
    const at = distinct.indexOf(value);
    if (at >= 0) counts[at]!++;
    else {
      distinct.push(value);
      counts.push(1);
    }
  }
  let best = -1;
  for (let k = 0; k < distinct.length; k++) {
    if (best < 0) {
      best = k;
      continue;
    }
    const order =
      before(distinct[k]!, distinct[best]!) ||
      counts[best]! - counts[k]! ||
      compareStrings(distinct[k]!, distinct[best]!);
    if (order < 0) best = k;
  }
  return best < 0 ? null : distinct[best]!;
}

/**
 * A visit names only its traveller; the meeting held during it names the event better. Types compare by
 * their numbers (see {@link ClaimProfiles.type}); `counts` is zeroed room for one count per type number.
 */
function eventType(
  members: readonly number[],
  profiles: ClaimProfiles,
  visit: number,
  counts: Int32Array,
): string {
  const { type, typeNames } = profiles;
  // Most events repeat one type (besides visits): no counting.
  let only = -1;
  let single = true;
  for (let k = 0; k < members.length; k++) {
    const number = type[members[k]!]!;
    if (number === visit || number === only) continue;
    if (only === -1) only = number;
    else single = false;
  }
  if (single) return only !== -1 ? typeNames[only]! : members.length > 0 ? "visit" : "meeting";
  // The most frequent type besides visits, then the first by code units.
  for (let k = 0; k < members.length; k++) {
    const number = type[members[k]!]!;
    if (number !== visit) counts[number] = counts[number]! + 1;
  }
  let best = -1;
  for (let k = 0; k < members.length; k++) {
    const number = type[members[k]!]!;
    if (number === visit) continue;
    if (
      best === -1 ||
      counts[number]! > counts[best]! ||
      (counts[number] === counts[best] && typeNames[number]! < typeNames[best]!)
    )
      best = number;
  }
  for (let k = 0; k < members.length; k++) counts[type[members[k]!]!] = 0;
  return typeNames[best]!;
}

/**
 * The intersection of the claims' stated dates, worded as the most precise of them says it, or null; writes
 * the rank of its first day among the call's days to `earliestRanks[event]` (-1: no date). Days compare by
 * their ranks (see {@link ClaimProfiles.earliestRank}): the claims' own strings are not read.
 */
function eventDate(
  memberIndices: readonly number[],
  profiles: ClaimProfiles,
  earliestRanks: Int32Array,
  event: number,
): TimeSpan | null {
  const { earliestRank, latestRank, statedWidth } = profiles;
  let narrowest = -1;
  let narrowestWidth = Number.POSITIVE_INFINITY;
  let earliest = -1;
  let latest = -1;
  for (let k = 0; k < memberIndices.length; k++) {
    const member = memberIndices[k]!;
    if (earliestRank[member] === -1) continue;
    if (narrowest === -1) {
      narrowest = member;
      earliest = earliestRank[member]!;
      latest = latestRank[member]!;
    }
    if (statedWidth[member]! < narrowestWidth) {
      narrowest = member;
      narrowestWidth = statedWidth[member]!;
    }
    earliest = Math.max(earliest, earliestRank[member]!);
    latest = Math.min(latest, latestRank[member]!);
  }
  if (narrowest === -1) {
    earliestRanks[event] = -1;
    return null;
  }
  const date = profiles.claims[narrowest]!.date!;
  if (earliest > latest) {
    earliestRanks[event] = earliestRank[narrowest]!;
    return { ...date, inferred: false };
  }
  earliestRanks[event] = earliest;
  return {
    earliest: profiles.days[earliest]!,
    latest: profiles.days[latest]!,
    text: date.text,
    inferred: false,
  };
}

/** The most frequent of the most specific places (longest containment chain) the claims name. */
function eventLocation(
  members: readonly number[],
  profiles: ClaimProfiles,
  chainLength: (place: string) => number,
): string | null {
  const { place, placeChains } = profiles;
  // Most events name one place, or none: no lists to count. Places compare by their numbers.
  let only = -1;
  let single = true;
  for (let k = 0; k < members.length; k++) {
    const number = place[members[k]!]!;
    if (number === -1 || number === only) continue;
    if (only === -1) only = number;
    else single = false;
  }
  // A place's chain starts with the place itself.
  if (single) return only === -1 ? null : placeChains[only]![0]!;
  const places: string[] = [];
  for (const member of members) if (place[member] !== -1) places.push(placeChains[place[member]!]![0]!);
  return mostFrequent(places, (a, b) => chainLength(b) - chainLength(a));
}

/** Occurred when any claim says so; else the one party's word; else a denial, a plan, a hypothesis. */
function eventStatus(members: readonly number[], profiles: ClaimProfiles): Modality {
  let best = MODALITY_ORDER.length;
  for (let k = 0; k < members.length; k++) {
    const rank = profiles.modality[members[k]!]!;
    if (rank >= 0 && rank < best) best = rank;
  }
  return MODALITY_ORDER[best] ?? "occurred";
}

/** Whether claims `a` and `b` have the same core participants. */
function sameCore(profiles: ClaimProfiles, a: number, b: number): boolean {
  const { coreFrom, core } = profiles;
  const size = coreFrom[a + 1]! - coreFrom[a]!;
  if (coreFrom[b + 1]! - coreFrom[b]! !== size) return false;
  for (let k = 0; k < size; k++) if (core[coreFrom[a]! + k] !== core[coreFrom[b]! + k]) return false;
  return true;
}

/** The participants of all claims, distinct and sorted (most events repeat one participant list). */
function eventParticipants(memberIndices: readonly number[], profiles: ClaimProfiles): string[] {
  const { coreFrom, core, entityIds } = profiles;
  if (memberIndices.length === 0) return [];
  const first = memberIndices[0]!;
  // A core list is already distinct and sorted (see profileClaims); an array of its size, not a pushed-to one.
  const ids = new Array<string>(coreFrom[first + 1]! - coreFrom[first]!);
  for (let k = 0; k < ids.length; k++) ids[k] = entityIds[core[coreFrom[first]! + k]!]!;
  let same = true;
  for (let m = 1; m < memberIndices.length && same; m++) same = sameCore(profiles, first, memberIndices[m]!);
  if (same) return ids;
  for (let m = 1; m < memberIndices.length; m++) {
    const member = memberIndices[m]!;
    for (let k = coreFrom[member]!; k < coreFrom[member + 1]!; k++) {
      const id = entityIds[core[k]!]!;
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids.sort();
}

function participantSlug(id: string): string {
  const colon = id.indexOf(":");
  return colon >= 0 ? id.slice(colon + 1) : id;
}

/** The first participants of an event, as its id names them (`a+b`), or "unknown". */
function idParticipants(participants: readonly string[]): string {
  if (participants.length === 0) return "unknown";
  let named = participantSlug(participants[0]!);
  for (let k = 1; k < Math.min(participants.length, ID_PARTICIPANTS); k++)
    named += `+${participantSlug(participants[k]!)}`;
  return named || "unknown";
}

/** The ids of an event's claims, in member order (an array of its size, filled by index). */
function claimIdsOf(members: readonly number[], ids: readonly string[]): string[] {
  const claimIds = new Array<string>(members.length);
  for (let k = 0; k < members.length; k++) claimIds[k] = ids[members[k]!]!;
  return claimIds;
}

/** Where undated events sort among the days, as if dated this day. */
const UNDATED_DAY = "9999-99-99";

/**
 * A number per event that orders events as their first days do (undated ones as {@link UNDATED_DAY}): twice
 * the day's rank, and for undated events an odd number between the ranks around that day unless it is one.
 */
function dayKeysOf(earliestRanks: Int32Array, days: readonly string[]): Float64Array {
  let below = 0;
  while (below < days.length && days[below]! < UNDATED_DAY) below++;
  const undated = days[below] === UNDATED_DAY ? 2 * below : 2 * below - 1;
  const keys = new Float64Array(earliestRanks.length);
  for (let k = 0; k < keys.length; k++) keys[k] = earliestRanks[k] === -1 ? undated : 2 * earliestRanks[k]!;
  return keys;
}

/**
 * Event ids: each prefix numbered from 1 by the first (lowest) claim of its clusters. A claim is in one
 * cluster, so a pass over claim indices visits the clusters in that order (no sort of the prefixes).
 */
function numberedIds(
  prefixes: readonly string[],
  clusters: readonly { members: number[] }[],
  claimCount: number,
): string[] {
  const clusterOfFirst = new Int32Array(claimCount).fill(-1);
  clusters.forEach((cluster, index) => {
    clusterOfFirst[cluster.members[0] ?? 0] = index;
  });
  const counters = new Map<string, number>();
  const ids = new Array<string>(clusters.length);
  for (let claim = 0; claim < claimCount; claim++) {
    const cluster = clusterOfFirst[claim]!;
    if (cluster === -1) continue;
    const prefix = prefixes[cluster]!;
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    ids[cluster] = `${prefix}:${n}`;
  }
  return ids;
}

/**
 * Builds the events of the clusters with stable ids (`event:<day|undated>:<participants>:<n>`), sorted by date,
 * then id; `eventOf[k]` is the event of claim `k`.
 */
export function buildEvents(
  clusters: readonly { members: number[]; links: AlignmentLink[] }[],
  profiles: ClaimProfiles,
  placeParents: Readonly<Record<string, string>>,
): { events: Event[]; eventOf: Event[] } {
  const chainLengths = new Map<string, number>();
  const chainLength = (place: string): number => {
    let length = chainLengths.get(place);
    if (length === undefined) {
      length = placeChain(place, placeParents).length;
      chainLengths.set(place, length);
    }
    return length;
  };
  const visit = profiles.typeNames.indexOf("visit");
  const typeCounts = new Int32Array(profiles.typeNames.length);
  const count = clusters.length;
  // Indexed loops over the clusters: no callback per event while the code is still unoptimised, and no record
  // per event for its date (its first day's rank goes to a typed array).
  const dates = new Array<TimeSpan | null>(count);
  const earliestRanks = new Int32Array(count);
  const participants = new Array<string[]>(count);
  const prefixes = new Array<string>(count);
  for (let index = 0; index < count; index++) {
    const members = clusters[index]!.members;
    const date = eventDate(members, profiles, earliestRanks, index);
    dates[index] = date;
    participants[index] = eventParticipants(members, profiles);
    prefixes[index] = `event:${date?.earliest ?? "undated"}:${idParticipants(participants[index]!)}`;
  }
  const ids = numberedIds(prefixes, clusters, profiles.count);
  // By cluster, before they are sorted.
  const events = new Array<Event>(count);
  const eventOf = new Array<Event>(profiles.count);
  for (let index = 0; index < count; index++) {
    const { members, links } = clusters[index]!;
    const event: Event = {
      id: ids[index]!,
      type: eventType(members, profiles, visit, typeCounts),
      participants: participants[index]!,
      date: dates[index] ?? null,
      location: eventLocation(members, profiles, chainLength),
      status: eventStatus(members, profiles),
      claimIds: claimIdsOf(members, profiles.ids),
      // Clustering hands the links over sorted by claim ids.
      links,
    };
    events[index] = event;
    for (let k = 0; k < members.length; k++) eventOf[members[k]!] = event;
  }
  const dayKeys = dayKeysOf(earliestRanks, profiles.days);
  const order = events.map((_, index) => index);
  order.sort((a, b) => dayKeys[a]! - dayKeys[b]! || compareStrings(ids[a]!, ids[b]!));
  return { events: order.map((index) => events[index]!), eventOf };
}

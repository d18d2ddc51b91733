import type { Article } from "../schema/article.js";
import type { Claim } from "../schema/claim.js";
import { dayNumber } from "./days.js";

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

/** A claim with everything alignment compares precomputed once. */
export interface ClaimProfile {
  index: number;
  claim: Claim;
  /** Participants that are people, organisations or places, or all of them when only groups are named. */
  core: string[];
  /** Per-call entity numbers of `core`, in the same order (blocking reads the first few by name). */
  coreNumbers: number[];
  /** The location and the places containing it (see `placeChain`), or null without a location. */
  placeChain: readonly string[] | null;
  typeClass: string;
  /** Day-number interval: the claim's own date, or the window its report allows; NaN when open. */
  start: number;
  end: number;
  ownDate: boolean;
  windowed: boolean;
  weekday: number | null;
  precise: boolean;
  ordinalClass: string | null;
  ordinalValue: number | null;
}

function reportWindow(claim: Claim, article: Article | undefined): [number, number] | null {
  const published = article?.publishedAt;
  if (!published) return null;
  const day = dayNumber(published);
  if (Number.isNaN(day)) return null;
  if (claim.modality === "occurred" || claim.modality === "unconfirmed")
    return [day - REPORT_WINDOW.pastDays, day];
  if (claim.modality === "planned") return [day, day + REPORT_WINDOW.futureDays];
  return null;
}

/** The distinct ids in code-unit order (participant lists are short: two ids need no set). */
function distinctSorted(ids: readonly string[]): string[] {
  if (ids.length === 2) {
    const [a, b] = ids as [string, string];
    return a < b ? [a, b] : a > b ? [b, a] : [a];
  }
  return [...new Set(ids)].sort();
}

/** The ids that are not groups, or all of them when only groups are named. */
function namedOrAll(ids: string[], isGroup: (id: string) => boolean): string[] {
  const named = ids.filter((id) => !isGroup(id));
  return named.length > 0 ? named : ids;
}

/** Per-call lookups that profiles share (so each distinct entity and place is worked out once). */
export interface ProfileLookups {
  isGroup: (entityId: string) => boolean;
  /** A dense number per distinct entity id, assigned within one call. */
  entityNumber: (entityId: string) => number;
  placeChain: (placeId: string) => readonly string[];
}

/** Precomputes the comparison features of a claim whose entity ids are already global. */
export function profileClaim(
  claim: Claim,
  index: number,
  article: Article | undefined,
  lookups: ProfileLookups,
): ClaimProfile {
  const { isGroup } = lookups;
  const unique = distinctSorted(claim.participants);
  const core = unique.some(isGroup) ? namedOrAll(unique, isGroup) : unique;
  const coreNumbers = core.map(lookups.entityNumber);
  let start = Number.NaN;
  let end = Number.NaN;
  let ownDate = false;
  let windowed = false;
  if (claim.date !== null) {
    start = dayNumber(claim.date.earliest);
    end = dayNumber(claim.date.latest);
    ownDate = !Number.isNaN(start) && !Number.isNaN(end);
  }
  if (!ownDate) {
    const window = reportWindow(claim, article);
    if (window) {
      [start, end] = window;
      windowed = true;
    } else {
      start = Number.NaN;
      end = Number.NaN;
    }
  }
  return {
    index,
    claim,
    core,
    coreNumbers,
    placeChain: claim.location === null ? null : lookups.placeChain(claim.location),
    typeClass: TYPE_CLASSES[claim.type.toLowerCase()] ?? claim.type.toLowerCase(),
    start,
    end,
    ownDate,
    windowed,
    weekday: claim.weekday ?? null,
    precise: ownDate && end - start + 1 <= PRECISE_DAYS,
    ordinalClass: claim.ordinal ? ordinalClass(claim.ordinal.text) : null,
    ordinalValue: claim.ordinal?.value ?? null,
  };
}

/** Whether a profile has a day interval (its own or its report's window). */
export function hasInterval(profile: ClaimProfile): boolean {
  return !Number.isNaN(profile.start);
}

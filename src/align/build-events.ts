import type { Claim } from "../schema/claim.js";
import type { AlignmentLink, Event } from "../schema/event.js";
import type { Modality, TimeSpan } from "../schema/primitives.js";
import type { ClaimProfile } from "./claim-profile.js";
import { dayNumber } from "./days.js";
import { placeChain } from "./place-relation.js";

/** How many participants an event id names before it stops. */
const ID_PARTICIPANTS = 4;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(([a, x], [b, y]) => y - x || compareStrings(a, b));
  return ranked[0]?.[0] ?? null;
}

/** A visit names only its traveller; the meeting held during it names the event better. */
function eventType(claims: readonly Claim[]): string {
  const types = claims.map((claim) => claim.type);
  const specific = types.filter((type) => type !== "visit");
  return mostFrequent(specific.length > 0 ? specific : types) ?? "meeting";
}

/** The intersection of the claims' own dates, worded as the most precise of them says it. */
export function eventDate(claims: readonly Claim[]): TimeSpan | null {
  const dated = claims
    .filter((claim) => claim.date !== null && !claim.date.inferred)
    .map((claim) => claim.date!);
  if (dated.length === 0) return null;
  let narrowest = dated[0]!;
  let narrowestWidth = Number.POSITIVE_INFINITY;
  for (const date of dated) {
    const width = dayNumber(date.latest) - dayNumber(date.earliest);
    if (width < narrowestWidth) {
      narrowest = date;
      narrowestWidth = width;
    }
  }
  let earliest = dated[0]!.earliest;
  let latest = dated[0]!.latest;
  for (const date of dated) {
    if (date.earliest > earliest) earliest = date.earliest;
    if (date.latest < latest) latest = date.latest;
  }
  if (earliest > latest) return { ...narrowest, inferred: false };
  return { earliest, latest, text: narrowest.text, inferred: false };
}

function eventLocation(claims: readonly Claim[], parents: Readonly<Record<string, string>>): string | null {
  const places = claims.map((claim) => claim.location).filter((place): place is string => place !== null);
  if (places.length === 0) return null;
  const counts = new Map<string, number>();
  for (const place of places) counts.set(place, (counts.get(place) ?? 0) + 1);
  return [...counts.entries()].sort(
    ([a, x], [b, y]) =>
      placeChain(b, parents).length - placeChain(a, parents).length || y - x || compareStrings(a, b),
  )[0]![0];
}

const STATUS_ORDER: readonly Modality[] = ["occurred", "unconfirmed", "denied", "planned", "hypothetical"];

/** Occurred when any claim says so; else the one party's word; else a denial, a plan, a hypothesis. */
export function eventStatus(claims: readonly Claim[]): Modality {
  for (const status of STATUS_ORDER) if (claims.some((claim) => claim.modality === status)) return status;
  return "occurred";
}

function participantSlug(id: string): string {
  const colon = id.indexOf(":");
  return colon >= 0 ? id.slice(colon + 1) : id;
}

/** Builds the events of the clusters with stable ids (`event:<day|undated>:<participants>:<n>`), sorted by date, then id. */
export function buildEvents(
  clusters: readonly { members: number[]; links: AlignmentLink[] }[],
  profiles: readonly ClaimProfile[],
  placeParents: Readonly<Record<string, string>>,
): Event[] {
  const drafts = clusters.map((cluster) => {
    const members = cluster.members.map((index) => profiles[index]!);
    const claims = members.map((member) => member.claim);
    const participants = [...new Set(members.flatMap((member) => member.core))].sort();
    const date = eventDate(claims);
    const prefix = `event:${date?.earliest ?? "undated"}:${participants.slice(0, ID_PARTICIPANTS).map(participantSlug).join("+") || "unknown"}`;
    return {
      prefix,
      first: cluster.members[0] ?? 0,
      event: {
        id: prefix,
        type: eventType(claims),
        participants,
        date,
        location: eventLocation(claims, placeParents),
        status: eventStatus(claims),
        claimIds: claims.map((claim) => claim.id),
        links: [...cluster.links].sort(
          (a, b) =>
            compareStrings(a.claimIds[0], b.claimIds[0]) || compareStrings(a.claimIds[1], b.claimIds[1]),
        ),
      } satisfies Event,
    };
  });
  drafts.sort((a, b) => compareStrings(a.prefix, b.prefix) || a.first - b.first);
  const counters = new Map<string, number>();
  for (const draft of drafts) {
    const n = (counters.get(draft.prefix) ?? 0) + 1;
    counters.set(draft.prefix, n);
    draft.event.id = `${draft.prefix}:${n}`;
  }
  const events = drafts.map((draft) => draft.event);
  return events.sort((a, b) => {
    const dayA = a.date?.earliest ?? "9999-99-99";
    const dayB = b.date?.earliest ?? "9999-99-99";
    return compareStrings(dayA, dayB) || compareStrings(a.id, b.id);
  });
}

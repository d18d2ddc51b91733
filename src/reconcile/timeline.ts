import type { Claim } from "../schema/claim.js";
import type { Event, Timeline } from "../schema/event.js";

/** Events naming more participants than this contribute pairs of their first participants only. */
const MAX_TIMELINE_PARTICIPANTS = 6;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function participantSets(event: Event): string[][] {
  const ids = event.participants.slice(0, MAX_TIMELINE_PARTICIPANTS);
  if (ids.length < 2) return ids.length === 1 ? [ids] : [];
  const sets: string[][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) sets.push([ids[i]!, ids[j]!]);
  return sets;
}

/**
 * The consolidated timeline: for each pair of participants (or the single participant of one-person events),
 * their events in date order (undated last) with status, place and the articles that report them.
 *
 * @example
 * buildTimeline(events, claims)[0]; // { participants: ["person:a", "person:b"], entries: [{ eventId, date, status, … }] }
 */
export function buildTimeline(events: readonly Event[], claims: readonly Claim[]): Timeline[] {
  const articleOf = new Map(claims.map((claim) => [claim.id, claim.articleId]));
  const rows = new Map<string, { participants: string[]; events: Event[] }>();
  for (const event of events) {
    for (const set of participantSets(event)) {
      const key = set.join("\u0000");
      const row = rows.get(key) ?? { participants: set, events: [] };
      row.events.push(event);
      rows.set(key, row);
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([, row]) => ({
      participants: row.participants,
      entries: [...row.events]
        .sort(
          (a, b) => compare(a.date?.earliest ?? "9999", b.date?.earliest ?? "9999") || compare(a.id, b.id),
        )
        .map((event) => ({
          eventId: event.id,
          date: event.date,
          status: event.status,
          location: event.location,
          articleIds: [
            ...new Set(event.claimIds.map((id) => articleOf.get(id)).filter((id): id is string => !!id)),
          ].sort(),
        })),
    }));
}

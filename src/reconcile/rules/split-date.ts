import { placedPlaces, placeRelation } from "../../align/place-relation.js";
import { daysBetween } from "../../normalize/time/calendar.js";
import type { Claim } from "../../schema/claim.js";
import type { EventView, Rule, RuleContext } from "../rule.js";
import { saysList } from "./shared.js";

/** At most this many days apart, two one-day events of the same people may be one event told on two days. */
const NEIGHBOUR_DAYS = 1;

function isOneDay(view: EventView): boolean {
  const date = view.event.date;
  return date !== null && date.earliest === date.latest;
}

/** The same people, in any order: "Moon–Trong" and "Trong–Moon". */
function peopleKey(view: EventView): string {
  return [...view.event.participants].sort().join("+");
}

/** A claim that dates the meeting itself: its own day, and the people met (a trip joined to it names one). */
function datesTheMeeting(claim: Claim): boolean {
  return claim.date !== null && !claim.date.inferred && claim.participants.length >= 2;
}

/** The independent sources that date an event's meeting themselves. */
function datingSources(view: EventView, context: RuleContext): Set<string> {
  const sources = new Set<string>();
  for (const claim of view.claims) if (datesTheMeeting(claim)) sources.add(context.sourceOf(claim.articleId));
  return sources;
}

function firstDated(view: EventView): Claim | undefined {
  return view.claims.find(datesTheMeeting);
}

/** "talks" is no count noun: "one round of talks". */
const ONE_OF: Readonly<Record<string, string>> = { talks: "round of talks" };

/** Whether two events' places can be one place: unknown on either side, the same, or one within the other. */
function placesFit(a: EventView, b: EventView, context: RuleContext): boolean {
  const placeA = a.event.location;
  const placeB = b.event.location;
  if (placeA === null || placeB === null) return true;
  const parents = context.alignment.placeParents;
  const placed = placedPlaces(parents);
  if (placed.has(placeA) !== placed.has(placeB)) return true;
  const relation = placeRelation(placeA, placeB, parents);
  return relation === "same" || relation === "contains";
}

/**
 * Two one-day events of the same people on neighbouring days, each told by sources that do not tell the other
 * ("On Thursday night … met" in one outlet, "on Friday" in another): alignment keeps them apart, since the same
 * people may meet on two days, but no source reports both, so they may be one event whose date the sources give
 * differently. A medium discrepancy that says so, rather than two unrelated single-source events.
 */
export const splitDateRule: Rule = {
  meta: {
    id: "split-date",
    description: "Flags two events of the same people on neighbouring days that no source reports together.",
    messages: {
      discrepancy:
        "Date may differ for the {{event}}: {{says}}, and no source reports both days, so they may be one {{type}}.",
    },
  },
  check(context) {
    const byPeople = new Map<string, EventView[]>();
    for (const view of context.events) {
      if (view.event.status !== "occurred" || view.event.participants.length < 2 || !isOneDay(view)) continue;
      const list = byPeople.get(peopleKey(view)) ?? [];
      list.push(view);
      byPeople.set(peopleKey(view), list);
    }
    for (const views of byPeople.values()) {
      if (views.length < 2) continue;
      const ordered = [...views].sort((a, b) => (a.event.date!.earliest < b.event.date!.earliest ? -1 : 1));
      for (let k = 1; k < ordered.length; k++) {
        const earlier = ordered[k - 1]!;
        const later = ordered[k]!;
        const gap = daysBetween(earlier.event.date!.earliest, later.event.date!.earliest);
        if (gap < 1 || gap > NEIGHBOUR_DAYS || !placesFit(earlier, later, context)) continue;
        const sourcesEarlier = datingSources(earlier, context);
        const sourcesLater = datingSources(later, context);
        if ([...sourcesEarlier].some((source) => sourcesLater.has(source))) continue;
        const claims = [firstDated(earlier), firstDated(later)].filter((claim): claim is Claim => !!claim);
        if (claims.length < 2) continue;
        const items = claims.map((claim) => ({
          claim,
          phrase: `${claim.date!.text} (${claim.date!.earliest})`,
        }));
        context.report({
          messageId: "discrepancy",
          data: {
            event: context.describeEvent(later.event),
            says: saysList(items, context),
            type: ONE_OF[later.event.type] ?? later.event.type,
          },
          kind: "discrepancy",
          attribute: "date",
          severity: "medium",
          event: later.event,
          claims,
          quotes: Object.fromEntries(items.map(({ claim }) => [claim.id, claim.date!.text])),
          key: earlier.event.id,
        });
      }
    }
  },
};

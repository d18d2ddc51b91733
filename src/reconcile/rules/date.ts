import { daysBetween } from "../../normalize/time/calendar.js";
import type { Claim } from "../../schema/claim.js";
import type { Rule } from "../rule.js";
import { claimsBySource, copiesNote, quotedList, saysList } from "./shared.js";

/** A claim pins the day when its own date spans at most this many days. */
const PINNED_DAYS = 3;

function span(claim: Claim): number {
  const date = claim.date!;
  return daysBetween(date.earliest, date.latest) + 1;
}

function overlaps(a: Claim, b: Claim): boolean {
  return a.date!.earliest <= b.date!.latest && b.date!.earliest <= a.date!.latest;
}

/**
 * Dates the sources themselves give (not inferred) for one event: agreement when two or more independent
 * sources pin compatible days, a high discrepancy when they give different days.
 */
export const dateRule: Rule = {
  meta: {
    id: "date",
    description: "Compares the days independent sources give for an event.",
    messages: {
      agreement: "{{sources}} agree on the date of the {{event}}{{copies}}.",
      discrepancy: "Date differs for the {{event}}: {{says}}.",
    },
  },
  check(context) {
    for (const { event, claims } of context.events) {
      const dated = claims.filter(
        (claim) => claim.date !== null && !claim.date.inferred && span(claim) <= PINNED_DAYS,
      );
      const perSource = claimsBySource(dated, context).map((list) => list[0]!);
      if (perSource.length < 2) continue;
      const items = perSource.map((claim) => ({ claim, phrase: claim.date!.text }));
      const quotes = Object.fromEntries(items.map(({ claim, phrase }) => [claim.id, phrase]));
      const agree = perSource.every((a) => perSource.every((b) => overlaps(a, b)));
      const copies = copiesNote(dated, context);
      context.report({
        messageId: agree ? "agreement" : "discrepancy",
        data: {
          event: context.describeEvent(event),
          sources: quotedList(items, context),
          says: saysList(items, context),
          copies,
        },
        kind: agree ? "agreement" : "discrepancy",
        attribute: "date",
        severity: agree ? "info" : "high",
        event,
        claims: perSource,
        quotes,
      });
    }
  },
};

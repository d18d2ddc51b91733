import type { Claim, Duration } from "../../schema/claim.js";
import type { Rule } from "../rule.js";
import { claimsBySource, copiesNote, quotedList, saysList } from "./shared.js";

/** Whether duration intervals share a value (a null bound is open). */
export function durationsOverlap(durations: readonly Duration[]): boolean {
  const low = Math.max(...durations.map((duration) => duration.minMinutes ?? 0));
  const high = Math.min(...durations.map((duration) => duration.maxMinutes ?? Number.POSITIVE_INFINITY));
  return low <= high;
}

/**
 * How long an event lasted: agreement when independent sources give overlapping durations (a hedged value
 * that contains an exact one agrees), a high discrepancy when they do not overlap, single-source otherwise.
 */
export const durationRule: Rule = {
  meta: {
    id: "duration",
    description: "Compares how long independent sources say an event lasted.",
    messages: {
      agreement: "{{sources}} give compatible durations for the {{event}}{{copies}}.",
      discrepancy: "Duration differs for the {{event}}: {{says}}{{copies}}.",
      single: 'Only {{source}} gives a duration for the {{event}} ("{{phrase}}").',
    },
  },
  check(context) {
    for (const { event, claims } of context.events) {
      const timed = claims.filter((claim) => claim.duration !== null);
      if (timed.length === 0) continue;
      const perSource = claimsBySource(timed, context).map((list) => list[0]!);
      const items = perSource.map((claim: Claim) => ({ claim, phrase: claim.duration!.text }));
      const quotes = Object.fromEntries(items.map(({ claim, phrase }) => [claim.id, phrase]));
      if (perSource.length === 1) {
        const claim = perSource[0]!;
        context.report({
          messageId: "single",
          data: {
            event: context.describeEvent(event),
            source: context.describeSources(timed.map((c) => c.articleId)),
            phrase: claim.duration!.text,
          },
          kind: "single-source",
          attribute: "duration",
          severity: "info",
          event,
          claims: [claim],
          quotes,
        });
        continue;
      }
      const agree = durationsOverlap(perSource.map((claim) => claim.duration!));
      context.report({
        messageId: agree ? "agreement" : "discrepancy",
        data: {
          event: context.describeEvent(event),
          sources: quotedList(items, context),
          says: saysList(items, context),
          copies: copiesNote(timed, context),
        },
        kind: agree ? "agreement" : "discrepancy",
        attribute: "duration",
        severity: agree ? "info" : "high",
        event,
        claims: perSource,
        quotes,
      });
    }
  },
};

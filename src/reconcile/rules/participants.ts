import type { Claim } from "../../schema/claim.js";
import type { Event } from "../../schema/event.js";
import type { Rule, RuleContext } from "../rule.js";
import { claimsBySource } from "./shared.js";

/** Participants a claim names as people or organisations (groups and places are too vague to compare). */
function namedParticipants(claim: Claim, context: RuleContext): string[] {
  return claim.participants.filter((id) => {
    const type = context.entity(id)?.type;
    return type === "person" || type === "organization";
  });
}

/** Whether a source's articles name `participant` in another event on the same day (a side meeting). */
function namedNearby(
  participant: string,
  event: Event,
  articleIds: ReadonlySet<string>,
  context: RuleContext,
): boolean {
  if (!event.date) return false;
  return context.events.some(
    ({ event: other, claims }) =>
      other.id !== event.id &&
      other.date !== null &&
      other.date.earliest <= event.date!.latest &&
      event.date!.earliest <= other.date.latest &&
      claims.some((claim) => articleIds.has(claim.articleId) && claim.participants.includes(participant)),
  );
}

/**
 * A participant named by some sources and not by others who describe the same meeting: a low discrepancy
 * (often a later report knows more), never a high one. Visits, which name only the traveller, do not count.
 */
export const participantsRule: Rule = {
  meta: {
    id: "participants",
    description: "Reports participants of an event that some sources name and others do not.",
    messages: {
      discrepancy:
        "Participants differ for the {{event}}: {{name}} is named by {{namers}} but not by {{silent}}.",
    },
  },
  check(context) {
    for (const { event, claims } of context.events) {
      const meetings = claims.filter(
        (claim) => claim.type !== "visit" && namedParticipants(claim, context).length >= 2,
      );
      const sources = claimsBySource(meetings, context);
      if (sources.length < 2) continue;
      const named = sources.map(
        (list) => new Set(list.flatMap((claim) => namedParticipants(claim, context))),
      );
      const everyone = [...new Set(named.flatMap((set) => [...set]))].sort();
      for (const participant of everyone) {
        const namers: Claim[] = [];
        const silent: Claim[] = [];
        sources.forEach((list, index) => {
          if (named[index]!.has(participant)) namers.push(...list);
          else if (!namedNearby(participant, event, new Set(list.map((claim) => claim.articleId)), context))
            silent.push(...list);
        });
        if (namers.length === 0 || silent.length === 0) continue;
        const name = context.entity(participant)?.name ?? participant;
        context.report({
          messageId: "discrepancy",
          data: {
            event: context.describeEvent(event),
            name,
            namers: context.describeSources(namers.map((claim) => claim.articleId)),
            silent: context.describeSources(silent.map((claim) => claim.articleId)),
          },
          kind: "discrepancy",
          attribute: "participants",
          severity: "low",
          event,
          claims: [...namers, ...silent],
          key: participant,
        });
      }
    }
  },
};

import type { Rule } from "../rule.js";
import { articleIdsOf } from "./shared.js";

/** Some sources report an event as held while others report it denied. */
export const deniedOccurrence: Rule = {
  meta: {
    id: "denied-occurrence",
    description: "Reports events that some sources say took place and others say were denied.",
    messages: {
      denied:
        "Occurrence differs for the {{event}}: {{reporters}} report it as held, {{deniers}} report a denial.",
    },
  },
  check(context) {
    for (const { event, claims } of context.events) {
      const held = claims.filter((claim) => claim.modality === "occurred");
      const denied = claims.filter((claim) => claim.modality === "denied");
      if (held.length === 0 || denied.length === 0) continue;
      const heldSources = new Set(held.map((claim) => context.sourceOf(claim.articleId)));
      if (
        denied.every((claim) => heldSources.has(context.sourceOf(claim.articleId))) &&
        heldSources.size === 1
      )
        continue;
      context.report({
        messageId: "denied",
        data: {
          event: context.describeEvent(event),
          reporters: context.describeSources(articleIdsOf(held)),
          deniers: context.describeSources(articleIdsOf(denied)),
        },
        kind: "discrepancy",
        attribute: "occurrence",
        severity: "high",
        event,
        claims: [...held, ...denied],
      });
    }
  },
};

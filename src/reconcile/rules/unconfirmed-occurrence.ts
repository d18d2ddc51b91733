import { NON_CONFIRMATION_CUES } from "../../extract/claims/lexicon.js";
import type { Claim } from "../../schema/claim.js";
import type { Rule } from "../rule.js";

/**
 * What to quote for a claim resting on one party's word: the sentence where that party asserts it, and the
 * sentence where the counterpart declines to confirm, so a reader sees both sides at a glance.
 */
function wordAndSilence(claim: Claim): string[] {
  const attribution = claim.attribution?.text;
  const said = claim.evidence.find((span) => attribution && span.quote.includes(attribution));
  const silence = claim.evidence.find((span) => NON_CONFIRMATION_CUES.test(span.quote));
  return [said, silence].filter((span) => span !== undefined).map((span) => span.quote);
}

/** An event that rests on one party's word while the counterpart declined to confirm or did not comment. */
export const unconfirmedOccurrence: Rule = {
  meta: {
    id: "unconfirmed-occurrence",
    description:
      "Reports events whose only evidence is one party's word, the counterpart silent (not a denial).",
    messages: {
      unconfirmed:
        "The {{event}} rests on {{speaker}}'s word as reported by {{sources}}; the other side has not confirmed it (silence, not a denial).",
    },
  },
  check(context) {
    for (const { event, claims } of context.events) {
      if (event.status !== "unconfirmed") continue;
      const word = claims.filter((claim) => claim.modality === "unconfirmed");
      if (word.length === 0) continue;
      const speakerId = word.find((claim) => claim.attribution?.entityId)?.attribution?.entityId;
      const speaker = speakerId ? (context.entity(speakerId)?.name ?? speakerId) : "one party";
      context.report({
        messageId: "unconfirmed",
        data: {
          event: context.describeEvent(event),
          speaker,
          sources: context.describeSources(word.map((c) => c.articleId)),
        },
        kind: "unconfirmed",
        attribute: "occurrence",
        severity: "medium",
        event,
        claims: word,
        quotes: Object.fromEntries(word.map((claim) => [claim.id, wordAndSilence(claim)])),
      });
    }
  },
};

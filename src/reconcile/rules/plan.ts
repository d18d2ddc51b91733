import { shiftDay } from "../../normalize/time/calendar.js";
import type { Claim } from "../../schema/claim.js";
import type { Rule, RuleContext } from "../rule.js";
import { articleIdsOf } from "./shared.js";

/** Days after a planned date with continued coverage and no report of the event before it counts as unfulfilled. */
const GRACE_DAYS = 7;

function published(claim: Claim, context: RuleContext): string | null {
  return context.article(claim.articleId)?.publishedAt ?? null;
}

/**
 * Announced events and what became of them: fulfilled when a report published after the announcement says
 * the event took place; unfulfilled (conservatively) when later reports deny it, or when sources published
 * well after the planned day cover the same people and none reports it.
 */
export const planRule: Rule = {
  meta: {
    id: "plan",
    description: "Checks announced events against later reports.",
    messages: {
      fulfilled:
        "The {{event}} announced by {{planners}} took place, as reported by {{reporters}}{{copies}}.",
      denied: "The {{event}} announced by {{planners}} did not take place according to {{deniers}}.",
      unreported:
        "The {{event}} announced by {{planners}} is not reported as held by any source, though later reports by {{later}} (published after {{day}}) cover its participants.",
    },
  },
  check(context) {
    for (const { event, claims } of context.events) {
      const plans = claims.filter((claim) => claim.modality === "planned");
      if (plans.length === 0) continue;
      const firstPlan = plans
        .map((claim) => published(claim, context))
        .filter((day): day is string => day !== null)
        .sort()[0];
      const isLater = (claim: Claim): boolean => {
        const day = published(claim, context);
        return firstPlan === undefined || day === null || day > firstPlan;
      };
      const held = claims.filter((claim) => claim.modality === "occurred" && isLater(claim));
      const planners = context.describeSources(articleIdsOf(plans));
      if (held.length > 0) {
        context.report({
          messageId: "fulfilled",
          data: {
            event: context.describeEvent(event),
            planners,
            reporters: context.describeSources(articleIdsOf(held)),
            copies: "",
          },
          kind: "plan-fulfilled",
          attribute: "occurrence",
          severity: "info",
          event,
          claims: [...plans, ...held],
        });
        continue;
      }
      if (claims.some((claim) => claim.modality === "occurred" || claim.modality === "unconfirmed")) continue;
      const denials = claims.filter((claim) => claim.modality === "denied" && isLater(claim));
      if (denials.length > 0) {
        context.report({
          messageId: "denied",
          data: {
            event: context.describeEvent(event),
            planners,
            deniers: context.describeSources(articleIdsOf(denials)),
          },
          kind: "plan-unfulfilled",
          attribute: "occurrence",
          severity: "low",
          event,
          claims: [...plans, ...denials],
        });
        continue;
      }
      if (!event.date) continue;
      const cutoff = shiftDay(event.date.latest, GRACE_DAYS);
      const participants = new Set(event.participants);
      const laterArticles = context.alignment.claims
        .filter(
          (claim) =>
            (published(claim, context) ?? "") > cutoff &&
            claim.participants.some((id) => participants.has(id)),
        )
        .map((claim) => claim.articleId);
      if (laterArticles.length === 0) continue;
      context.report({
        messageId: "unreported",
        data: {
          event: context.describeEvent(event),
          planners,
          later: context.describeSources([...new Set(laterArticles)]),
          day: cutoff,
        },
        kind: "plan-unfulfilled",
        attribute: "occurrence",
        severity: "info",
        event,
        claims: plans,
        articleIds: [...new Set([...articleIdsOf(plans), ...laterArticles])],
      });
    }
  },
};

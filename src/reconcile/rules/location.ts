import { placedPlaces, placeRelation } from "../../align/place-relation.js";
import type { Claim } from "../../schema/claim.js";
import type { Rule } from "../rule.js";
import { claimsBySource, saysList } from "./shared.js";

/**
 * Where an event took place. A place at another granularity (the Kremlin and Moscow) is no discrepancy;
 * two places within one city are a low one, places apart a medium one; a place the gazetteer cannot place
 * beside one it can is no finding (it may lie within it), and two it cannot place are a low one.
 */
export const locationRule: Rule = {
  meta: {
    id: "location",
    description: "Compares where independent sources place an event; containment is agreement.",
    messages: {
      discrepancy: "Place differs for the {{event}}: {{says}}.",
    },
  },
  check(context) {
    const parents = context.alignment.placeParents;
    const placed = placedPlaces(parents);
    for (const { event, claims } of context.events) {
      const located = claims.filter((claim) => claim.location !== null);
      const perSource = claimsBySource(located, context).map((list) => list[0]!);
      if (perSource.length < 2) continue;
      let worst: "near" | "apart" | null = null;
      for (const a of perSource) {
        for (const b of perSource) {
          // A place the gazetteer cannot place ("El Mouradia") beside one it can ("Algiers") may lie inside it.
          if (placed.has(a.location!) !== placed.has(b.location!)) continue;
          // Two places it cannot place ("Katuna", "Gatuna") may be near each other or one: a low finding at most.
          const unplaced = !placed.has(a.location!) && a.location !== b.location;
          const relation = unplaced ? "near" : placeRelation(a.location!, b.location!, parents);
          if (relation === "apart") worst = "apart";
          else if (relation === "near" && worst === null) worst = "near";
        }
      }
      if (worst === null) continue;
      const items = perSource.map((claim: Claim) => ({
        claim,
        phrase: context.entity(claim.location!)?.name ?? claim.location!,
      }));
      context.report({
        messageId: "discrepancy",
        data: { event: context.describeEvent(event), says: saysList(items, context) },
        kind: "discrepancy",
        attribute: "location",
        severity: worst === "apart" ? "medium" : "low",
        event,
        claims: perSource,
        quotes: Object.fromEntries(items.map(({ claim, phrase }) => [claim.id, phrase])),
      });
    }
  },
};

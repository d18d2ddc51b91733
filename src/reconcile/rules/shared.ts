import type { Claim } from "../../schema/claim.js";
import { joinList } from "../describe.js";
import type { RuleContext } from "../rule.js";

/** The claims grouped by independent source (wire copies together), sources in a stable order. */
export function claimsBySource(claims: readonly Claim[], context: RuleContext): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const source = context.sourceOf(claim.articleId);
    const list = groups.get(source) ?? [];
    list.push(claim);
    groups.set(source, list);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, list]) => list);
}

/** `TASS says "three to four hours"`-style list: each outlet with the phrase it uses. */
export function saysList(items: readonly { claim: Claim; phrase: string }[], context: RuleContext): string {
  return joinList(items.map(({ claim, phrase }) => `${context.outlet(claim.articleId)} says "${phrase}"`));
}

/** `TASS ("December 2, 2025") and TRT World ("Tuesday")`. */
export function quotedList(items: readonly { claim: Claim; phrase: string }[], context: RuleContext): string {
  return joinList(items.map(({ claim, phrase }) => `${context.outlet(claim.articleId)} ("${phrase}")`));
}

/** Sorted unique article ids of some claims. */
export function articleIdsOf(claims: readonly Claim[]): string[] {
  return [...new Set(claims.map((claim) => claim.articleId))].sort();
}

/** The note about wire copies counted once, or "" (for messages that name outlets one by one). */
export function copiesNote(claims: readonly Claim[], context: RuleContext): string {
  const described = context.describeSources(articleIdsOf(claims));
  const open = described.indexOf(" (");
  return open >= 0 && described.endsWith(")") ? described.slice(open) : "";
}

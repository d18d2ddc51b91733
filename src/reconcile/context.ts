import type { Alignment } from "../schema/alignment.js";
import type { Claim } from "../schema/claim.js";
import type { Event, Timeline } from "../schema/event.js";
import type { Finding, FindingEvidence } from "../schema/finding.js";
import { claimEvidence, describeDate, describeSourceList, shortEntityName } from "./describe.js";
import { findingId } from "./finding-id.js";
import { interpolate } from "./interpolate.js";
import type { EventView, Rule, RuleContext } from "./rule.js";

/** Groups the alignment's claims under their events, in event order. */
export function eventViews(alignment: Alignment): EventView[] {
  const claims = new Map(alignment.claims.map((claim) => [claim.id, claim]));
  return alignment.events.map((event) => ({
    event,
    claims: event.claimIds.map((id) => claims.get(id)).filter((claim): claim is Claim => claim !== undefined),
  }));
}

/** Creates the context a rule runs in; findings it reports are appended to `findings`. */
/**
 * The participants an event is named after: those most of its reports name (more than half; at least half when
 * fewer than two people pass), not one named by a single outlet. Visits name only their traveller and do not
 * count.
 */
function agreedParticipants(ids: readonly string[], claims: readonly Claim[]): string[] {
  const counted = claims.filter((claim) => claim.type !== "visit");
  if (counted.length === 0) return [...ids];
  const naming = (id: string) => counted.filter((claim) => claim.participants.includes(id)).length;
  const most = ids.filter((id) => naming(id) * 2 > counted.length);
  return most.length >= Math.min(2, ids.length) ? most : ids.filter((id) => naming(id) * 2 >= counted.length);
}

export function createRuleContext(
  alignment: Alignment,
  events: readonly EventView[],
  timeline: readonly Timeline[],
  rule: Rule,
  findings: Finding[],
): RuleContext {
  const articles = new Map(alignment.articles.map((article) => [article.id, article]));
  const entities = new Map(alignment.entities.map((entity) => [entity.id, entity]));
  const groups = new Map<string, Alignment["sourceGroups"][number]>();
  for (const group of alignment.sourceGroups) for (const id of group.articleIds) groups.set(id, group);
  const outlet = (articleId: string): string => articles.get(articleId)?.outlet ?? articleId;
  const shortName = (id: string): string => shortEntityName(entities.get(id), id);
  const claimsOf = new Map(events.map((view) => [view.event.id, view.claims]));
  const seen = new Set(findings.map((finding) => finding.id));
  return {
    alignment,
    events,
    timeline,
    article: (id) => articles.get(id),
    entity: (id) => entities.get(id),
    outlet,
    sourceOf: (id) => groups.get(id)?.id ?? id,
    shortName,
    describeEvent: (event: Event) => {
      const people = event.participants.filter((id) => entities.get(id)?.type !== "group");
      const named = agreedParticipants(
        people.length > 0 ? people : event.participants,
        claimsOf.get(event.id) ?? [],
      );
      const short = named.map(shortName);
      // Two people of one short name ("Salman") are told apart by their full names.
      const names = named.map((id, k) =>
        short.indexOf(short[k]!) === short.lastIndexOf(short[k]!)
          ? short[k]!
          : (entities.get(id)?.name ?? id),
      );
      return `${names.join("–")} ${event.type} ${describeDate(event)}`;
    },
    describeSources: (ids) =>
      describeSourceList(
        ids,
        outlet,
        (id) => articles.get(id),
        (id) => groups.get(id),
      ),
    report(report) {
      const articleIds = [
        ...new Set(report.articleIds ?? report.claims.map((claim) => claim.articleId)),
      ].sort();
      const eventId = report.event?.id ?? null;
      const id = findingId(rule.meta.id, eventId, report.attribute, articleIds, report.key);
      if (seen.has(id)) return;
      seen.add(id);
      const template = rule.meta.messages[report.messageId] ?? report.messageId;
      const evidence = report.claims
        .flatMap((claim) => {
          const phrases = report.quotes?.[claim.id];
          if (typeof phrases === "string" || phrases === undefined || phrases.length === 0)
            return [claimEvidence(claim, typeof phrases === "string" ? phrases : undefined)];
          return phrases.map((phrase) => claimEvidence(claim, phrase));
        })
        .filter((item): item is FindingEvidence => item !== null);
      findings.push({
        id,
        kind: report.kind,
        attribute: report.attribute,
        severity: report.severity,
        eventId,
        claimIds: [...new Set(report.claims.map((claim) => claim.id))].sort(),
        articleIds,
        message: interpolate(template, report.data),
        rule: rule.meta.id,
        evidence,
      });
    },
  };
}

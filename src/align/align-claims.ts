import type { Alignment } from "../schema/alignment.js";
import type { Claim } from "../schema/claim.js";
import type { ArticleExtraction } from "../schema/document.js";
import type { Gazetteer } from "../schema/gazetteer.js";
import { buildEvents } from "./build-events.js";
import { type ClaimProfile, type ProfileLookups, profileClaim } from "./claim-profile.js";
import { clusterClaims } from "./cluster-claims.js";
import { type AlignWeights, DEFAULT_WEIGHTS } from "./compare-claims.js";
import { inferClaimDates, inferPublication } from "./infer-dates.js";
import { placeChain } from "./place-relation.js";
import { globalIdMapper, resolveEntities } from "./resolve-entities.js";
import { DEFAULT_SOURCE_GROUP_OPTIONS, type SourceGroupOptions, sourceGroups } from "./source-groups.js";

export interface AlignOptions {
  gazetteer: Gazetteer;
  /** Weights and thresholds of claim comparison; defaults to {@link DEFAULT_WEIGHTS}. */
  weights?: Partial<AlignWeights>;
  /** When articles count as copies of one story; defaults to {@link DEFAULT_SOURCE_GROUP_OPTIONS}. */
  sourceGroups?: Partial<SourceGroupOptions>;
}

function byArticleId(a: ArticleExtraction, b: ArticleExtraction): number {
  return a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
}

/** The distinct global ids of local ids, in first-occurrence order (participant lists are short: no Set needed). */
function distinctGlobal(localIds: readonly string[], map: (localId: string) => string): string[] {
  const unique: string[] = [];
  for (const localId of localIds) {
    const id = map(localId);
    if (!unique.includes(id)) unique.push(id);
  }
  return unique;
}

/** Rewrites a claim's local entity ids to global ones (unknown ids are kept as they are). */
function globalClaim(claim: Claim, articleId: string, map: (localId: string) => string): Claim {
  return {
    ...claim,
    articleId,
    participants: distinctGlobal(claim.participants, map),
    location: claim.location === null ? null : map(claim.location),
    attribution: claim.attribution
      ? {
          ...claim.attribution,
          entityId: claim.attribution.entityId === null ? null : map(claim.attribution.entityId),
        }
      : null,
  };
}

/** Unresolved times by article id (the last extraction of an id wins), empty when no article has any. */
function floatingByArticle(
  extractions: readonly ArticleExtraction[],
): ReadonlyMap<string, NonNullable<ArticleExtraction["floatingTimes"]>> {
  if (extractions.every((extraction) => (extraction.floatingTimes ?? []).length === 0)) return new Map();
  return new Map(extractions.map((extraction) => [extraction.article.id, extraction.floatingTimes ?? []]));
}

/** Salience of every numbered entity: the claims it takes part in, relative to the most frequent entity. */
function salienceOf(claims: readonly Claim[], numbers: ReadonlyMap<string, number>): Float64Array {
  const counts = new Map<string, number>();
  // Participants are already distinct (see globalClaim).
  for (let k = 0; k < claims.length; k++) {
    const participants = claims[k]!.participants;
    for (let p = 0; p < participants.length; p++)
      counts.set(participants[p]!, (counts.get(participants[p]!) ?? 0) + 1);
  }
  let max = 1;
  for (const count of counts.values()) max = Math.max(max, count);
  const salience = new Float64Array(numbers.size);
  for (const [id, number] of numbers) salience[number] = (counts.get(id) ?? 0) / max;
  return salience;
}

/** Lookups shared by all profiles of one call: entity numbers and place chains are worked out once each. */
function profileLookups(types: ReadonlyMap<string, string>, placeParents: Readonly<Record<string, string>>) {
  const numbers = new Map<string, number>();
  const chains = new Map<string, readonly string[]>();
  const lookups: ProfileLookups = {
    isGroup: (id) => types.get(id) === "group",
    entityNumber: (id) => {
      let number = numbers.get(id);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(id, number);
      }
      return number;
    },
    placeChain: (id) => {
      let chain = chains.get(id);
      if (chain === undefined) {
        chain = placeChain(id, placeParents);
        chains.set(id, chain);
      }
      return chain;
    },
  };
  return { lookups, numbers };
}

/**
 * Merges entities across articles, groups wire copies, and clusters the claims that describe one happening
 * into events (with the links that say why), inferring the dates of undated claims and articles from them.
 * Deterministic: input order does not matter.
 *
 * @example
 * const alignment = alignClaims(extractions, { gazetteer: defaultGazetteer() });
 * alignment.events[0]; // { id: "event:2025-03-13:steve-witkoff+vladimir-putin:1", status: "occurred", claimIds: [...] }
 */
export function alignClaims(extractions: readonly ArticleExtraction[], options: AlignOptions): Alignment {
  const sorted = [...extractions].sort(byArticleId);
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const resolved = resolveEntities(sorted, options.gazetteer);
  const types = new Map(resolved.entities.map((entity) => [entity.id, entity.type]));
  const { lookups, numbers } = profileLookups(types, resolved.placeParents);
  const claims: Claim[] = [];
  const profiles: ClaimProfile[] = [];
  sorted.forEach((extraction, index) => {
    const toGlobal = globalIdMapper(extraction.entities, resolved.globalIds[index]!);
    for (const local of extraction.claims) {
      const claim = globalClaim(local, extraction.article.id, toGlobal);
      profiles.push(profileClaim(claim, claims.length, extraction.article, lookups));
      claims.push(claim);
    }
  });
  const context = { placeParents: resolved.placeParents, weights, salience: salienceOf(claims, numbers) };
  const clustering = clusterClaims(profiles, context);
  const { events, eventOf } = buildEvents(clustering.clusters, profiles, resolved.placeParents);
  const floating = floatingByArticle(sorted);
  const datedClaims = inferClaimDates(claims, eventOf, floating);
  let offset = 0;
  const outputArticles = sorted.map((extraction) => {
    const article = inferPublication(
      extraction.article,
      extraction.claims,
      eventOf,
      offset,
      floating.get(extraction.article.id) ?? [],
    );
    offset += extraction.claims.length;
    return article;
  });
  return {
    articles: outputArticles,
    entities: resolved.entities,
    claims: datedClaims,
    events,
    sourceGroups: sourceGroups(sorted, { ...DEFAULT_SOURCE_GROUP_OPTIONS, ...options.sourceGroups }),
    placeParents: resolved.placeParents,
    comparisons: clustering.comparisons,
  };
}

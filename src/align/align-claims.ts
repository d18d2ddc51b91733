import type { Alignment } from "../schema/alignment.js";
import type { ArticleExtraction } from "../schema/document.js";
import type { Gazetteer } from "../schema/gazetteer.js";
import { buildEvents } from "./build-events.js";
import { namesWeekday, profileClaims } from "./claim-profile.js";
import { clusterClaims } from "./cluster-claims.js";
import { type AlignWeights, DEFAULT_WEIGHTS } from "./compare-claims.js";
import { dateByInferredPublication, inferClaimDates, inferPublication } from "./infer-dates.js";
import { resolveEntities } from "./resolve-entities.js";
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

/** Unresolved times by article id (the last extraction of an id wins), empty when no article has any. */
function floatingByArticle(
  extractions: readonly ArticleExtraction[],
): ReadonlyMap<string, NonNullable<ArticleExtraction["floatingTimes"]>> {
  if (extractions.every((extraction) => (extraction.floatingTimes ?? []).length === 0)) return new Map();
  return new Map(extractions.map((extraction) => [extraction.article.id, extraction.floatingTimes ?? []]));
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
  const profiles = profileClaims(sorted, resolved);
  const context = { placeParents: resolved.placeParents, weights, salience: profiles.salience };
  const clustering = clusterClaims(profiles, context);
  const { events, eventOf } = buildEvents(clustering.clusters, profiles, resolved.placeParents);
  const floating = floatingByArticle(sorted);
  const datedClaims = inferClaimDates(profiles.claims, eventOf, floating);
  let offset = 0;
  const outputArticles = sorted.map((extraction) => {
    const article = inferPublication(
      extraction.article,
      extraction.claims,
      eventOf,
      offset,
      floating.get(extraction.article.id) ?? [],
      namesWeekday(profiles, offset, extraction.claims.length),
    );
    const count = extraction.claims.length;
    if (article.publishedAtSource === "inferred") {
      const own = datedClaims.slice(offset, offset + count);
      const dated = dateByInferredPublication(own, article, floating.get(extraction.article.id) ?? []);
      for (let k = 0; k < count; k++) datedClaims[offset + k] = dated[k]!;
    }
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

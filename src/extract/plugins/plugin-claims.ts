import type { ClaimExtractor } from "../../plugin.js";
import type { Claim } from "../../schema/claim.js";
import type { ArticleExtraction, IngestedDocument, LocalEntity } from "../../schema/document.js";
import type { ClaimDraftWithProvenance } from "../../schema/draft.js";
import type { OutletProfile } from "../../schema/outlet.js";
import type { Span } from "../../schema/primitives.js";
import { draftToClaimParts, PLACE_TYPES, resolveName } from "./draft-to-claim-parts.js";
import { extractorRun } from "./run-extractors.js";
import { selectExtractors } from "./select-extractors.js";

/** What plugin extractors add to one article's extraction. */
export interface PluginClaims {
  /** Claims with ids `<articleId>:x<n>`, in text order. */
  claims: Claim[];
  /** Entities for names the drafts give that entity recognition did not find (ids `<articleId>#x<n>`). */
  entities: LocalEntity[];
  /** Article warnings naming the extractors that failed. */
  warnings: string[];
}

/** Where `name` is quoted inside the draft's evidence, as a file span (for the new entity's mention). */
function mentionIn(draft: ClaimDraftWithProvenance, name: string): Span[] {
  for (const span of draft.evidence) {
    const at = span.quote.indexOf(name);
    if (at >= 0) return [{ start: span.start + at, end: span.start + at + name.length, quote: name }];
  }
  return [];
}

/**
 * Runs the plugin extractors that apply to an article (see `selectExtractors`) and turns their drafts into
 * claims: names resolve to the article's entities; a name no entity matches becomes a new entity (a person,
 * or a place for the draft's location) so no plugin claim is lost. Pure and never throws.
 *
 * @example
 * const extra = pluginClaims(document, extraction.entities, { extractors, outlets });
 * const claims = [...extraction.claims, ...extra.claims];
 */
export function pluginClaims(
  document: IngestedDocument,
  entities: readonly LocalEntity[],
  config: { extractors: readonly ClaimExtractor[]; outlets: readonly OutletProfile[] },
): PluginClaims {
  const chosen = selectExtractors(config.extractors, config.outlets, document.outletProfile ?? null);
  const { drafts, warnings } = extractorRun(document, chosen);
  const articleId = document.article.id;
  const added: LocalEntity[] = [];
  const claims: Claim[] = [];
  for (const draft of drafts) {
    for (const name of draft.participants) {
      if (!resolveName(name, [...entities, ...added], draft.evidence, null))
        added.push(newEntity(`${articleId}#x${added.length + 1}`, "person", name, draft));
    }
    if (draft.location && !resolveName(draft.location, [...entities, ...added], draft.evidence, PLACE_TYPES))
      added.push(newEntity(`${articleId}#x${added.length + 1}`, "place", draft.location, draft));
    const { unresolved: _unresolved, ...parts } = draftToClaimParts(draft, {
      document,
      entities: [...entities, ...added],
    });
    if (parts.participants.length === 0) continue;
    claims.push({ id: `${articleId}:x${claims.length + 1}`, articleId, ...parts });
  }
  return { claims, entities: added, warnings };
}

function newEntity(
  id: string,
  type: LocalEntity["type"],
  name: string,
  draft: ClaimDraftWithProvenance,
): LocalEntity {
  return { id, type, name, aliases: [], gazetteerId: null, roles: [], mentions: mentionIn(draft, name) };
}

function sameParticipants(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function evidenceOverlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((left) => b.some((right) => left.start < right.end && right.start < left.end));
}

/**
 * An article's extraction with the plugin extractors' claims, entities and warnings added. A plugin claim
 * that repeats a built-in one (same participants, overlapping evidence) is left out, so one statement is
 * never counted twice. Returns `extraction` itself when no extractor is registered.
 *
 * @example
 * const extraction = withPluginClaims(document, extractArticle(document, options), { extractors, outlets });
 */
export function withPluginClaims(
  document: IngestedDocument,
  extraction: ArticleExtraction,
  config: { extractors: readonly ClaimExtractor[]; outlets: readonly OutletProfile[] },
): ArticleExtraction {
  if (config.extractors.length === 0) return extraction;
  const added = pluginClaims(document, extraction.entities, config);
  const fresh = added.claims.filter(
    (claim) =>
      !extraction.claims.some(
        (existing) =>
          sameParticipants(existing.participants, claim.participants) &&
          evidenceOverlaps(existing.evidence, claim.evidence),
      ),
  );
  const used = new Set(fresh.flatMap((claim) => [...claim.participants, claim.location ?? ""]));
  return {
    ...extraction,
    article: { ...extraction.article, warnings: [...extraction.article.warnings, ...added.warnings] },
    entities: [...extraction.entities, ...added.entities.filter((entity) => used.has(entity.id))],
    claims: [...extraction.claims, ...fresh],
  };
}

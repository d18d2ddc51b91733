import { extractTimes } from "../normalize/time/index.js";
import type { ArticleExtraction, EntityAnalysis, IngestedDocument } from "../schema/document.js";
import type { Gazetteer } from "../schema/gazetteer.js";
import type { TimeExpression } from "../schema/time.js";
import { extractDocumentClaims } from "./claims/extract-document-claims.js";
import { type Layout, layoutOf } from "./claims/layout.js";
import { recognizeEntities } from "./entities/index.js";
import { fingerprint } from "./fingerprint.js";
import type { ExtractOptions } from "./types.js";

type Attempt<T> = { ok: true; value: T } | { ok: false; warning: string };

/** Runs one sub-stage; a failure becomes a warning naming the stage, never an exception out of extraction. */
function attempt<T>(stage: string, run: () => T): Attempt<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return {
      ok: false,
      warning: `${stage} failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function entitiesOf(document: IngestedDocument, layout: Layout, gazetteer: Gazetteer): EntityAnalysis {
  // Recognition reads ingest's sentences; give it the layout's when ingest left the text undivided.
  const divided =
    layout.sentences === document.sentences
      ? document
      : { ...document, blocks: [...layout.blocks], sentences: [...layout.sentences] };
  return recognizeEntities(divided, gazetteer);
}

function timesOf(document: IngestedDocument): TimeExpression[] {
  return extractTimes(document.text, { documentDate: document.article.publishedAt }).sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

function bodyText(document: IngestedDocument, layout: Layout): string {
  return layout.blocks
    .filter((block) => !block.boilerplate)
    .map((block) => document.text.slice(block.start, block.end))
    .join("\n");
}

/**
 * Finds the entities and claims of one ingested article. Pure: the same document gives the same result.
 * Never throws: a sub-stage that fails leaves its part empty and a warning on `article.warnings`.
 *
 * @example
 * const extraction = extractArticle(document, { gazetteer: defaultGazetteer(), outlet: null });
 * extraction.claims[0]?.type; // "meeting"
 */
export function extractArticle(document: IngestedDocument, options: ExtractOptions): ArticleExtraction {
  const warnings: string[] = [];
  const layout = layoutOf(document);
  const entities = attempt("entity recognition", () => entitiesOf(document, layout, options.gazetteer));
  const analysis: EntityAnalysis = entities.ok ? entities.value : { entities: [], mentions: [] };
  if (!entities.ok) warnings.push(entities.warning);
  const timed = attempt("time extraction", () => timesOf(document));
  if (!timed.ok) warnings.push(timed.warning);
  const found = attempt("claim extraction", () =>
    extractDocumentClaims({ document, layout, analysis, times: timed.ok ? timed.value : [] }),
  );
  if (!found.ok) warnings.push(found.warning);
  const article =
    warnings.length === 0
      ? document.article
      : { ...document.article, warnings: [...document.article.warnings, ...warnings] };
  return {
    article,
    entities: analysis.entities,
    claims: found.ok ? found.value.claims : [],
    fingerprint: fingerprint(bodyText(document, layout)),
    floatingTimes: found.ok ? found.value.floatingTimes : [],
  };
}

import { extractTimes } from "../normalize/time/index.js";
import type { ArticleExtraction, EntityAnalysis, IngestedDocument } from "../schema/document.js";
import type { Gazetteer } from "../schema/gazetteer.js";
import { extractDocumentClaims } from "./claims/extract-document-claims.js";
import { type Layout, layoutOf } from "./claims/layout.js";
import { recognizeEntities } from "./entities/index.js";
import { fingerprint } from "./fingerprint.js";
import type { ExtractOptions } from "./types.js";

function entitiesOf(document: IngestedDocument, layout: Layout, gazetteer: Gazetteer): EntityAnalysis {
  // Recognition reads ingest's sentences; give it the layout's when ingest left the text undivided.
  const divided =
    layout.sentences === document.sentences
      ? document
      : { ...document, blocks: [...layout.blocks], sentences: [...layout.sentences] };
  return recognizeEntities(divided, gazetteer);
}

function bodyText(document: IngestedDocument, layout: Layout): string {
  return layout.blocks
    .filter((block) => !block.boilerplate)
    .map((block) => document.text.slice(block.start, block.end))
    .join("\n");
}

/**
 * Finds the entities and claims of one ingested article. Pure: the same document gives the same result.
 *
 * @example
 * const extraction = extractArticle(document, { gazetteer: defaultGazetteer(), outlet: null });
 * extraction.claims[0]?.type; // "meeting"
 */
export function extractArticle(document: IngestedDocument, options: ExtractOptions): ArticleExtraction {
  const layout = layoutOf(document);
  const analysis = entitiesOf(document, layout, options.gazetteer);
  const times = extractTimes(document.text, { documentDate: document.article.publishedAt }).sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const { claims, floatingTimes } = extractDocumentClaims({ document, layout, analysis, times });
  return {
    article: document.article,
    entities: analysis.entities,
    claims,
    fingerprint: fingerprint(bodyText(document, layout)),
    floatingTimes,
  };
}

import { ingestArticle } from "../ingest/ingest-article.js";
import { defaultOutlets } from "../outlets/index.js";
import type { ArticleExtraction, IngestedDocument } from "../schema/document.js";
import type { Gazetteer } from "../schema/gazetteer.js";
import type { OutletProfile } from "../schema/outlet.js";
import { extractWithOutlets } from "./extract-article.js";
import { defaultGazetteer } from "./gazetteer.js";

/** An article given as text (the same shape the pipeline's `corroborate` takes). */
export interface ArticleTextInput {
  text: string;
  id?: string;
  source?: string;
  format?: "txt" | "md" | "html";
}

export interface ExtractClaimsOptions {
  gazetteer?: Gazetteer;
  outlets?: readonly OutletProfile[];
  /** Article id when `article` is a plain string; defaults to "article". */
  id?: string;
}

function isDocument(article: string | IngestedDocument | ArticleTextInput): article is IngestedDocument {
  return typeof article === "object" && "blocks" in article && "fileText" in article;
}

/**
 * Extracts the claims of one article without the CLI: text, an {@link ArticleTextInput} or an
 * already ingested document. Never throws on bad text: an unreadable article gives no claims and
 * a warning on `article.warnings`.
 *
 * @example
 * const { claims } = extractClaims("date 2025-06-03\nPresident Lula received Chancellor Merz in Brasília on Monday.");
 * claims[0]?.type; // "meeting"
 */
export function extractClaims(
  article: string | IngestedDocument | ArticleTextInput,
  options: ExtractClaimsOptions = {},
): ArticleExtraction {
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const outlets = options.outlets ?? defaultOutlets();
  if (isDocument(article)) return extractWithOutlets(article, { gazetteer, outlets });
  const input = typeof article === "string" ? { text: article } : article;
  const id = input.id ?? options.id ?? "article";
  const ingested = ingestArticle(
    {
      source: input.source ?? id,
      name: id,
      extension: `.${input.format ?? "txt"}`,
      bytes: new TextEncoder().encode(input.text),
    },
    { outlets },
  );
  if (!ingested.ok) {
    return {
      article: {
        id,
        source: input.source ?? id,
        url: null,
        outlet: null,
        publishedAt: null,
        publishedAtSource: null,
        wire: [],
        warnings: [ingested.warning.message],
      },
      entities: [],
      claims: [],
      fingerprint: [],
      floatingTimes: [],
    };
  }
  return extractWithOutlets(ingested.document, { gazetteer, outlets });
}

/** Runs extraction over the gold-annotated fixtures and scores it. */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { alignClaims } from "../../src/align/align-claims.js";
import { extractWithOutlets } from "../../src/extract/extract-article.js";
import { defaultGazetteer } from "../../src/extract/gazetteer.js";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { defaultOutlets } from "../../src/outlets/index.js";
import type { ArticleExtraction } from "../../src/schema/document.js";
import type { OutletProfile } from "../../src/schema/outlet.js";
import type { GoldFile } from "./gold.js";
import { emptyTally, type Summary, scoreArticle, summarise, type Tally } from "./score.js";

const ROOT = join(import.meta.dirname, "..", "..");

export const CORPORA = [
  { name: "seeds", gold: "fixtures/gold/seeds-gold.json", dir: "fixtures/seeds" },
  { name: "extract", gold: "fixtures/gold/extract-gold.json", dir: "fixtures/extract" },
  { name: "holdout", gold: "fixtures/gold/holdout-gold.json", dir: "fixtures/holdout" },
  { name: "holdout2", gold: "fixtures/gold/holdout2-gold.json", dir: "fixtures/holdout2" },
  { name: "holdout3", gold: "fixtures/gold/holdout3-gold.json", dir: "fixtures/holdout3" },
  { name: "holdout4", gold: "fixtures/gold/holdout4-gold.json", dir: "fixtures/holdout4" },
  { name: "holdout5", gold: "fixtures/gold/holdout5-gold.json", dir: "fixtures/holdout5" },
  { name: "holdout6", gold: "fixtures/gold/holdout6-gold.json", dir: "fixtures/holdout6" },
  { name: "holdout7", gold: "fixtures/gold/holdout7-gold.json", dir: "fixtures/holdout7" },
  { name: "holdout8", gold: "fixtures/gold/holdout8-gold.json", dir: "fixtures/holdout8" },
  { name: "holdout9", gold: "fixtures/gold/holdout9-gold.json", dir: "fixtures/holdout9" },
  { name: "holdout10", gold: "fixtures/gold/holdout10-gold.json", dir: "fixtures/holdout10" },
  { name: "holdout11", gold: "fixtures/gold/holdout11-gold.json", dir: "fixtures/holdout11" },
  { name: "holdout12", gold: "fixtures/gold/holdout12-gold.json", dir: "fixtures/holdout12" },
  { name: "holdout13", gold: "fixtures/gold/holdout13-gold.json", dir: "fixtures/holdout13" },
  { name: "holdout14", gold: "fixtures/gold/holdout14-gold.json", dir: "fixtures/holdout14" },
  { name: "holdout15", gold: "fixtures/gold/holdout15-gold.json", dir: "fixtures/holdout15" },
  { name: "holdout16", gold: "fixtures/gold/holdout16-gold.json", dir: "fixtures/holdout16" },
  { name: "holdout17", gold: "fixtures/gold/holdout17-gold.json", dir: "fixtures/holdout17" },
  { name: "holdout18", gold: "fixtures/gold/holdout18-gold.json", dir: "fixtures/holdout18" },
  { name: "holdout19", gold: "fixtures/gold/holdout19-gold.json", dir: "fixtures/holdout19" },
  { name: "holdout20", gold: "fixtures/gold/holdout20-gold.json", dir: "fixtures/holdout20" },
  { name: "holdout21", gold: "fixtures/gold/holdout21-gold.json", dir: "fixtures/holdout21" },
  { name: "holdout22", gold: "fixtures/gold/holdout22-gold.json", dir: "fixtures/holdout22" },
  { name: "holdout23", gold: "fixtures/gold/holdout23-gold.json", dir: "fixtures/holdout23" },
  { name: "holdout24", gold: "fixtures/gold/holdout24-gold.json", dir: "fixtures/holdout24" },
  { name: "holdout25", gold: "fixtures/gold/holdout25-gold.json", dir: "fixtures/holdout25" },
] as const;

export interface CorpusResult {
  name: string;
  summary: Summary;
  tally: Tally;
}

/** How claims are scored: as extraction gives them per article, or as the report gives them after alignment. */
export type EvalStage = "extracted" | "aligned";

/**
 * The claims of one article as the report gives them after alignment: global entities, and dates inferred
 * from the events they joined (an undated wire copy takes the day of the dated story it aligns with).
 */
function alignedViews(extractions: readonly ArticleExtraction[]): Map<string, ArticleExtraction> {
  const alignment = alignClaims(extractions, { gazetteer: defaultGazetteer() });
  const views = new Map<string, ArticleExtraction>();
  for (const extraction of extractions) {
    const id = extraction.article.id;
    views.set(id, {
      ...extraction,
      article: alignment.articles.find((article) => article.id === id) ?? extraction.article,
      // Scoring reads names and aliases only; global entities carry no mentions of one article.
      entities: alignment.entities.map((entity) => ({
        ...entity,
        gazetteerId: null,
        roles: [],
        mentions: [],
      })),
      claims: alignment.claims.filter((claim) => claim.articleId === id),
    });
  }
  return views;
}

/**
 * Scores one corpus; `outlets` defaults to the built-in profiles (pass `[]` to score the generic pipeline).
 * `stage: "aligned"` scores the claims after alignment across the corpus's articles, as the report has them.
 */
export function evaluateCorpus(
  corpus: { name: string; gold: string; dir: string },
  outlets: readonly OutletProfile[] = defaultOutlets(),
  stage: EvalStage = "extracted",
): CorpusResult {
  const gold = JSON.parse(readFileSync(join(ROOT, corpus.gold), "utf8")) as GoldFile;
  const tally = emptyTally();
  const gazetteer = defaultGazetteer();
  const files = readdirSync(join(ROOT, corpus.dir));
  const read: { articleId: string; extraction: ArticleExtraction; fileText: string }[] = [];
  for (const articleId of Object.keys(gold.articles).sort()) {
    const name = files.find((candidate) => candidate.slice(0, -extname(candidate).length) === articleId);
    if (!name) throw new Error(`${corpus.dir}: no article file for gold id ${articleId}`);
    const file = join(ROOT, corpus.dir, name);
    const bytes = readFileSync(file);
    const ingested = ingestArticle(
      { source: file, name: articleId, extension: extname(name), bytes },
      { outlets },
    );
    if (!ingested.ok) throw new Error(`${file}: ${ingested.warning.message}`);
    const extraction = extractWithOutlets(ingested.document, { gazetteer, outlets });
    read.push({ articleId, extraction, fileText: ingested.document.fileText });
  }
  const views = stage === "aligned" ? alignedViews(read.map((r) => r.extraction)) : null;
  for (const { articleId, extraction, fileText } of read)
    scoreArticle(tally, gold, articleId, views?.get(articleId) ?? extraction, fileText);
  return { name: corpus.name, summary: summarise(tally), tally };
}

export function evaluateAll(stage: EvalStage = "extracted"): CorpusResult[] {
  return CORPORA.map((corpus) => evaluateCorpus(corpus, defaultOutlets(), stage));
}

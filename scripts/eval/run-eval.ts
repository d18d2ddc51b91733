/** Runs extraction over the gold-annotated fixtures and scores it. */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { extractWithOutlets } from "../../src/extract/extract-article.js";
import { defaultGazetteer } from "../../src/extract/gazetteer.js";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { defaultOutlets } from "../../src/outlets/index.js";
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
] as const;

export interface CorpusResult {
  name: string;
  summary: Summary;
  tally: Tally;
}

/** Scores one corpus; `outlets` defaults to the built-in profiles (pass `[]` to score the generic pipeline). */
export function evaluateCorpus(
  corpus: { name: string; gold: string; dir: string },
  outlets: readonly OutletProfile[] = defaultOutlets(),
): CorpusResult {
  const gold = JSON.parse(readFileSync(join(ROOT, corpus.gold), "utf8")) as GoldFile;
  const tally = emptyTally();
  const gazetteer = defaultGazetteer();
  const files = readdirSync(join(ROOT, corpus.dir));
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
    scoreArticle(tally, gold, articleId, extraction, ingested.document.fileText);
  }
  return { name: corpus.name, summary: summarise(tally), tally };
}

export function evaluateAll(): CorpusResult[] {
  return CORPORA.map((corpus) => evaluateCorpus(corpus));
}

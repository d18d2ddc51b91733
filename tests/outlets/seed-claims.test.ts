import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GoldFile } from "../../scripts/eval/gold.js";
import { emptyTally, scoreArticle, summarise } from "../../scripts/eval/score.js";
import { extractArticle } from "../../src/extract/extract-article.js";
import { defaultGazetteer } from "../../src/extract/gazetteer.js";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { defaultOutlets } from "../../src/outlets/index.js";
import type { OutletProfile } from "../../src/schema/outlet.js";

/**
 * Profiles refine rather than carry the product: the required gold claims (scored as `npm run eval`
 * scores them) are counted with the built-in profiles and with none.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const CORPORA = [
  { name: "seeds", gold: "fixtures/gold/seeds-gold.json", dir: "fixtures/seeds" },
  { name: "extract", gold: "fixtures/gold/extract-gold.json", dir: "fixtures/extract" },
];
const gazetteer = defaultGazetteer();

function score(corpus: (typeof CORPORA)[number], outlets: readonly OutletProfile[]) {
  const gold = JSON.parse(readFileSync(join(ROOT, corpus.gold), "utf8")) as GoldFile;
  const tally = emptyTally();
  for (const articleId of Object.keys(gold.articles).sort()) {
    const file = join(ROOT, corpus.dir, `${articleId}.txt`);
    const ingested = ingestArticle(
      { source: file, name: articleId, extension: ".txt", bytes: readFileSync(file) },
      { outlets },
    );
    if (!ingested.ok) throw new Error(`${file}: ${ingested.warning.message}`);
    const outlet = outlets.find((profile) => profile.id === ingested.document.outletProfile) ?? null;
    scoreArticle(
      tally,
      gold,
      articleId,
      extractArticle(ingested.document, { gazetteer, outlet }),
      ingested.document.fileText,
    );
  }
  return summarise(tally);
}

describe.each(CORPORA)("required $name claims with and without outlet profiles", (corpus) => {
  const withProfiles = score(corpus, defaultOutlets());
  const withoutProfiles = score(corpus, []);

  it(`finds ${withProfiles.found}/${withProfiles.required} with the built-in profiles, ${withoutProfiles.found}/${withoutProfiles.required} with none`, () => {
    // Profiles refine: they never lose a claim the generic pipeline finds, nor add false positives.
    expect(withProfiles.found).toBeGreaterThanOrEqual(withoutProfiles.found);
    expect(withProfiles.falsePositives).toBeLessThanOrEqual(withoutProfiles.falsePositives);
    // The generic pipeline finds most required claims on its own.
    expect(withoutProfiles.found).toBeGreaterThan(withoutProfiles.required / 2);
  });
});

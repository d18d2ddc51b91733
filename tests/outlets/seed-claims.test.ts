import { describe, expect, it } from "vitest";
import { CORPORA, evaluateCorpus } from "../../scripts/eval/run-eval.js";
import { defaultOutlets } from "../../src/outlets/index.js";

/**
 * Profiles refine rather than carry the product: the required gold claims (scored as `npm run eval`
 * scores them) are counted with the built-in profiles and with none.
 */
const SCORED = CORPORA.filter((corpus) => corpus.name === "seeds" || corpus.name === "extract");

describe.each(SCORED)("required $name claims with and without outlet profiles", (corpus) => {
  const withProfiles = evaluateCorpus(corpus, defaultOutlets()).summary;
  const withoutProfiles = evaluateCorpus(corpus, []).summary;

  it(`finds ${withProfiles.found}/${withProfiles.required} with the built-in profiles, ${withoutProfiles.found}/${withoutProfiles.required} with none`, () => {
    // Profiles refine: they never lose a claim the generic pipeline finds, nor add false positives.
    expect(withProfiles.found).toBeGreaterThanOrEqual(withoutProfiles.found);
    expect(withProfiles.falsePositives).toBeLessThanOrEqual(withoutProfiles.falsePositives);
    // The generic pipeline finds most required claims on its own.
    expect(withoutProfiles.found).toBeGreaterThan(withoutProfiles.required / 2);
  });
});

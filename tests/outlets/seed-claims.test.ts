import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import { defaultGazetteer } from "../../src/extract/gazetteer.js";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { defaultOutlets } from "../../src/outlets/index.js";
import type { Claim } from "../../src/schema/claim.js";
import type { ArticleExtraction } from "../../src/schema/document.js";
import type { OutletProfile } from "../../src/schema/outlet.js";

/**
 * Profiles refine rather than carry the product: the required seed claims are counted with the built-in
 * profiles and with none. A gold claim counts as found when one claim has all its core participants
 * (by surname), its modality, and its date (or an acceptable one, or none when the gold has none).
 */
const ROOT = join(import.meta.dirname, "..", "..");
const SEEDS = join(ROOT, "fixtures", "seeds");

interface GoldClaim {
  article: string;
  required: boolean;
  core: string[];
  date: [string, string] | null;
  dateAcceptable?: string[];
  modality: string;
}

const gold = JSON.parse(readFileSync(join(ROOT, "fixtures", "gold", "seeds-gold.json"), "utf8")) as {
  claims: GoldClaim[];
};
const required = gold.claims.filter((claim) => claim.required);
const gazetteer = defaultGazetteer();

function extractSeeds(outlets: readonly OutletProfile[]): Map<string, ArticleExtraction> {
  const extractions = new Map<string, ArticleExtraction>();
  for (const file of readdirSync(SEEDS).sort()) {
    const path = join(SEEDS, file);
    const name = basename(file, extname(file));
    const result = ingestArticle(
      { source: path, name, extension: extname(file), bytes: readFileSync(path) },
      { outlets },
    );
    if (!result.ok) continue;
    const outlet = outlets.find((profile) => profile.id === result.document.outletProfile) ?? null;
    extractions.set(name, extractArticle(result.document, { gazetteer, outlet }));
  }
  return extractions;
}

function matches(claim: Claim, wanted: GoldClaim, extraction: ArticleExtraction): boolean {
  const names = claim.participants.flatMap((id) => {
    const entity = extraction.entities.find((candidate) => candidate.id === id);
    return entity ? [entity.name, ...entity.aliases].map((name) => name.toLowerCase()) : [];
  });
  if (
    !wanted.core.every((part) => names.some((name) => name.includes(part.toLowerCase().split(" ").at(-1)!)))
  )
    return false;
  if (claim.modality !== wanted.modality) return false;
  if (wanted.date) return claim.date?.earliest === wanted.date[0] && claim.date?.latest === wanted.date[1];
  if (!claim.date) return true;
  return (
    (wanted.dateAcceptable ?? []).includes(claim.date.earliest) && claim.date.earliest === claim.date.latest
  );
}

function found(extractions: Map<string, ArticleExtraction>): number {
  return required.filter((wanted) => {
    const extraction = extractions.get(wanted.article);
    return extraction?.claims.some((claim) => matches(claim, wanted, extraction)) ?? false;
  }).length;
}

describe("required seed claims with and without outlet profiles", () => {
  const withProfiles = found(extractSeeds(defaultOutlets()));
  const withoutProfiles = found(extractSeeds([]));

  it(`finds ${withProfiles} of ${required.length} with the built-in profiles and ${withoutProfiles} with none`, () => {
    // Profiles refine: they never lose a claim the generic pipeline finds.
    expect(withProfiles).toBeGreaterThanOrEqual(withoutProfiles);
    // The generic pipeline carries most of the work on its own.
    expect(withoutProfiles).toBeGreaterThanOrEqual(Math.ceil(required.length / 2));
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import { defaultGazetteer } from "../../src/extract/gazetteer.js";
import { draftToClaimParts } from "../../src/extract/plugins/draft-to-claim-parts.js";
import { runExtractors } from "../../src/extract/plugins/run-extractors.js";
import { defineExtractor } from "../../src/plugin.js";
import { ClaimSchema } from "../../src/schema/claim.js";
import { ingestText } from "../ingest/helpers.js";

const courtesyCall = defineExtractor({
  meta: { id: "courtesy-call", description: "X paid a courtesy call on Y", claimTypes: ["meeting"] },
  pattern:
    /(?<visitor>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) paid a courtesy call on President (?<host>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) in (?<place>\p{Lu}\p{Ll}+) on (?<day>\p{Lu}\p{Ll}+day)/u,
  extract: (match) => ({
    type: "meeting",
    participants: [match.groups!.visitor!, match.groups!.host!],
    location: match.groups!.place!,
    dateText: match.groups!.day!,
    attribution: "State House",
  }),
});

const TEXT =
  "date 2025-09-17\nEnvoy meets president\nAmbassador Amina Farah paid a courtesy call on President Daniel Mwangi in Nairobi on Monday, State House said.\nFarah later left for Kampala.";

describe("draftToClaimParts", () => {
  it("resolves names to the article's entities and the day against the publication date", () => {
    const document = ingestText(TEXT);
    const extraction = extractArticle(document, { gazetteer: defaultGazetteer(), outlet: null });
    const [draft] = runExtractors(document, [courtesyCall]);
    const parts = draftToClaimParts(draft!, { document, entities: extraction.entities });
    const nameOf = (id: string | null) => extraction.entities.find((entity) => entity.id === id)?.name;
    expect(parts.participants.map(nameOf)).toEqual(["Amina Farah", "Daniel Mwangi"]);
    expect(nameOf(parts.location)).toBe("Nairobi");
    expect(parts.date).toMatchObject({ earliest: "2025-09-15", latest: "2025-09-15", inferred: false });
    expect(parts).toMatchObject({
      type: "meeting",
      modality: "occurred",
      attribution: { text: "State House" },
    });
    expect(parts.evidence).toEqual(draft!.evidence);
    const { unresolved, ...claim } = parts;
    expect(() => ClaimSchema.parse({ id: "a-p1", articleId: "a", ...claim })).not.toThrow();
    expect(unresolved).toEqual([]);
  });

  it("lists names it cannot resolve instead of dropping them silently", () => {
    const document = ingestText(TEXT);
    const [draft] = runExtractors(document, [courtesyCall]);
    const parts = draftToClaimParts(draft!, { document, entities: [] });
    expect(parts.participants).toEqual([]);
    expect(parts.unresolved).toEqual(["Amina Farah", "Daniel Mwangi", "Nairobi"]);
  });

  it("keeps a date the extractor resolved itself", () => {
    const document = ingestText(TEXT);
    const [draft] = runExtractors(document, [courtesyCall]);
    const parts = draftToClaimParts(
      { ...draft!, date: { earliest: "2025-09-14", latest: "2025-09-15" }, dateText: "over the weekend" },
      { document, entities: [] },
    );
    expect(parts.date).toEqual({
      earliest: "2025-09-14",
      latest: "2025-09-15",
      text: "over the weekend",
      inferred: false,
    });
  });
});

describe("pluginClaims", () => {
  it("runs the applicable extractors and makes claims, adding entities for names recognition missed", async () => {
    const { pluginClaims } = await import("../../src/extract/plugins/plugin-claims.js");
    const document = ingestText(TEXT);
    const extraction = extractArticle(document, { gazetteer: defaultGazetteer(), outlet: null });
    const result = pluginClaims(document, [], { extractors: [courtesyCall], outlets: [] });
    expect(result.warnings).toEqual([]);
    expect(result.entities.map((entity) => [entity.type, entity.name])).toEqual([
      ["person", "Amina Farah"],
      ["person", "Daniel Mwangi"],
      ["place", "Nairobi"],
    ]);
    for (const entity of result.entities)
      for (const mention of entity.mentions)
        expect(document.fileText.slice(mention.start, mention.end)).toBe(mention.quote);
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]).toMatchObject({ id: "inline:x1", articleId: "inline", type: "meeting" });
    expect(() => ClaimSchema.parse(result.claims[0])).not.toThrow();
    const withKnown = pluginClaims(document, extraction.entities, {
      extractors: [courtesyCall],
      outlets: [],
    });
    expect(withKnown.entities).toEqual([]);
    expect(withKnown.claims[0]!.participants).toHaveLength(2);
  });
});

describe("withPluginClaims", () => {
  it("adds plugin claims, their new entities and warnings to an extraction, without repeating built-in claims", async () => {
    const { withPluginClaims } = await import("../../src/extract/plugins/plugin-claims.js");
    const document = ingestText(TEXT);
    const base = extractArticle(document, { gazetteer: defaultGazetteer(), outlet: null });
    expect(withPluginClaims(document, base, { extractors: [], outlets: [] })).toBe(base);
    const merged = withPluginClaims(document, base, { extractors: [courtesyCall], outlets: [] });
    const added = merged.claims.filter((claim) => claim.id.includes(":x"));
    const builtInSame = base.claims.some((claim) =>
      claim.evidence.some((span) => span.quote.includes("courtesy call")),
    );
    expect(added).toHaveLength(builtInSame ? 0 : 1);
    expect(merged.claims.slice(0, base.claims.length)).toEqual(base.claims);
    const ids = new Set(merged.entities.map((entity) => entity.id));
    for (const claim of merged.claims) for (const id of claim.participants) expect(ids.has(id)).toBe(true);
    const again = withPluginClaims(document, merged, { extractors: [courtesyCall], outlets: [] });
    expect(again.claims).toHaveLength(merged.claims.length);
  });
});

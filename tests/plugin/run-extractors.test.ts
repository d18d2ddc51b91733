import { describe, expect, it } from "vitest";
import { extractorRun, runExtractors } from "../../src/extract/plugins/run-extractors.js";
import { selectExtractors } from "../../src/extract/plugins/select-extractors.js";
import { defineExtractor, defineOutlet } from "../../src/plugin.js";
import { ClaimDraftWithProvenanceSchema } from "../../src/schema/draft.js";
import { ingestText } from "../ingest/helpers.js";

/** "X phoned Y": a call between two capitalised names. */
const phoned = defineExtractor({
  meta: { id: "phoned", description: "X phoned Y", claimTypes: ["call"] },
  pattern: /(?<a>\p{Lu}\p{Ll}+) phoned (?<b>\p{Lu}\p{Ll}+)(?: on (?<day>\p{Lu}\p{Ll}+day))?/u,
  extract: (match) => ({
    type: "call",
    participants: [match.groups!.a!, match.groups!.b!],
    ...(match.groups!.day ? { dateText: match.groups!.day } : {}),
    modality: "occurred",
  }),
});

const TEXT = [
  "Leaders talk by phone",
  "date 2025-03-04",
  "Ruto phoned Hassan on Monday. Later, Hassan phoned Kagame.",
  "Related: Ruto phoned Museveni last year",
].join("\n");

describe("runExtractors", () => {
  it("matches every readable sentence, with exact offsets and evidence quoting the file", () => {
    const document = ingestText(TEXT);
    const drafts = runExtractors(document, [phoned]);
    expect(drafts.map((draft) => draft.participants)).toEqual([
      ["Ruto", "Hassan"],
      ["Hassan", "Kagame"],
    ]);
    for (const draft of drafts) {
      expect(() => ClaimDraftWithProvenanceSchema.parse(draft)).not.toThrow();
      const [span] = draft.evidence;
      expect(span!.quote).toBe(document.fileText.slice(span!.start, span!.end));
      expect(document.text.slice(draft.textStart, draft.textEnd)).toBe(span!.quote);
      expect(draft.extractor).toBe("phoned");
    }
    expect(drafts[0]!.evidence[0]!.quote).toBe("Ruto phoned Hassan on Monday");
    expect(drafts[0]!.dateText).toBe("Monday");
    expect(drafts[0]!.evidence[0]!.start).toBe(TEXT.indexOf("Ruto phoned Hassan"));
  });

  it("skips boilerplate blocks (the related-story link is not read)", () => {
    const drafts = runExtractors(ingestText(TEXT), [phoned]);
    expect(drafts.some((draft) => draft.participants.includes("Museveni"))).toBe(false);
  });

  it("maps evidence in HTML back to the markup", () => {
    const html =
      "<html><body><h1>Calls</h1><p>Ruto phoned <b>Hassan</b> on Monday &amp; later.</p></body></html>";
    const document = ingestText(html, { extension: ".html" });
    const [draft] = runExtractors(document, [phoned]);
    expect(draft!.evidence[0]!.quote).toBe("Ruto phoned <b>Hassan</b> on Monday");
    expect(html.slice(draft!.evidence[0]!.start, draft!.evidence[0]!.end)).toBe(draft!.evidence[0]!.quote);
  });

  it("can quote the whole sentence", () => {
    const sentenceWide = defineExtractor({
      ...phoned,
      meta: { ...phoned.meta, id: "phoned-sentence", evidence: "sentence" },
    });
    const [draft] = runExtractors(ingestText(TEXT), [sentenceWide]);
    expect(draft!.evidence[0]!.quote).toBe("Ruto phoned Hassan on Monday.");
  });

  it("reports an extractor that throws or returns an invalid draft, and keeps the others' drafts", () => {
    const throwing = defineExtractor({
      meta: { id: "throws", description: "fails", claimTypes: ["call"] },
      pattern: /phoned/u,
      extract: () => {
        throw new Error("boom");
      },
    });
    const invalid = defineExtractor({
      meta: { id: "invalid", description: "bad drafts", claimTypes: ["call"] },
      pattern: /phoned/u,
      extract: () => ({ type: "call", participants: "Ruto" as never }),
    });
    const badPattern = defineExtractor({
      meta: { id: "bad-pattern", description: "pattern() fails", claimTypes: ["call"] },
      pattern: () => {
        throw new Error("no pattern today");
      },
      extract: () => null,
    });
    const document = ingestText(TEXT);
    const warnings: string[] = [];
    const drafts = runExtractors(document, [throwing, invalid, badPattern, phoned], (message) =>
      warnings.push(message),
    );
    expect(drafts).toHaveLength(2);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/extractor "throws" failed on sentence \d+: boom/);
    expect(warnings[1]).toMatch(/extractor "invalid" returned an invalid draft .*participants/);
    expect(warnings[3]).toMatch(/extractor "bad-pattern" failed: no pattern today/);
  });

  it("survives patterns that match the empty string and keeps no state between runs", () => {
    const empty = defineExtractor({
      meta: { id: "empty", description: "matches nothing", claimTypes: ["call"] },
      pattern: /x*/gu,
      extract: () => null,
    });
    const document = ingestText(TEXT);
    expect(extractorRun(document, [empty])).toEqual({ drafts: [], warnings: [] });
    expect(runExtractors(document, [phoned])).toEqual(runExtractors(document, [phoned]));
  });

  it("passes the article and outlet to a pattern function and the section date to extract", () => {
    const seen: (string | null)[] = [];
    const dated = defineExtractor({
      meta: { id: "dated", description: "visits under dated headings", claimTypes: ["visit"] },
      pattern: (context) => {
        seen.push(context.article.publishedAt);
        return /(?<who>\p{Lu}\p{Ll}+) arrived in (?<where>\p{Lu}\p{Ll}+)/u;
      },
      extract: (match, context) =>
        context.sectionDate
          ? {
              type: "visit",
              participants: [match.groups!.who!],
              location: match.groups!.where!,
              date: { earliest: context.sectionDate, latest: context.sectionDate },
            }
          : null,
    });
    const document = ingestText(
      "Envoy's trips\ndate 2025-05-01\nSecond trip – April 11, 2025\nWitkoff arrived in Moscow late at night.",
    );
    const [draft] = runExtractors(document, [dated]);
    expect(seen).toEqual(["2025-05-01"]);
    expect(draft).toMatchObject({
      participants: ["Witkoff"],
      location: "Moscow",
      date: { earliest: "2025-04-11" },
    });
  });
});

describe("selectExtractors", () => {
  it("runs an outlet's own extractors only on its articles", () => {
    const own = defineExtractor({ ...phoned, meta: { ...phoned.meta, id: "daily-only" } });
    const outlets = [defineOutlet({ id: "daily", name: "Daily", match: {}, extractors: ["daily-only"] })];
    expect(selectExtractors([phoned, own], outlets, null).map((e) => e.meta.id)).toEqual(["phoned"]);
    expect(selectExtractors([phoned, own], outlets, "daily").map((e) => e.meta.id)).toEqual([
      "phoned",
      "daily-only",
    ]);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";
import { ArticleExtractionSchema } from "../../src/schema/document.js";

const FIXTURE = join(import.meta.dirname, "..", "..", "fixtures", "extract", "e04_gulf_mediation.txt");

describe("extractClaims", () => {
  it("extracts from plain text, with evidence quoting the text exactly", () => {
    const text = readFileSync(FIXTURE, "utf8");
    const extraction = ArticleExtractionSchema.parse(extractClaims({ text, id: "e04" }));
    expect(extraction.claims.map((claim) => claim.id)).toEqual(
      extraction.claims.map((_, i) => `e04:c${i + 1}`),
    );
    const [claim] = extraction.claims;
    expect(claim?.type).toBe("meeting");
    expect(claim?.duration).toMatchObject({ minMinutes: 180, maxMinutes: 180 });
    for (const span of extraction.claims.flatMap((c) => c.evidence))
      expect(text.slice(span.start, span.end)).toBe(span.quote);
    const local = new Set(extraction.entities.map((entity) => entity.id));
    for (const id of extraction.claims.flatMap((c) => [
      ...c.participants,
      ...(c.location ? [c.location] : []),
    ]))
      expect(local.has(id)).toBe(true);
  });

  it("marks a date the article tells elsewhere (its lead's day) as not inferred: only other articles infer", () => {
    const text =
      "date 2022-06-02\nThe leaders of Uzbekistan and Kazakhstan signed an alliance treaty on Thursday, sealing a long rapprochement.\n\nUzbek President Timur Rashidov and his Kazakh counterpart Arman Seitov met one-on-one for some 90 minutes.";
    const [claim] = extractClaims({ text, id: "lead" }).claims;
    expect(claim?.date).toMatchObject({ earliest: "2022-06-02", latest: "2022-06-02", inferred: false });
  });

  it("quotes the HTML file exactly when the article is HTML", () => {
    const html =
      '<html><head><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body><article><h1>Leaders meet in Lima</h1><p>Chilean President Gabriel Soto met Peruvian President Diego Hupe&ntilde;a in <b>Lima</b> on Monday.</p><p>The talks lasted about two hours.</p></article></body></html>';
    const extraction = extractClaims({ text: html, id: "h", format: "html" });
    expect(extraction.claims).toHaveLength(1);
    expect(extraction.claims[0]?.date?.earliest).toBe("2024-03-04");
    expect(extraction.claims[0]?.duration).toMatchObject({ minMinutes: 105, maxMinutes: 135 });
    for (const span of extraction.claims[0]?.evidence ?? [])
      expect(html.slice(span.start, span.end)).toBe(span.quote);
  });

  it("is deterministic", () => {
    const text = readFileSync(FIXTURE, "utf8");
    expect(JSON.stringify(extractClaims(text))).toBe(JSON.stringify(extractClaims(text)));
  });

  it("reads any soup of news words without failing a stage, and quotes only the text", () => {
    const words = [
      "President",
      "Ana",
      "Ruiz",
      "met",
      "Prime",
      "Minister",
      "Tom",
      "Hale",
      "in",
      "Lima",
      "on",
      "Monday",
      "the",
      "two",
      "leaders",
      "held",
      "talks",
      "for",
      "about",
      "three",
      "hours",
      "He",
      "said",
      "was",
      "expected",
      "to",
      "visit",
      "again",
      "and",
      "a",
      "working",
      "lunch",
      "hosted",
      "by",
      "led",
      "delegation",
      "of",
      "'s",
      "which",
      "had",
      "not",
      "last",
      "seen",
      "whether",
      "possible",
      "briefed",
      "by",
      "phone",
      ",",
      ".",
      ";",
      "—",
      "2024-05-06T10:00+02:00",
      "\n\n",
      "Heads",
      "State",
      "King",
      "Charles",
      "RNZ",
      "Pacific",
      "Feb.",
      "9",
      "Thursday",
      "signed",
      "agreements",
      "with",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 120 }), (soup) => {
        const text = `date 2024-05-07\n${soup.join(" ")}`;
        const extraction = extractClaims(text);
        expect(extraction.article.warnings.filter((w) => w.includes("failed"))).toEqual([]);
        for (const span of extraction.claims.flatMap((claim) => claim.evidence))
          expect(text.slice(span.start, span.end)).toBe(span.quote);
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it("never throws on empty or odd input", () => {
    expect(extractClaims("").claims).toEqual([]);
    expect(extractClaims("\u0000\u0001 met met met with with").claims).toEqual([]);
  });

  it("keeps an unresolved weekday of an undated article as a floating time", () => {
    const extraction = extractClaims(
      "Nepali Prime Minister Pushpa Thapa met Bhutanese Prime Minister Tshering Wangchuk in Thimphu on Wednesday.",
    );
    expect(extraction.claims[0]?.weekday).toBe(3);
    expect(extraction.floatingTimes).toContainEqual({
      text: "Wednesday",
      weekday: 3,
      claimId: extraction.claims[0]?.id ?? null,
    });
  });
});

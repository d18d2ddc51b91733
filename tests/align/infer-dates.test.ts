import { describe, expect, it } from "vitest";
import { alignClaims } from "../../src/align/index.js";
import { dateByInferredPublication } from "../../src/align/infer-dates.js";
import type { Article } from "../../src/schema/article.js";
import type { Claim } from "../../src/schema/claim.js";
import type { Modality } from "../../src/schema/primitives.js";
import { buildArticle, CAST, testGazetteer } from "./builders.js";

function claim(id: string, weekday: number | null, modality: Modality, date: Claim["date"] = null): Claim {
  return {
    id,
    articleId: "wire",
    type: "meeting",
    participants: ["wire#p1", "wire#p2"],
    date,
    duration: null,
    location: null,
    ordinal: null,
    attribution: null,
    modality,
    evidence: [{ start: 0, end: 1, quote: "x" }],
    confidence: 0.8,
    weekday,
  };
}

function article(publishedAt: string | null, source: Article["publishedAtSource"]): Article {
  return {
    id: "wire",
    source: "wire.txt",
    url: null,
    outlet: null,
    publishedAt,
    publishedAtSource: source,
    wire: [],
    warnings: [],
  };
}

describe("dateByInferredPublication", () => {
  // Tuesday 2024-01-16.
  const inferred = article("2024-01-16", "inferred");

  it("dates what happened on the latest such weekday up to the inferred day, and what is planned from it", () => {
    const dated = dateByInferredPublication(
      [claim("c1", 2, "occurred"), claim("c2", 1, "unconfirmed"), claim("c3", 5, "planned")],
      inferred,
      [{ text: "Separately on Tuesday", weekday: 2, claimId: "c1" }],
    );
    expect(dated.map((c) => c.date)).toEqual([
      { earliest: "2024-01-16", latest: "2024-01-16", text: "Separately on Tuesday", inferred: true },
      { earliest: "2024-01-15", latest: "2024-01-15", text: "Monday", inferred: true },
      { earliest: "2024-01-19", latest: "2024-01-19", text: "Friday", inferred: true },
    ]);
  });

  it("leaves hypothetical, already dated and weekday-less claims as they are", () => {
    const own = { earliest: "2023-12-01", latest: "2023-12-31", text: "in December", inferred: false };
    const claims = [
      claim("c1", 3, "hypothetical"),
      claim("c2", 1, "occurred", own),
      claim("c3", null, "occurred"),
    ];
    expect(dateByInferredPublication(claims, inferred, [])).toEqual(claims);
  });

  it("changes nothing in an article whose day is its own", () => {
    const claims = [claim("c1", 2, "occurred")];
    expect(dateByInferredPublication(claims, article("2024-01-16", "metadata"), [])).toEqual(claims);
    expect(dateByInferredPublication(claims, article(null, null), [])).toEqual(claims);
  });
});

describe("a plan its own article tells without a day", () => {
  it("stays apart from the meeting that article reports, and takes none of its day", () => {
    const alignment = alignClaims(
      [
        buildArticle({
          id: "g1",
          publishedAt: "2024-02-23",
          entities: CAST,
          claims: [
            { participants: ["berg", "dalla"], date: "2024-02-23", location: "norvik" },
            {
              participants: ["berg", "dalla"],
              modality: "planned",
              location: "norvik",
              text: "Both agreed to meet again.",
            },
          ],
        }),
        buildArticle({
          id: "g2",
          publishedAt: null,
          entities: CAST,
          claims: [{ participants: ["berg", "dalla"], date: "2024-02-23", location: "norvik" }],
        }),
      ],
      { gazetteer: testGazetteer() },
    );
    const eventOf = (id: string) => alignment.events.find((event) => event.claimIds.includes(id))?.id;
    expect(eventOf("g1:c1")).toBe(eventOf("g2:c1"));
    expect(eventOf("g1:c1")).not.toBe(eventOf("g1:c2"));
    expect(alignment.claims.find((claim) => claim.id === "g1:c2")?.date).toBeNull();
  });
});

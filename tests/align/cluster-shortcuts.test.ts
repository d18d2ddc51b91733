import { describe, expect, it } from "vitest";
import { alignClaims } from "../../src/align/index.js";
import { type ArticleSpec, buildArticle, testGazetteer } from "./builders.js";

const gazetteer = testGazetteer();
const pair: ArticleSpec["entities"] = { r: ["person", "Tomás Reyes"], k: ["person", "Lena Kovac"] };

function eventsOf(alignment: ReturnType<typeof alignClaims>): string[][] {
  return alignment.events.map((event) => [...event.claimIds].sort()).sort();
}

// Clusters of one participant pair and type class are compared by their intervals alone unless a caveat
// (a hypothetical claim, ordinals on both sides) calls for the claim-by-claim check.
describe("alignClaims: cluster shortcuts keep the hard constraints", () => {
  it("keeps one article's third and fourth meeting apart when a third report joins one of them", () => {
    const alignment = alignClaims(
      [
        buildArticle({
          id: "a1",
          entities: { ...pair },
          claims: [
            { participants: ["r", "k"], date: "2025-03-04", ordinal: [3, "the third meeting"] },
            { participants: ["r", "k"], date: "2025-03-04", ordinal: [4, "the fourth meeting"] },
          ],
        }),
        buildArticle({
          id: "a2",
          entities: { ...pair },
          claims: [{ participants: ["r", "k"], date: "2025-03-04" }],
        }),
      ],
      { gazetteer },
    );
    expect(alignment.events).toHaveLength(2);
    expect(eventsOf(alignment).find((ids) => ids.includes("a1:c1"))).not.toContain("a1:c2");
  });

  it("keeps a hypothetical meeting apart from one reported as held, even through a planned one", () => {
    const alignment = alignClaims(
      [
        buildArticle({
          id: "a1",
          entities: { ...pair },
          claims: [{ participants: ["r", "k"], date: "2025-03-04", modality: "hypothetical" }],
        }),
        buildArticle({
          id: "a2",
          entities: { ...pair },
          claims: [{ participants: ["r", "k"], date: "2025-03-04", modality: "planned" }],
        }),
        buildArticle({
          id: "a3",
          entities: { ...pair },
          claims: [{ participants: ["r", "k"], date: "2025-03-04" }],
        }),
      ],
      { gazetteer },
    );
    // The planned meeting may be either; once it joins the hypothetical one, the held one stays apart.
    expect(eventsOf(alignment)).toEqual([["a1:c1", "a2:c1"], ["a3:c1"]]);
  });

  it("joins clusters whose day intervals all meet, and not those that only meet one member", () => {
    const alignment = alignClaims(
      [
        buildArticle({
          id: "a1",
          entities: { ...pair },
          claims: [{ participants: ["r", "k"], date: ["2025-03-03", "2025-03-05"] }],
        }),
        buildArticle({
          id: "a2",
          entities: { ...pair },
          claims: [{ participants: ["r", "k"], date: "2025-03-05" }],
        }),
        buildArticle({
          id: "a3",
          entities: { ...pair },
          claims: [{ participants: ["r", "k"], date: "2025-03-03" }],
        }),
      ],
      { gazetteer },
    );
    // a3 meets a1 but not a2: once a1 and a2 are one event, a3 stays on its own.
    expect(eventsOf(alignment)).toEqual([["a1:c1", "a2:c1"], ["a3:c1"]]);
  });
});

describe("alignClaims: an event's type", () => {
  const article = (id: string, types: string[]) =>
    buildArticle({
      id,
      entities: { ...pair },
      claims: types.map((type) => ({ type, participants: ["r", "k"], date: "2025-03-04" })),
    });

  it("is the most frequent type besides visits", () => {
    const alignment = alignClaims([article("a1", ["talks", "visit"]), article("a2", ["meeting", "talks"])], {
      gazetteer,
    });
    expect(alignment.events.map((event) => event.type)).toEqual(["talks"]);
  });

  it("breaks a tie by code units", () => {
    const alignment = alignClaims([article("a1", ["talks"]), article("a2", ["meeting", "visit"])], {
      gazetteer,
    });
    expect(alignment.events.map((event) => event.type)).toEqual(["meeting"]);
  });
});

describe("alignClaims: extreme weights", () => {
  it("orders candidates over a score range too wide to group by rank", () => {
    const places: ArticleSpec["entities"] = { ...pair, n: ["place", "Norvik"], a: ["place", "Astera"] };
    const alignment = alignClaims(
      [
        buildArticle({
          id: "a1",
          entities: places,
          claims: [{ participants: ["r", "k"], date: "2025-03-04", location: "n" }],
        }),
        buildArticle({
          id: "a2",
          entities: places,
          claims: [{ participants: ["r", "k"], date: "2025-03-04", location: "a" }],
        }),
        buildArticle({
          id: "a3",
          entities: places,
          claims: [{ participants: ["r", "k"], date: "2025-03-04", location: "n" }],
        }),
      ],
      // Places apart score thousands below the rest: millions of ranks between the best and worst candidates.
      { gazetteer, weights: { threshold: -5_000, apartPlace: -3_000 } },
    );
    expect(eventsOf(alignment)).toEqual([["a1:c1", "a2:c1", "a3:c1"]]);
    const links = alignment.events[0]!.links ?? [];
    // The best pair (same place) joins first; the pair apart joins the rest.
    expect(links.map((link) => link.claimIds)).toEqual([
      ["a1:c1", "a2:c1"],
      ["a1:c1", "a3:c1"],
    ]);
  });
});

describe("alignClaims: no intervals", () => {
  it("aligns claims none of which has a day interval", () => {
    const undated = (id: string) =>
      buildArticle({ id, publishedAt: null, entities: { ...pair }, claims: [{ participants: ["r", "k"] }] });
    const alignment = alignClaims([undated("a1"), undated("a2")], { gazetteer });
    expect(alignment.claims).toHaveLength(2);
    expect(alignment.events.flatMap((event) => event.claimIds).sort()).toEqual(["a1:c1", "a2:c1"]);
  });
});

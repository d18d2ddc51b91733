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

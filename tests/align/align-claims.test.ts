import { describe, expect, it } from "vitest";
import { alignClaims } from "../../src/align/index.js";
import { reconcile } from "../../src/reconcile/index.js";
import { buildArticle, CAST, testGazetteer } from "./builders.js";
import { envoyScenario } from "./scenario-envoy.js";

const gazetteer = testGazetteer();

function eventOf(alignment: ReturnType<typeof alignClaims>, claimId: string) {
  return alignment.events.find((event) => event.claimIds.includes(claimId));
}

describe("alignClaims: entities", () => {
  it("merges spellings, surname-only mentions and gazetteer matches into one readable id each", () => {
    const alignment = alignClaims(
      [
        buildArticle({
          id: "a1",
          entities: { r: ["person", "Tomás Reyes"], b: ["person", "Anna Berg", "anna-berg"] },
          claims: [{ participants: ["r", "b"], date: "2024-01-02" }],
        }),
        buildArticle({
          id: "a2",
          entities: { r: ["person", "Tomas Reyes"], b: ["person", "Chancellor Berg", "anna-berg"] },
          claims: [],
        }),
        buildArticle({ id: "a3", entities: { r: ["person", "Reyes"] }, claims: [] }),
      ],
      { gazetteer },
    );
    const people = alignment.entities.filter((entity) => entity.type === "person");
    expect(people.map((entity) => entity.id)).toEqual(["person:anna-berg", "person:tomas-reyes"]);
    expect(people[1]!.aliases).toEqual(["Reyes", "Tomas Reyes", "Tomás Reyes"]);
    expect(alignment.claims[0]!.participants).toEqual(["person:tomas-reyes", "person:anna-berg"]);
  });

  it("joins a two-word name written family name first by one outlet and last by another", () => {
    const alignment = alignClaims(
      [
        buildArticle({
          id: "a1",
          entities: { s: ["person", "Sato Kenji"], b: ["person", "Anna Berg", "anna-berg"] },
          claims: [{ participants: ["s", "b"], date: "2024-01-02" }],
        }),
        buildArticle({
          id: "a2",
          entities: { s: ["person", "Kenji Sato"], b: ["person", "Anna Berg", "anna-berg"] },
          claims: [{ participants: ["b", "s"], date: "2024-01-02" }],
        }),
      ],
      { gazetteer },
    );
    const people = alignment.entities.filter((entity) => entity.type === "person");
    expect(people).toHaveLength(2);
    expect(alignment.events).toHaveLength(1);
  });

  it("derives place containment from the gazetteer", () => {
    const alignment = alignClaims(envoyScenario(), { gazetteer });
    expect(alignment.placeParents["place:lindholm-palace"]).toBe("place:norvik");
    expect(alignment.placeParents["place:norvik"]).toBe("place:valdoria");
  });
});

describe("alignClaims: events", () => {
  const alignment = alignClaims(envoyScenario(), { gazetteer });

  it("joins a plan, its announcement and the later report with an extra participant into one event", () => {
    const event = eventOf(alignment, "f1:c1")!;
    expect(event.claimIds).toEqual(["f1:c1", "g2:c1", "h3:c1"]);
    expect(event.status).toBe("occurred");
    expect(event.location).toBe("place:lindholm-palace");
    expect(event.links?.every((link) => link.score >= 1 && Object.keys(link.features).length > 0)).toBe(true);
  });

  it("freezes the feature records links share", () => {
    const links = alignment.events.flatMap((event) => event.links ?? []);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => Object.isFrozen(link.features))).toBe(true);
  });

  it("keeps the same pair on different days apart, and a side meeting on the same day apart", () => {
    const pairEvents = alignment.events.filter(
      (event) => event.participants.join() === "person:anna-berg,person:marco-dalla",
    );
    expect(pairEvents.map((event) => event.date?.earliest)).toEqual([
      "2024-02-12",
      "2024-03-14",
      "2024-04-10",
      "2024-06-19",
      "2024-08-07",
    ]);
    expect(eventOf(alignment, "f1:c4")).not.toBe(eventOf(alignment, "f1:c5"));
  });

  it("aligns an undated claim by its weekday and dates it as inferred, in its own words", () => {
    expect(eventOf(alignment, "k4:c1")?.id).toBe(eventOf(alignment, "f1:c7")?.id);
    expect(eventOf(alignment, "k4:c2")?.id).toBe(eventOf(alignment, "f1:c8")?.id);
    const claim = alignment.claims.find((c) => c.id === "k4:c1")!;
    expect(claim.date).toEqual({
      earliest: "2024-08-07",
      latest: "2024-08-07",
      text: "Wednesday",
      inferred: true,
    });
  });

  it("infers the publication day of an undated article from the weekday of the event it reports", () => {
    const article = alignment.articles.find((a) => a.id === "k4")!;
    expect(article.publishedAt).toBe("2024-08-07");
    expect(article.publishedAtSource).toBe("inferred");
    expect(article.warnings.join(" ")).toMatch(/Wednesday/);
  });

  it("uses a report's publication day as a window for an undated report of what happened", () => {
    expect(eventOf(alignment, "h3:c1")?.date?.earliest).toBe("2024-11-05");
    expect(alignment.claims.find((c) => c.id === "h3:c1")?.date?.inferred).toBe(true);
  });

  it("joins a traveller-only planned visit to the meeting held during the visit", () => {
    const result = alignClaims(
      [
        buildArticle({
          id: "p1",
          publishedAt: "2024-06-11",
          entities: CAST,
          claims: [
            {
              type: "visit",
              participants: ["dalla"],
              date: ["2024-06-12", "2024-06-16"],
              location: "valdoria",
              modality: "planned",
            },
          ],
        }),
        buildArticle({
          id: "p2",
          publishedAt: "2024-06-20",
          entities: CAST,
          claims: [
            { participants: ["dalla", "berg"], date: "2024-06-14", location: "palace" },
            { type: "talks", participants: ["dalla", "varga"], date: "2024-06-14" },
          ],
        }),
      ],
      { gazetteer },
    );
    expect(eventOf(result, "p1:c1")?.claimIds).toEqual(["p1:c1", "p2:c1"]);
    expect(eventOf(result, "p1:c1")?.type).toBe("meeting");
  });

  it("gives events stable readable ids sorted by date", () => {
    expect(alignment.events[0]!.id).toBe("event:2024-02-12:anna-berg+marco-dalla:1");
    const days = alignment.events.map((event) => event.date?.earliest ?? "9999");
    expect([...days].sort()).toEqual(days);
  });
});

describe("alignClaims: sources", () => {
  it("groups wire copies (same agency, near-identical text) and leaves other articles alone", () => {
    const fingerprint = Array.from({ length: 64 }, (_, index) => index * 7919);
    const nearly = fingerprint.map((value, index) => (index % 5 === 0 ? value + 1 : value));
    const alignment = alignClaims(
      [
        buildArticle({ id: "w1", wire: ["AGP"], fingerprint, entities: CAST, claims: [] }),
        buildArticle({ id: "w2", wire: ["AGP"], fingerprint: nearly, entities: CAST, claims: [] }),
        buildArticle({ id: "w3", wire: ["AGP"], entities: CAST, claims: [] }),
      ],
      { gazetteer },
    );
    expect(alignment.sourceGroups).toHaveLength(1);
    expect(alignment.sourceGroups[0]!.articleIds).toEqual(["w1", "w2"]);
    expect(alignment.sourceGroups[0]!.reason).toMatch(/AGP/);
  });
});

describe("alignClaims: determinism and cost", () => {
  it("gives identical output for shuffled input", () => {
    const articles = envoyScenario();
    const forward = alignClaims(articles, { gazetteer });
    const backward = alignClaims([...articles].reverse(), { gazetteer });
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    expect(JSON.stringify(reconcile(backward))).toBe(JSON.stringify(reconcile(forward)));
  });

  it("compares only claims that share participants and months", () => {
    const articles = Array.from({ length: 40 }, (_, index) =>
      buildArticle({
        id: `n${String(index).padStart(2, "0")}`,
        entities: { a: ["person", `Person${index} One`], b: ["person", `Person${index} Two`] },
        claims: [{ participants: ["a", "b"], date: `2024-0${1 + (index % 9)}-10` }],
      }),
    );
    expect(alignClaims(articles, { gazetteer }).comparisons).toBe(0);
  });

  it("never throws on odd input", () => {
    const odd = buildArticle({
      id: "odd",
      entities: {},
      claims: [{ participants: ["ghost"], date: "not-a-day" }],
    });
    expect(() => alignClaims([odd], { gazetteer })).not.toThrow();
  });

  it("reads an interval that ends before it starts, across a month, as no date instead of throwing", () => {
    const inverted = buildArticle({
      id: "inv",
      entities: { r: ["person", "Tomás Reyes"], b: ["person", "Anna Berg", "anna-berg"] },
      claims: [
        { participants: ["r", "b"], date: ["2024-05-01", "2024-01-30"] },
        { participants: ["r", "b"], date: "2024-03-01" },
      ],
    });
    expect(() => alignClaims([inverted], { gazetteer })).not.toThrow();
  });
});

describe("alignClaims: places", () => {
  it("puts a place the gazetteer cannot place inside the place whose whole name opens its name", () => {
    const alignment = alignClaims(
      [
        buildArticle({
          id: "a1",
          entities: {
            r: ["person", "Tomás Reyes"],
            b: ["person", "Anna Berg", "anna-berg"],
            n: ["place", "Norvik", "norvik"],
            h: ["place", "Norvik Harbour Hall"],
          },
          claims: [
            { participants: ["r", "b"], date: "2024-03-14", location: "h" },
            { participants: ["r", "b"], date: "2024-03-14", location: "n" },
          ],
        }),
      ],
      { gazetteer },
    );
    const hall = alignment.entities.find((entity) => entity.name === "Norvik Harbour Hall");
    const norvik = alignment.entities.find((entity) => entity.name === "Norvik");
    expect(hall && norvik && alignment.placeParents[hall.id]).toBe(norvik?.id);
  });
});

describe("alignClaims: weekdays", () => {
  it("never joins a claim told only by its weekday to an event dated to another weekday", () => {
    const entities: Record<string, ["person" | "place", string, string?]> = {
      r: ["person", "Tomás Reyes"],
      b: ["person", "Anna Berg", "anna-berg"],
      n: ["place", "Norvik", "norvik"],
    };
    const alignment = alignClaims(
      [
        buildArticle({
          id: "dated",
          publishedAt: "2018-07-09",
          entities,
          // Monday 9 July 2018.
          claims: [{ participants: ["r", "b"], date: "2018-07-09", location: "n" }],
        }),
        buildArticle({
          id: "undated",
          publishedAt: null,
          entities,
          claims: [{ participants: ["r", "b"], weekday: 0, dateText: "Sunday", location: "n" }],
        }),
      ],
      { gazetteer },
    );
    expect(eventOf(alignment, "undated:c1")?.claimIds).toEqual(["undated:c1"]);
    const undated = alignment.claims.find((claim) => claim.id === "undated:c1");
    expect(undated?.date).toBeNull();
  });
});

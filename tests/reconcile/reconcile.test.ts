import { describe, expect, it } from "vitest";
import { alignClaims } from "../../src/align/index.js";
import { defaultRules, type Rule, reconcile } from "../../src/reconcile/index.js";
import type { ArticleExtraction } from "../../src/schema/document.js";
import type { Finding } from "../../src/schema/finding.js";
import { buildArticle, CAST, testGazetteer } from "../align/builders.js";
import { envoyScenario } from "../align/scenario-envoy.js";

const gazetteer = testGazetteer();

function findings(articles: ArticleExtraction[]): Finding[] {
  return reconcile(alignClaims(articles, { gazetteer })).findings;
}

function meeting(
  id: string,
  outlet: string,
  extra: Partial<Parameters<typeof buildArticle>[0]["claims"][number]>,
  wire: string[] = [],
) {
  return buildArticle({
    id,
    outlet,
    wire,
    publishedAt: "2024-03-15",
    entities: CAST,
    claims: [{ participants: ["berg", "dalla"], date: "2024-03-14", ...extra }],
  });
}

function only(list: Finding[], attribute: string): Finding[] {
  return list.filter((finding) => finding.attribute === attribute);
}

/** A second outlet's report of a Berg–Dalla meeting six weeks before the one {@link meeting} builds. */
function earlierMeeting(): ArticleExtraction {
  return buildArticle({
    id: "b",
    outlet: "Courier",
    wire: [],
    publishedAt: "2024-02-02",
    entities: CAST,
    claims: [{ participants: ["berg", "dalla"], date: "2024-02-01", text: "Berg met Dalla." }],
  });
}

describe("reconcile: count coverage", () => {
  it("does not read a history the articles do not cover ('the 16th meeting' against two) as a discrepancy", () => {
    const result = only(
      findings([
        meeting("a", "Northwire", { ordinal: [16, "the 16th meeting"], text: "It was the 16th meeting." }),
        earlierMeeting(),
      ]),
      "count",
    );
    expect(result).toEqual([]);
  });

  it("does not check a count whose scope the timeline cannot place (not even the event itself counts)", () => {
    const result = only(
      findings([
        meeting("a", "Northwire", {
          ordinal: [1, "their first meeting in Japan"],
          text: "It was their first meeting in Japan.",
        }),
      ]),
      "count",
    );
    expect(result.filter((finding) => finding.kind === "discrepancy")).toEqual([]);
  });

  it("reads a count one above the timeline, with nothing on record to explain it, as a low discrepancy", () => {
    const [finding] = only(
      findings([
        meeting("a", "Northwire", { ordinal: [2, "the second meeting"], text: "It was the second meeting." }),
      ]),
      "count",
    );
    expect(finding).toMatchObject({ kind: "discrepancy", severity: "low" });
    expect(finding!.message).toContain("none of these sources reports the earlier meeting");
  });

  it("does not check a count from a point the timeline cannot place ('the first meeting since the election')", () => {
    const result = only(
      findings([
        meeting("a", "Northwire", {
          ordinal: [1, "their first meeting"],
          text: "It was their first meeting since the election.",
        }),
        earlierMeeting(),
      ]),
      "count",
    );
    expect(result).toEqual([]);
  });

  it("counts days in a row as one trip (arriving on the 4th, meeting on the 5th)", () => {
    const trip = buildArticle({
      id: "b",
      outlet: "Courier",
      publishedAt: "2024-03-14",
      entities: CAST,
      claims: [{ type: "visit", participants: ["berg"], date: "2024-03-13", location: "norvik" }],
    });
    const visit = meeting("a", "Northwire", {
      location: "norvik",
      ordinal: [1, "her first trip to Norvik"],
      text: "It was her first trip to Norvik.",
    });
    expect(only(findings([visit, trip]), "count").filter((f) => f.kind === "discrepancy")).toEqual([]);
  });

  it("counts a summit held over days in a row once ('their second summit': a dinner, then talks)", () => {
    const dinner = buildArticle({
      id: "c",
      outlet: "Ledger",
      publishedAt: "2024-03-14",
      entities: CAST,
      claims: [
        { participants: ["berg", "dalla"], date: "2024-03-13", text: "Berg and Dalla met for dinner." },
      ],
    });
    const summit = meeting("a", "Northwire", {
      ordinal: [2, "their second summit"],
      text: "It was their second summit.",
    });
    expect(only(findings([summit, dinner, earlierMeeting()]), "count")).toEqual([]);
  });

  it("does not read a lower count of a kind the timeline cannot tell apart ('second informal summit') as a discrepancy", () => {
    const informal = meeting("a", "Northwire", {
      ordinal: [1, "their first informal summit"],
      text: "It was their first informal summit.",
    });
    expect(only(findings([informal, earlierMeeting()]), "count")).toEqual([]);
  });

  it("still reports a count the articles exceed ('first meeting' with an earlier one on record)", () => {
    const result = only(
      findings([
        meeting("a", "Northwire", {
          ordinal: [1, "their first meeting"],
          text: "It was their first meeting.",
        }),
        earlierMeeting(),
      ]),
      "count",
    );
    expect(result.map((finding) => finding.kind)).toEqual(["discrepancy"]);
  });
});

describe("reconcile: duration", () => {
  it("reads a hedged value that contains an exact one as agreement", () => {
    const result = only(
      findings([
        meeting("a", "Northwire", {
          duration: [165, 195, "about three hours"],
          text: "The talks lasted about three hours.",
        }),
        meeting("b", "Courier", { duration: [180, 180, "three hours"], text: "They met for three hours." }),
      ]),
      "duration",
    );
    expect(result.map((finding) => finding.kind)).toEqual(["agreement"]);
    expect(result[0]!.evidence?.map((item) => item.quote)).toEqual(["about three hours", "three hours"]);
  });

  it("reports durations that do not overlap as a high discrepancy quoting both outlets", () => {
    const [finding] = only(
      findings([
        meeting("a", "Northwire", {
          duration: [180, 240, "three to four hours"],
          text: "It lasted three to four hours.",
        }),
        meeting("b", "Courier", { duration: [90, 90, "90 minutes"], text: "They spoke for 90 minutes." }),
      ]),
      "duration",
    );
    expect(finding).toMatchObject({ kind: "discrepancy", severity: "high", articleIds: ["a", "b"] });
    expect(finding!.message).toBe(
      'Duration differs for the Berg–Dalla meeting on 2024-03-14: Northwire says "three to four hours" and Courier says "90 minutes".',
    );
  });

  it("counts wire copies once: two copies alone are a single source, and the message says so", () => {
    const copies = [
      meeting("a", "Daily Ledger", { duration: [120, 120, "two hours"], text: "They met for two hours." }, [
        "AGP",
      ]),
      meeting("b", "Evening Star", { duration: [120, 120, "two hours"], text: "They met for two hours." }, [
        "AGP",
      ]),
    ];
    const fingerprint = Array.from({ length: 64 }, (_, index) => index);
    for (const copy of copies) copy.fingerprint = fingerprint;
    expect(only(findings(copies), "duration").map((finding) => finding.kind)).toEqual(["single-source"]);
    const withOther = only(
      findings([
        ...copies,
        meeting("c", "Courier", { duration: [100, 130, "about two hours"], text: "about two hours" }),
      ]),
      "duration",
    );
    expect(withOther[0]!.kind).toBe("agreement");
    expect(withOther[0]!.message).toMatch(/AGP copy in Daily Ledger and Evening Star counted once/);
  });
});

describe("reconcile: place, participants, occurrence", () => {
  it("sees no discrepancy in a place at another granularity, and a medium one in places apart", () => {
    const contained = findings([
      meeting("a", "Northwire", { location: "palace" }),
      meeting("b", "Courier", { location: "norvik" }),
    ]);
    expect(only(contained, "location")).toEqual([]);
    const apart = only(
      findings([
        meeting("a", "Northwire", { location: "norvik" }),
        meeting("b", "Courier", { location: "porto" }),
      ]),
      "location",
    );
    expect(apart[0]).toMatchObject({ kind: "discrepancy", severity: "medium" });
  });

  it("reports no place finding for a site the gazetteer cannot place beside a city it can", () => {
    const lodge = buildArticle({
      id: "b",
      outlet: "Courier",
      publishedAt: "2024-03-15",
      entities: { ...CAST, lodge: ["place", "Vesta Lodge"] },
      claims: [{ participants: ["berg", "dalla"], date: "2024-03-14", location: "lodge" }],
    });
    const result = findings([meeting("a", "Northwire", { location: "norvik" }), lodge]);
    expect(only(result, "location")).toEqual([]);
  });

  it("reports a participant named by one source only as a low discrepancy", () => {
    const result = only(
      findings([
        meeting("a", "Northwire", {}),
        meeting("b", "Courier", { participants: ["berg", "dalla", "reyes"] }),
      ]),
      "participants",
    );
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ kind: "discrepancy", severity: "low", articleIds: ["a", "b"] });
    expect(result[0]!.message).toMatch(/Tomas Reyes is named by Courier but not by Northwire/);
  });

  it("names the event after the participants most reports agree on", () => {
    const [finding] = only(
      findings([
        meeting("a", "Northwire", {}),
        meeting("b", "Courier", {}),
        meeting("c", "Ledger", { participants: ["berg", "dalla", "reyes"] }),
      ]),
      "participants",
    );
    expect(finding!.message).toMatch(/^Participants differ for the Berg–Dalla meeting on 2024-03-14:/);
  });

  it("reads silence as unconfirmed, not as a denial", () => {
    const result = findings([meeting("a", "Northwire", { modality: "unconfirmed", attribution: "dalla" })]);
    expect(result.map((finding) => [finding.kind, finding.attribute])).toEqual([
      ["unconfirmed", "occurrence"],
    ]);
    expect(result[0]!.message).toMatch(/Marco Dalla's word/);
  });

  it("reports a denial against a report of the event as a high discrepancy", () => {
    const result = only(
      findings([meeting("a", "Northwire", {}), meeting("b", "Courier", { modality: "denied" })]),
      "occurrence",
    );
    expect(result[0]).toMatchObject({ kind: "discrepancy", severity: "high" });
  });
});

describe("reconcile: plans", () => {
  const plan = buildArticle({
    id: "a",
    outlet: "Northwire",
    publishedAt: "2024-03-10",
    entities: CAST,
    claims: [{ participants: ["berg", "dalla"], date: "2024-03-14", modality: "planned" }],
  });

  it("reports a plan that a later report says took place as fulfilled", () => {
    const later = {
      ...meeting("b", "Courier", {}),
      article: { ...meeting("b", "Courier", {}).article, publishedAt: "2024-03-15" },
    };
    const result = only(findings([plan, later]), "occurrence");
    expect(result.map((finding) => finding.kind)).toEqual(["plan-fulfilled"]);
  });

  it("reports a plan that a later report denies as unfulfilled, with low severity", () => {
    const denial = buildArticle({
      id: "b",
      outlet: "Courier",
      publishedAt: "2024-03-20",
      entities: CAST,
      claims: [{ participants: ["berg", "dalla"], date: "2024-03-14", modality: "denied" }],
    });
    const result = only(findings([plan, denial]), "occurrence");
    expect(result.map((finding) => [finding.kind, finding.severity])).toEqual([["plan-unfulfilled", "low"]]);
  });

  it("notes a plan that later coverage of its participants never reports as held, as info", () => {
    const unrelated = buildArticle({
      id: "b",
      outlet: "Courier",
      publishedAt: "2024-04-02",
      entities: CAST,
      claims: [{ participants: ["berg", "varga"], date: "2024-04-01" }],
    });
    const [finding] = only(findings([plan, unrelated]), "occurrence");
    expect(finding).toMatchObject({ kind: "plan-unfulfilled", severity: "info", articleIds: ["a", "b"] });
    expect(finding!.message).toBe(
      "The Berg–Dalla meeting on 2024-03-14 announced by Northwire is not reported as held by any source, though later reports by Courier (published after 2024-03-21) cover its participants.",
    );
  });
});

describe("reconcile: the envoy season", () => {
  const alignment = alignClaims(envoyScenario(), { gazetteer });
  const result = reconcile(alignment);

  it("checks a scoped count against the timeline and names the trip that makes it differ", () => {
    const count = result.findings.find(
      (finding) => finding.attribute === "count" && finding.kind === "discrepancy",
    )!;
    expect(count.articleIds).toEqual(["f1", "k4"]);
    expect(count.message).toBe(
      'Count differs for the Berg–Dalla meeting on 2024-08-07: Evening Star says "fifth trip to Norvik" but the timeline has 4 trips in Norvik up to and including it: the 2024-04-10 trip was to Porto Celeste.',
    );
  });

  it("agrees on a count that holds only with the unconfirmed meeting, and says so", () => {
    const count = result.findings.find(
      (finding) => finding.attribute === "count" && finding.kind === "agreement",
    )!;
    expect(count.articleIds).toEqual(["f1", "h3"]);
    expect(count.message).toMatch(/holds only if the unconfirmed 2024-02-12 meeting is counted/);
  });

  it("gives every finding a content-derived id, one readable sentence and evidence", () => {
    for (const finding of result.findings) {
      expect(finding.id).toMatch(new RegExp(`^${finding.rule}-[0-9a-f]{8}$`));
      expect(finding.message).toMatch(/\.$/);
      expect(finding.evidence?.length).toBeGreaterThan(0);
    }
    expect(new Set(result.findings.map((finding) => finding.id)).size).toBe(result.findings.length);
  });

  it("builds a timeline per participant pair in date order", () => {
    const row = result.timeline.find(
      (entry) => entry.participants.join() === "person:anna-berg,person:marco-dalla",
    )!;
    expect(row.entries.map((entry) => [entry.date?.earliest, entry.status])).toEqual([
      ["2024-02-12", "unconfirmed"],
      ["2024-03-14", "occurred"],
      ["2024-04-10", "occurred"],
      ["2024-06-19", "occurred"],
      ["2024-08-07", "occurred"],
      ["2024-11-05", "occurred"],
    ]);
  });

  it("runs the rules it is given, in order", () => {
    const custom: Rule = {
      meta: {
        id: "every-event",
        description: "one finding per event",
        messages: { seen: "Seen {{event}}." },
      },
      check(context) {
        for (const { event, claims } of context.events) {
          context.report({
            messageId: "seen",
            data: { event: context.describeEvent(event) },
            kind: "single-source",
            attribute: "test",
            severity: "info",
            event,
            claims,
          });
        }
      },
    };
    const own = reconcile(alignment, { rules: [custom] });
    expect(own.findings).toHaveLength(alignment.events.length);
    expect(own.findings[0]!.message).toBe("Seen Berg–Dalla meeting on 2024-02-12.");
    expect(defaultRules().map((rule) => rule.meta.id)).toContain("count");
  });
});

describe("reconcile: failing rules", () => {
  it("skips a rule that throws, keeps the other rules' findings, and says which rule failed and why", () => {
    const alignment = alignClaims(
      [meeting("a", "Northwire", { duration: [60, 60, "an hour"] }), meeting("b", "Southpost", {})],
      { gazetteer },
    );
    const broken: Rule = {
      meta: { id: "broken", description: "Always fails.", messages: {} },
      check() {
        throw new Error("no such attribute");
      },
    };
    const expected = reconcile(alignment);
    const result = reconcile(alignment, { rules: [broken, ...defaultRules()] });
    expect(result.findings).toEqual(expected.findings);
    expect(expected.warnings).toEqual([]);
    expect(result.warnings).toEqual([
      { source: "rule:broken", message: 'rule "broken" failed and was skipped: no such attribute' },
    ]);
  });
});

describe("reconcile: split-date", () => {
  const told = (id: string, outlet: string, date: string, dateText: string) =>
    buildArticle({
      id,
      outlet,
      wire: [],
      publishedAt: "2024-03-16",
      entities: CAST,
      claims: [{ participants: ["berg", "dalla"], date, dateText, text: `Berg met Dalla on ${dateText}.` }],
    });

  it("flags the same people met on neighbouring days by sources that never tell both days", () => {
    const result = findings([
      told("a", "Northwire", "2024-03-14", "Thursday night"),
      told("b", "Courier", "2024-03-15", "Friday"),
    ]).filter((finding) => finding.rule === "split-date");
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ kind: "discrepancy", attribute: "date", severity: "medium" });
    expect(result[0]?.message).toContain('Northwire says "Thursday night (2024-03-14)"');
    expect(result[0]?.message).toContain('Courier says "Friday (2024-03-15)"');
  });

  it("leaves two days alone when a source tells both (the people met twice)", () => {
    const both = buildArticle({
      id: "c",
      outlet: "Herald",
      wire: [],
      publishedAt: "2024-03-16",
      entities: CAST,
      claims: [
        { participants: ["berg", "dalla"], date: "2024-03-14", text: "Berg met Dalla on Thursday." },
        { participants: ["berg", "dalla"], date: "2024-03-15", text: "They met again on Friday." },
      ],
    });
    const result = findings([
      told("a", "Northwire", "2024-03-14", "Thursday"),
      told("b", "Courier", "2024-03-15", "Friday"),
      both,
    ]).filter((finding) => finding.rule === "split-date");
    expect(result).toEqual([]);
  });
});

describe("reconcile: places no gazetteer places", () => {
  const atPost = (id: string, outlet: string, post: string, minutes: [number, number | null, string]) =>
    buildArticle({
      id,
      outlet,
      wire: [],
      publishedAt: "2024-03-15",
      entities: { ...CAST, post: ["place", post] },
      claims: [
        {
          participants: ["berg", "dalla"],
          date: "2024-03-14",
          location: "post",
          duration: minutes,
          text: `Berg met Dalla at ${post} for ${minutes[2]}.`,
        },
      ],
    });

  it("keeps one event across two unplaced border posts and reports its lengths apart, the places as a low finding", () => {
    const result = findings([
      atPost("a", "Northwire", "Katuna", [135, 165, "about two and a half hours"]),
      atPost("b", "Courier", "Gatuna", [180, null, "more than three hours"]),
    ]);
    expect(only(result, "duration")).toMatchObject([{ kind: "discrepancy", severity: "high" }]);
    expect(only(result, "location")).toMatchObject([{ kind: "discrepancy", severity: "low" }]);
  });
});

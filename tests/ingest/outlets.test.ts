import { describe, expect, it } from "vitest";
import { detectOutlet } from "../../src/ingest/detect-outlet.js";
import { type OutletProfile, type OutletProfileInput, OutletProfileSchema } from "../../src/schema/outlet.js";
import { ingestText, kindOf } from "./helpers.js";

function profile(input: OutletProfileInput): OutletProfile {
  return OutletProfileSchema.parse(input);
}

const BODY = "The two leaders met for three hours on Tuesday and agreed to talk again soon, officials said.";

const wireService = profile({
  id: "wire-service",
  name: "Wire Service",
  match: { domains: ["wire.example"], markers: ["^WIRE-FACTBOX\\b"] },
  wire: ["Wire Service"],
  dateline: ["^Posted at (?<date>\\d{1,2} \\w+ \\d{4})$"],
  boilerplate: [
    { kind: "related", pattern: "^Also on our wire$", extent: "rest" },
    { kind: "share", pattern: /^Tap to follow/ },
  ],
  sectionDates: ["^Stage \\d+ \\((?<date>{date})\\)$"],
});

const oldLayout = profile({
  id: "daily-old",
  name: "Daily",
  validUntil: "2019-12-31",
  match: { domains: ["daily.example"] },
  boilerplate: [{ kind: "share", pattern: "^old share line$" }],
});
const newLayout = profile({
  id: "daily-new",
  name: "Daily",
  validFrom: "2020-01-01",
  match: { domains: ["daily.example"] },
  boilerplate: [{ kind: "share", pattern: "^new share line$" }],
});

const outlets = [wireService, oldLayout, newLayout];

describe("detectOutlet", () => {
  it("chooses by name, then domain, then the earliest marker", () => {
    const clues = { names: [], host: null, head: "", publishedAt: null };
    expect(detectOutlet(outlets, { ...clues, names: ["wire service"] })?.id).toBe("wire-service");
    expect(detectOutlet(outlets, { ...clues, host: "news.wire.example" })?.id).toBe("wire-service");
    expect(detectOutlet(outlets, { ...clues, head: "WIRE-FACTBOX. Something" })?.id).toBe("wire-service");
    expect(detectOutlet(outlets, { ...clues, head: "nothing known" })).toBeNull();
  });

  it("respects validFrom and validUntil when the day is known", () => {
    const clues = { names: [], host: "daily.example", head: "" };
    expect(detectOutlet(outlets, { ...clues, publishedAt: "2018-05-01" })?.id).toBe("daily-old");
    expect(detectOutlet(outlets, { ...clues, publishedAt: "2024-05-01" })?.id).toBe("daily-new");
  });
});

describe("applying an outlet profile", () => {
  it("sets outletProfile and the outlet name, uses the profile's dateline, wire default and rules", () => {
    const text = [
      "WIRE-FACTBOX. Leaders agree to meet again",
      "Posted at 4 May 2023",
      "Tap to follow our coverage",
      BODY,
      "Stage 1 (May 2, 2023)",
      BODY.replace("Tuesday", "Monday"),
      "Also on our wire",
      `${BODY} This one is a full story, but the outlet says everything after the marker is a link list.`,
    ].join("\n");
    const document = ingestText(text, { outlets });
    expect(document.outletProfile).toBe("wire-service");
    expect(document.article).toMatchObject({
      outlet: "Wire Service",
      publishedAt: "2023-05-04",
      publishedAtSource: "text",
      wire: ["Wire Service"],
    });
    expect(kindOf(document, "Posted at")).toBe("dateline");
    expect(kindOf(document, "Tap to follow")).toBe("share");
    expect(kindOf(document, `${BODY} This one`)).toBe("related");
    const stage = document.blocks.findIndex((block) =>
      document.text.slice(block.start, block.end).startsWith("Stage 1"),
    );
    expect(document.blocks[stage]).toMatchObject({ kind: "heading", sectionDate: "2023-05-02" });
    expect(document.blocks[stage + 1]!.sectionDate).toBe("2023-05-02");
  });

  it("keeps wire credits from the text over the profile's default", () => {
    const document = ingestText(`WIRE-FACTBOX. Leaders meet\n${BODY}\nSOURCE:AFP`, { outlets });
    expect(document.article.wire).toEqual(["AFP"]);
  });

  it("chooses the profile valid on the article's day, found in its text", () => {
    const old = ingestText(
      `Leaders meet\nMarch 3, 2018\n${BODY}\nold share line\nOriginal url: https://daily.example/a`,
      { outlets },
    );
    expect(old.outletProfile).toBe("daily-old");
    expect(kindOf(old, "old share line")).toBe("share");
    const recent = ingestText(
      `Leaders meet\nMarch 3, 2024\n${BODY}\nnew share line\nOriginal url: https://daily.example/a`,
      {
        outlets,
      },
    );
    expect(recent.outletProfile).toBe("daily-new");
    expect(kindOf(recent, "new share line")).toBe("share");
    expect(recent.article.outlet).toBe("Daily");
  });

  it("does not find markers in photo captions", () => {
    const document = ingestText(`Leaders meet\nThe leaders at the summit. Photo: WIRE-FACTBOX\n${BODY}`, {
      outlets: [profile({ id: "x", name: "X", match: { markers: ["WIRE-FACTBOX"] } })],
    });
    expect(document.outletProfile).toBeNull();
  });

  it("ignores invalid patterns in a profile instead of failing", () => {
    const broken = profile({
      id: "broken",
      name: "Broken",
      match: { markers: ["(unclosed"] },
      dateline: ["[bad"],
    });
    const document = ingestText(`Leaders meet\n${BODY}`, { outlets: [broken] });
    expect(document.outletProfile).toBeNull();
  });
});

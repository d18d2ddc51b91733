import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agenciesIn } from "../../src/ingest/agencies-in.js";
import { dayFromUrl, outletForUrl } from "../../src/ingest/outlet-for-url.js";
import { parseDay } from "../../src/ingest/parse-day.js";
import { blockKinds, INGEST_FIXTURES, ingestFile, ingestText, kindOf } from "./helpers.js";

const BODY = "The two leaders met for three hours on Tuesday and agreed to talk again soon, officials said.";

describe("parseDay", () => {
  it.each([
    ["April 22, 2025", "2025-04-22"],
    ["Dec 3, 2025", "2025-12-03"],
    ["Sept. 5th, 2024", "2024-09-05"],
    ["22.04.2025", "2025-04-22"],
    ["2025/04/22", "2025-04-22"],
    ["14 Nov 2022", "2022-11-14"],
    ["3rd of March 2024", "2024-03-03"],
    ["2025-04-22T10:00:00Z", "2025-04-22"],
    ["DECEMBER 1, 2025", "2025-12-01"],
    ["3. Dezember 2025", "2025-12-03"],
    ["3. Dez. 2025", "2025-12-03"],
    ["1er décembre 2025", "2025-12-01"],
  ])("%s → %s", (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it("refuses impossible dates and dates without a year unless one is given", () => {
    expect(parseDay("31 February 2025")).toBeNull();
    expect(parseDay("April 25")).toBeNull();
    expect(parseDay("April 25", 2025)).toBe("2025-04-25");
    expect(parseDay("next Tuesday")).toBeNull();
  });
});

describe("datelines near the top", () => {
  it.each([
    ["April 22, 2025", "2025-04-22"],
    ["Dec 3, 2025, 5:19 am", "2025-12-03"],
    ["22.04.2025", "2025-04-22"],
    ["2025/04/22", "2025-04-22"],
    ["Published: 14 Nov 2022", "2022-11-14"],
    ["Updated 3 March 2024", "2024-03-03"],
    ["2025-04-22T10:00:00Z", "2025-04-22"],
    ["Tue 22 Apr 2025 10.23 BST", "2025-04-22"],
    ["Published On 22 Apr 2025", "2025-04-22"],
    ["Last updated: Monday, 21 April 2025, 18:02 GMT", "2025-04-21"],
    ["By Anna Keller | April 22, 2025", "2025-04-22"],
    ["By Anna Keller 22 April 2025", "2025-04-22"],
    ["By Anna Keller | Updated 10:05 AM EST, December 2, 2025", "2025-12-02"],
    ["Updated 3:05 PM GMT+1, December 2, 2025", "2025-12-02"],
    ["Monday 1 December 2025 14.05 GMT", "2025-12-01"],
    ["Last Updated: December 1, 2025 at 3:00 PM EST", "2025-12-01"],
    ["1 December 2025 • 3 min read", "2025-12-01"],
    ["Mittwoch, 3. Dezember 2025, 05:19 Uhr", "2025-12-03"],
    ["Publié le 3 décembre 2025 à 10h20", "2025-12-03"],
    ["Anna Keller · Evening Courier · Posted: Nov 30, 2024 7:12 AM EST", "2024-11-30"],
    ["Anna Keller | Evening Courier | December 2, 2025", "2025-12-02"],
  ])("%s", (line, day) => {
    const document = ingestText(`Leaders agree to meet again\n${line}\n${BODY}`);
    expect(document.article).toMatchObject({ publishedAt: day, publishedAtSource: "text" });
    expect(document.blocks[1]!.boilerplate).toBe(true);
  });

  it("takes no date from a sentence, nor from a date far down the article", () => {
    const inSentence = ingestText(`On April 22, 2025, the two leaders met.\n${BODY}`);
    expect(inSentence.article.publishedAt).toBeNull();
    const far = ingestText(`${`${BODY}\n`.repeat(40)}April 22, 2025\n`);
    expect(far.article.publishedAt).toBeNull();
  });

  it("splits a dateline with a place, its country and a date off its paragraph", () => {
    const document = ingestText(
      "Leaders push dam\n\nVictoria Falls, Zimbabwe, 9 February 2023 (AFP) – President Tendai Moyo hosted his counterpart on Thursday.\n",
    );
    expect(document.article.publishedAt).toBe("2023-02-09");
    expect(document.blocks.some((block) => block.kind === "dateline")).toBe(true);
  });

  it("splits a dateline with a place and a date off its paragraph, whatever agency it credits", () => {
    const document = ingestText(
      "Leaders review peace process\n\nLuanda, 11.03.2024 (ANGOP) - President Amaro Neto received his counterpart on Monday.\n",
    );
    expect(document.article.publishedAt).toBe("2024-03-11");
    const paragraph = document.blocks.find((block) => block.kind === "paragraph");
    expect(document.text.slice(paragraph!.start, paragraph!.end)).toBe(
      "President Amaro Neto received his counterpart on Monday.",
    );
  });

  it("reads a wire dateline: place, date, agency; the year comes from the URL", () => {
    const document = ingestFile(join(INGEST_FIXTURES, "wire-dateline.txt"));
    expect(document.article.wire).toEqual(["Reuters"]);
    expect(document.article.publishedAt).toBeNull();
    expect(kindOf(document, "WARSAW, March 12 (Reuters) -")).toBe("dateline");
    expect(kindOf(document, "The prime ministers")).toBe("paragraph");
    expect(kindOf(document, "Reporting by")).toBe("credit");
    const dated = ingestText(
      "MOSCOW, April 25 (Reuters) - The talks lasted three hours, the Kremlin said.\nOriginal url: https://example.org/2025/04/25/talks",
    );
    expect(dated.article).toMatchObject({ publishedAt: "2025-04-25", wire: ["Reuters"] });
    const ap = ingestText("KYIV, Ukraine (AP) — The talks lasted three hours, officials said.");
    expect(ap.article.wire).toEqual(["AP"]);
  });

  it("reads mixed-case and bracketless wire datelines as datelines of their own", () => {
    const afp = ingestText(
      "Kyiv, 22 May 2022 (AFP) – The two presidents talked for over an hour, an aide said.",
    );
    expect(afp.article).toMatchObject({ publishedAt: "2022-05-22", wire: ["AFP"] });
    expect(kindOf(afp, "Kyiv, 22 May 2022 (AFP) –")).toBe("dateline");
    const bare = ingestText(
      "ASTANA. December 22. KAZINFORM – The two presidents held talks, the press service said.",
    );
    expect(bare.article.publishedAt).toBeNull();
    expect(kindOf(bare, "ASTANA. December 22. KAZINFORM –")).toBe("dateline");
    expect(kindOf(bare, "The two presidents held talks")).toBe("paragraph");
  });

  it("reads a dateline filed from two places ('VIENNA/DUBAI, March 4 (Reuters) -')", () => {
    const joint = ingestText(
      "VIENNA/DUBAI, March 4 (Reuters) - The agency chief met the president on Saturday.",
    );
    expect(joint.article.wire).toEqual(["Reuters"]);
    expect(kindOf(joint, "VIENNA/DUBAI, March 4 (Reuters) -")).toBe("dateline");
  });

  it("front matter wins over the text", () => {
    const document = ingestFile(join(INGEST_FIXTURES, "front-matter.md"));
    expect(document.article).toEqual({
      id: "ministers-vienna",
      source: join(INGEST_FIXTURES, "front-matter.md"),
      url: "https://news.example.org/2024/03/05/ministers-meet-vienna",
      outlet: "Example Daily",
      publishedAt: "2024-03-05",
      publishedAtSource: "metadata",
      wire: [],
      warnings: [],
    });
    expect(document.blocks[0]).toMatchObject({ kind: "metadata", boilerplate: true });
    expect(kindOf(document, "Foreign ministers meet in Vienna")).toBe("headline");
  });
});

describe("wire credits", () => {
  it.each([
    ["SOURCE:AFP", ["AFP"]],
    ["Source: Reuters, AFP", ["Reuters", "AFP"]],
    ["(sda/dpa/con)", ["sda", "dpa"]],
    ["(AP)", ["AP"]],
    ["— Reuters", ["Reuters"]],
    ["/ AFP", ["AFP"]],
    ["© 2025 The Associated Press. All rights reserved.", ["AP"]],
    ["Reuters contributed to this report.", ["Reuters"]],
    ["(with AFP)", ["AFP"]],
  ])("%s", (line, wire) => {
    const document = ingestText(`Leaders agree to meet again\n${BODY}\n${line}`);
    expect(document.article.wire).toEqual(wire);
  });

  it("reads a credit at the end of the last paragraph and splits it off", () => {
    const document = ingestText(`${BODY} (dpa/AFP/mk)`);
    expect(document.article.wire).toEqual(["dpa", "AFP"]);
    expect(document.blocks.map((block) => document.text.slice(block.start, block.end))).toEqual([
      BODY,
      "(dpa/AFP/mk)",
    ]);
    const dash = ingestText(`${BODY} — Reuters`);
    expect(dash.article.wire).toEqual(["Reuters"]);
  });

  it("takes agencies from a byline", () => {
    expect(ingestText(`By Jane Doe, The Associated Press\n${BODY}`).article.wire).toEqual(["AP"]);
  });

  it("never counts photo credits or agencies named in running text", () => {
    const captions = [
      "U.S. Special Envoy Steve Witkoff. Ludovic Marin / AP / TASS",
      "The minister arrives for the talks [FILE]. / Reuters",
      "Leaders shake hands. REUTERS/Evgenia Novozhenina",
      "The delegation at the airport. Photo: AFP",
      "Leaders at the summit. Image: keystone",
    ];
    for (const caption of captions) {
      const document = ingestText(`Leaders agree to meet again\n${caption}\n${BODY}`);
      expect(document.article.wire, caption).toEqual([]);
      expect(kindOf(document, caption.slice(0, 12)), caption).toBe("caption");
    }
    const running = ingestText(
      `An aide told the Interfax news agency (Interfax) that talks went well, AFP reported.\n${BODY}`,
    );
    expect(running.article.wire).toEqual([]);
  });

  it("maps agency names and drops editors' initials", () => {
    expect(agenciesIn("sda/dpa/con")).toEqual(["sda", "dpa"]);
    expect(agenciesIn("Agence France-Presse and Reuters")).toEqual(["AFP", "Reuters"]);
    expect(agenciesIn("TRT World and agencies")).toEqual([]);
  });
});

describe("URLs and outlets", () => {
  it("reads Original url lines, the URL on the same or the next line", () => {
    expect(
      ingestText(`${BODY}\nOriginal url: https://www.theguardian.com/world/2025/aug/06/talks`).article,
    ).toMatchObject({
      url: "https://www.theguardian.com/world/2025/aug/06/talks",
      outlet: "The Guardian",
    });
    expect(ingestText(`${BODY}\nOriginal url:\n\nhttps://tass.com/politics/123`).article).toMatchObject({
      url: "https://tass.com/politics/123",
      outlet: "TASS",
    });
  });

  it("names outlets from their domains, the longest domain first", () => {
    expect(outletForUrl("https://www.themoscowtimes.com/2025/04/22/a")).toBe("The Moscow Times");
    expect(outletForUrl("https://www.bbc.co.uk/news/world-1")).toBe("BBC");
    expect(outletForUrl("https://edition.cnn.com/2025/01/01/x")).toBe("CNN");
    expect(outletForUrl("https://www.trtworld.com/a")).toBe("TRT World");
    expect(outletForUrl("https://apnews.com/article/x")).toBe("AP");
    expect(outletForUrl("https://notanoutlet.example/a")).toBeNull();
    expect(outletForUrl("not a url")).toBeNull();
  });

  it("dates an article from its URL when nothing else does", () => {
    expect(dayFromUrl("https://example.org/2025/04/22/talks")).toBe("2025-04-22");
    expect(dayFromUrl("https://example.org/news/2025-02-30-talks")).toBeNull();
    const document = ingestText(`${BODY}\nOriginal url: https://example.org/2025/04/22/talks`);
    expect(document.article).toMatchObject({ publishedAt: "2025-04-22", publishedAtSource: "text" });
  });
});

describe("block kinds", () => {
  it.each([
    ["Share this article", "share"],
    ["Sign up for our daily newsletter", "share"],
    ["Advertisement", "metadata"],
    ["5 min read", "metadata"],
    ["By Anna Keller and John Smith", "byline"],
    ["Read more: Leaders meet again", "related"],
    ["Reporting by Jan Kowalski; Editing by Mark Green", "credit"],
    ["***", "metadata"],
  ])("%s → %s", (line, kind) => {
    const document = ingestText(`Leaders agree to meet again\n${BODY}\n${line}\n${BODY} Again.`);
    expect(kindOf(document, line)).toBe(kind);
  });

  it("ends a related list at the first block that reads like body text", () => {
    const document = ingestText(
      `Leaders agree to meet again\n${BODY}\nMost read\nA story title\nAnother title\n${BODY} Still body.`,
    );
    expect(kindOf(document, "A story title")).toBe("related");
    expect(kindOf(document, `${BODY} Still body.`)).toBe("paragraph");
  });

  it("reads a Markdown bold 'Related stories' line as the head of a related list", () => {
    const document = ingestText(
      `---\ntitle: Leaders agree to meet again\n---\n\n${BODY}\n\n---\n**Related stories**\n- Leader meets neighbour before summit\n- Premier meets envoy on sidelines`,
      { extension: ".md" },
    );
    expect(kindOf(document, "**Related stories**")).toBe("related");
    expect(kindOf(document, "- Leader meets neighbour before summit")).toBe("related");
  });

  it("dates sections under dated headings", () => {
    const document = ingestFile(join(INGEST_FIXTURES, "section-dates.txt"));
    const dated = document.blocks.map((block) => [
      document.text.slice(block.start, block.start + 12),
      block.sectionDate ?? null,
    ]);
    expect(dated).toEqual([
      ["Timeline: th", null],
      ["The envoy ha", null],
      ["First trip –", "2024-01-14"],
      ["He arrived i", "2024-01-14"],
      ["Second trip ", "2024-03-03"],
      ["This time th", "2024-03-03"],
    ]);
  });
});

describe("credit lines without a dateline", () => {
  it("reads 'Additional reporting by' credits that name an agency", () => {
    const document = ingestText(`Leaders agree to meet again\n${BODY}\nAdditional reporting by Reuters`);
    expect(document.article.wire).toEqual(["Reuters"]);
  });
});

describe("more wire datelines", () => {
  it.each([
    ["MOSCOW, December 2. /TASS/. The talks lasted five hours, an aide said.", ["TASS"]],
    ["Berlin (dpa) - The talks lasted five hours, an aide said.", ["dpa"]],
    ["BEIJING, Dec. 2 (Xinhua) -- The talks lasted five hours, an aide said.", ["Xinhua"]],
  ])("%s", (line, wire) => {
    const document = ingestText(`Leaders agree to meet again\n${line}`);
    expect(document.article.wire).toEqual(wire);
    expect(document.blocks.at(-1)!.kind).toBe("paragraph");
    expect(document.text.slice(document.blocks.at(-1)!.start, document.blocks.at(-1)!.end)).toBe(
      "The talks lasted five hours, an aide said.",
    );
  });

  it("does not take a capitalised word before brackets in a sentence for a dateline", () => {
    const document = ingestText(
      "Leaders agree to meet again\nPutin (right) met the envoy - and talked for hours.",
    );
    expect(document.article.wire).toEqual([]);
  });
});

describe("boilerplate of other outlets", () => {
  it.each([
    ["Image caption, The envoy arrives at the Kremlin", "caption"],
    ["Image source, Getty Images", "caption"],
    ["FILE - The envoy arrives at the Kremlin in Moscow, Russia, on April 11, 2025.", "caption"],
    ["The envoy arrives in Moscow. Photograph: Alexander Kazakov/AP", "caption"],
    [
      "The envoy in Moscow, November 27, 2025. Sputnik/Alexander Kazakov/Pool via REUTERS/File Photo",
      "caption",
    ],
    ["Purchase Licensing Rights, opens new tab", "metadata"],
    ["Skip to main content", "metadata"],
    ["Story continues below advertisement", "metadata"],
  ])("%s → %s", (line, kind) => {
    const document = ingestText(`Leaders agree to meet again\n${BODY}\n${line}\n${BODY} Again.`);
    expect(kindOf(document, line)).toBe(kind);
    expect(document.article.wire).toEqual([]);
  });
});

describe("section dates and publication labels", () => {
  it("does not take an 'Updated: …' line far down the page for a section heading", () => {
    const document = ingestText(
      `Leaders agree to meet again\n${`${BODY}\n`.repeat(30)}Updated: 3 March 2024\n${BODY} End.`,
    );
    expect(document.blocks.every((block) => !block.sectionDate)).toBe(true);
  });
});

describe("articles in other house styles", () => {
  it("reads a wire story: byline, reading time, updated line, wire dateline, photo credit, editing credit", () => {
    const document = ingestFile(join(INGEST_FIXTURES, "wire-style.txt"));
    expect(document.article).toMatchObject({
      publishedAt: "2024-03-14",
      publishedAtSource: "text",
      wire: ["Reuters"],
    });
    expect(blockKinds(document).map(([kind]) => kind)).toEqual([
      "headline",
      "byline",
      "metadata",
      "dateline",
      "dateline",
      "paragraph",
      "caption",
      "paragraph",
      "paragraph",
      "share",
      "credit",
      "metadata",
    ]);
  });

  it("reads a Markdown feature: headings, image, caption, topic list", () => {
    const document = ingestFile(join(INGEST_FIXTURES, "magazine-style.md"));
    expect(document.article.publishedAt).toBe("2024-03-05");
    expect(kindOf(document, "Two presidents, one table")).toBe("headline");
    expect(kindOf(document, "![The two presidents")).toBe("caption");
    expect(kindOf(document, "The two presidents at the Hofburg on Tuesday.")).toBe("caption");
    expect(kindOf(document, "What was agreed")).toBe("heading");
    expect(kindOf(document, "Slovenia")).toBe("related");
    expect(kindOf(document, "Reuse this content")).toBe("metadata");
    expect(document.article.wire).toEqual([]);
  });
});

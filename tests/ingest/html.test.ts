import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/ingest/html-to-text.js";
import { toFileSpan } from "../../src/ingest/to-file-span.js";
import { INGEST_FIXTURES, ingestFile, ingestText, kindOf } from "./helpers.js";

describe("htmlToText", () => {
  it("decodes entities and maps every character back to the file", () => {
    const html = "<p>Tom &amp; <b>Jerry</b>\r\n met&hellip; at the&nbsp;<a href='#'>Kremlin</a>.</p>";
    const { text, offsets } = htmlToText(html);
    expect(text).toBe("Tom & Jerry met… at the Kremlin.");
    expect(offsets).toHaveLength(text.length + 1);
    expect(html.slice(offsets[text.indexOf("&")]!, offsets[text.indexOf("&")]! + 5)).toBe("&amp;");
    expect(html[offsets[text.indexOf("J")]!]).toBe("J");
    expect(html[offsets[text.indexOf("K")]!]).toBe("K");
    for (let index = 1; index < offsets.length; index++)
      expect(offsets[index]!).toBeGreaterThanOrEqual(offsets[index - 1]!);
  });

  it("makes blocks of block elements and line breaks", () => {
    const { text, blocks } = htmlToText(
      "<div>One<br>Two</div><ul><li>Three</li><li>Four</li></ul><p>Five <i>and</i> six</p>",
    );
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual([
      "One",
      "Two",
      "Three",
      "Four",
      "Five and six",
    ]);
  });

  it("keeps characters outside the BMP and text that parse5 merges across a stray end tag", () => {
    const html = "<p>Flags 🇺🇦 and a</span>b</p>";
    const { text, offsets } = htmlToText(html);
    expect(text).toBe("Flags 🇺🇦 and ab");
    expect(html.slice(offsets[text.indexOf("b")]!, offsets[text.indexOf("b")]! + 1)).toBe("b");
  });

  it("reads the page's metadata", () => {
    const { metadata } = htmlToText(
      '<html><head><meta property="og:url" content="https://example.org/x"><meta property="og:site_name" content="Example">' +
        '<script type="application/ld+json">{"datePublished":"2023-06-01T08:00:00Z"}</script></head><body><p>Hi.</p></body></html>',
    );
    expect(metadata).toEqual({
      published: "2023-06-01T08:00:00Z",
      url: "https://example.org/x",
      outlet: "Example",
    });
  });
});

describe("ingesting HTML", () => {
  const document = ingestFile(join(INGEST_FIXTURES, "page-with-scripts.html"));

  it("takes metadata from the markup", () => {
    expect(document.article).toMatchObject({
      id: "page-with-scripts",
      url: "https://news.example.org/2024/03/05/ministers-meet-vienna",
      outlet: "Example Daily",
      publishedAt: "2024-03-05",
      publishedAtSource: "metadata",
      wire: [],
    });
  });

  it("marks blocks from the markup: headline, byline, caption, related list, share bar", () => {
    expect(kindOf(document, "Foreign ministers meet in Vienna |")).toBe("metadata");
    expect(kindOf(document, "Foreign ministers meet in Vienna")).toBe("metadata");
    expect(document.blocks.filter((block) => block.kind === "headline")).toHaveLength(1);
    expect(kindOf(document, "By Anna Keller")).toBe("byline");
    expect(kindOf(document, "The two ministers before the talks.")).toBe("caption");
    expect(kindOf(document, "Related stories")).toBe("related");
    expect(kindOf(document, "Trade pact signed")).toBe("related");
    expect(kindOf(document, "Share")).toBe("share");
    expect(document.text).not.toContain("Home");
    expect(document.text).not.toContain("All rights reserved");
  });

  it("maps evidence back to the original markup with toFileSpan", () => {
    const phrase = "Austria & Hungary met on Tuesday at the Hofburg";
    const start = document.text.indexOf(phrase);
    const span = toFileSpan(document, start, start + phrase.length);
    expect(span.quote).toBe("Austria &amp; Hungary met on Tuesday at the <b>Hofburg");
    expect(document.fileText.slice(span.start, span.end)).toBe(span.quote);
    const quoteStart = document.text.indexOf("“We agreed");
    const quoted = toFileSpan(document, quoteStart, quoteStart + "“We agreed on a timetable,”".length);
    expect(quoted.quote).toBe("&ldquo;We agreed on a timetable,&rdquo;");
  });

  it("segments sentences of the readable text", () => {
    const sentences = document.sentences.map((sentence) => document.text.slice(sentence.start, sentence.end));
    expect(sentences).toContain("Dr. Weber, an adviser, said the U.S. was informed.");
  });

  it("sniffs HTML content even without an .html extension, but not text with a few tags", () => {
    const page = ingestText("<!doctype html><html><body><p>Leaders met &amp; talked.</p></body></html>", {
      extension: ".txt",
    });
    expect(page.text).toBe("Leaders met & talked.");
    expect(page.offsets).not.toBeNull();
    const plain = ingestText("He <u>told</u> reporters on Monday.", { extension: ".txt" });
    expect(plain.text).toBe(plain.fileText);
    expect(plain.offsets).toBeNull();
  });

  it("uses the title as headline when there is no h1", () => {
    const page = ingestText(
      "<html><head><title>Talks in Geneva end</title></head><body><p>The talks ended.</p></body></html>",
      {
        extension: ".html",
      },
    );
    expect(kindOf(page, "Talks in Geneva end")).toBe("headline");
  });

  it("keeps a live blog's h1 ('LIVE: …') as its headline, not a teaser link", () => {
    const page = ingestText(
      "<html><head><title>Summit live</title></head><body><h1>LIVE: Summit in Astana</h1><p>Leaders gather in the capital.</p><p>Related</p><p>LIVE: Another summit</p></body></html>",
      { extension: ".html" },
    );
    expect(kindOf(page, "LIVE: Summit in Astana")).toBe("headline");
    expect(kindOf(page, "LIVE: Another summit")).not.toBe("headline");
    const text = ingestText(
      "LIVE: Asean summits in Vientiane – as it happened\n\nLeaders gather in the capital.",
    );
    expect(kindOf(text, "LIVE: Asean summits")).toBe("headline");
  });
});

describe("toFileSpan", () => {
  it("is the identity for plain text", () => {
    const document = ingestText("Leaders met in Vienna on Tuesday.");
    expect(toFileSpan(document, 15, 21)).toEqual({ start: 15, end: 21, quote: "Vienna" });
  });

  it("clamps offsets outside the text and handles empty spans", () => {
    const document = ingestText("<p>Hi &amp; bye</p>", { extension: ".html" });
    expect(toFileSpan(document, -5, 999).quote).toBe("Hi &amp; bye");
    expect(toFileSpan(document, 3, 3)).toMatchObject({ quote: "" });
  });
});

describe("hidden markup", () => {
  it("skips elements the page does not show", () => {
    const { text } = htmlToText(
      '<p>Seen.</p><div hidden>Hidden one.</div><p aria-hidden="true">Hidden two.</p><span style="display: none">Hidden three.</span><template><p>Hidden four.</p></template>',
    );
    expect(text).toBe("Seen.");
  });
});

describe("hints from the markup", () => {
  it("takes no publication date from a related-stories box", () => {
    const page = ingestText(
      '<html><body><aside class="related"><p>April 3, 2025</p><p>Other talks end</p></aside><h1>Leaders meet</h1><p>The leaders met for two hours on Tuesday, officials said.</p></body></html>',
      { extension: ".html" },
    );
    expect(page.article.publishedAt).toBeNull();
    expect(kindOf(page, "April 3, 2025")).toBe("related");
  });
});

describe("a news site page", () => {
  const page = ingestFile(join(INGEST_FIXTURES, "news-site.html"));

  it("reads JSON-LD metadata and the wire dateline", () => {
    expect(page.article).toMatchObject({
      url: "https://worldnewstoday.example/world/envoy-ankara",
      outlet: "World News Today",
      publishedAt: "2024-10-08",
      publishedAtSource: "metadata",
      wire: ["AP"],
    });
  });

  it("marks site chrome, menus, share bars, ads and related boxes as boilerplate, keeping the article", () => {
    const headlines = page.blocks.filter((block) => block.kind === "headline");
    expect(headlines.map((block) => page.text.slice(block.start, block.end))).toEqual([
      "Envoy meets president in Ankara for second round of talks",
    ]);
    for (const chrome of [
      "World News Today",
      "Politics",
      "Home / World",
      "FacebookXEmail",
      "Advertisement",
      "Sign up for",
    ]) {
      const block = page.blocks.find((candidate) =>
        page.text.slice(candidate.start, candidate.end).startsWith(chrome),
      );
      expect(block?.boilerplate, chrome).toBe(true);
    }
    const body = page.blocks
      .filter((block) => !block.boilerplate)
      .map((block) => page.text.slice(block.start, block.start + 20));
    expect(body).toEqual([
      "Envoy meets presiden",
      "A special envoy met ",
      "The talks focused on",
      "The envoy is expecte",
    ]);
  });
});

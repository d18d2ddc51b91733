import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { toFileSpan } from "../../src/ingest/to-file-span.js";
import type { IngestResult } from "../../src/ingest/types.js";
import { IngestedDocumentSchema } from "../../src/schema/document.js";

function ingestBytes(bytes: Uint8Array, extension: string): IngestResult {
  return ingestArticle({ source: `random${extension}`, name: "random", extension, bytes }, { outlets: [] });
}

/** Every offset is inside the text, and every span maps to an exact quote of the file. */
function checkInvariants(result: IngestResult): void {
  if (!result.ok) {
    expect(result.warning.source).toBe(`random${result.warning.source.slice(6)}`);
    expect(result.warning.message.length).toBeGreaterThan(0);
    return;
  }
  const document = result.document;
  expect(IngestedDocumentSchema.safeParse(document).success).toBe(true);
  const { text } = document;
  if (document.offsets) {
    expect(document.offsets).toHaveLength(text.length + 1);
    for (const offset of document.offsets)
      expect(offset >= 0 && offset <= document.fileText.length).toBe(true);
  } else {
    expect(text).toBe(document.fileText);
  }
  for (const { start, end } of [...document.blocks, ...document.sentences]) {
    expect(0 <= start && start <= end && end <= text.length).toBe(true);
    const span = toFileSpan(document, start, end);
    expect(span.quote).toBe(document.fileText.slice(span.start, span.end));
    expect(0 <= span.start && span.start <= span.end && span.end <= document.fileText.length).toBe(true);
  }
  for (const sentence of document.sentences) {
    const block = document.blocks[sentence.block]!;
    expect(block.start <= sentence.start && sentence.end <= block.end).toBe(true);
  }
}

const newsish = fc.array(
  fc.oneof(
    fc.constantFrom(
      "April 22, 2025",
      "date 2025-12-02 ",
      "SOURCE:AFP",
      "(sda/dpa/con)",
      "St. Petersburg",
      "U.S. ",
      "Dr. ",
      "Original url:\n",
      "https://www.tass.com/x",
      "---\n",
      "\n\n",
      "\r\n",
      ". ",
      '," he said. ',
      "<p>",
      "</p>",
      "&amp;",
      "&notit;",
      "<script>x</script>",
      "\uFEFF",
      "…",
      "—",
      "Explore\n",
    ),
    fc.string(),
    fc.string({ unit: "binary" }),
  ),
  { maxLength: 30 },
);

describe("ingestArticle on random input", () => {
  it("never throws on random strings, and offsets stay valid", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.constantFrom(".txt", ".md", ".html"),
        (text, extension) => {
          checkInvariants(ingestBytes(new TextEncoder().encode(text), extension));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never throws on news-like fragments in any order", () => {
    fc.assert(
      fc.property(newsish, fc.constantFrom(".txt", ".md", ".html"), (parts, extension) => {
        checkInvariants(ingestBytes(new TextEncoder().encode(parts.join("")), extension));
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom(".txt", ".html", ""),
        (bytes, extension) => {
          checkInvariants(ingestBytes(bytes, extension));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never throws on random HTML-like markup", () => {
    const markup = fc.array(
      fc.oneof(
        fc.constantFrom(
          "<p>",
          "</p>",
          "<div class='caption'>",
          "</div>",
          "<br>",
          "<h1>",
          "</h1>",
          "<b>",
          "</span>",
          "<table><tr><td>",
        ),
        fc.constantFrom("&amp;", "&#x1F600;", "&#0;", "&nbsp;", "&bogus;", "&", "\r\n", "\u0000"),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(markup, (parts) => {
        checkInvariants(
          ingestBytes(new TextEncoder().encode(`<html><body>${parts.join("")}</body></html>`), ".html"),
        );
      }),
      { numRuns: 400 },
    );
  });
});

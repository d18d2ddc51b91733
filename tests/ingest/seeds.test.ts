import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { IngestedDocument } from "../../src/schema/document.js";
import { IngestedDocumentSchema } from "../../src/schema/document.js";
import { ingestFile, kindOf, SEEDS } from "./helpers.js";

function seed(prefix: string): IngestedDocument {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return ingestFile(join(SEEDS, name));
}

describe("seed metadata", () => {
  it("000: the leading date line gives the day", () => {
    const { article } = seed("000");
    expect(article).toMatchObject({
      publishedAt: "2025-12-02",
      publishedAtSource: "text",
      wire: [],
      url: null,
    });
  });

  it("001: date line and SOURCE:AFP; the Reuters photo credit is not the wire", () => {
    const document = seed("001");
    expect(document.article).toMatchObject({
      publishedAt: "2025-12-01",
      publishedAtSource: "text",
      wire: ["AFP"],
    });
    expect(kindOf(document, "Dmitry Peskov attends")).toBe("caption");
  });

  it("002: dateline, Original url on the next line, outlet from the domain; AP / TASS photo credit ignored", () => {
    const document = seed("002");
    expect(document.article).toMatchObject({
      publishedAt: "2025-04-22",
      publishedAtSource: "text",
      url: "https://www.themoscowtimes.com/2025/04/22/witkoff-to-visit-russia-again-this-week-for-ukraine-talks-a88831",
      outlet: "The Moscow Times",
      wire: [],
    });
    expect(kindOf(document, "U.S. Special Envoy Steve Witkoff. Ludovic Marin")).toBe("caption");
  });

  it("003: 'Dec 3, 2025, 5:19 am' dateline and the (sda/dpa/con) credit", () => {
    const { article } = seed("003");
    expect(article).toMatchObject({
      publishedAt: "2025-12-03",
      publishedAtSource: "text",
      wire: ["sda", "dpa"],
    });
  });

  it("004: states no date", () => {
    const { article } = seed("004");
    expect(article).toMatchObject({
      publishedAt: null,
      publishedAtSource: null,
      wire: [],
      url: null,
      outlet: null,
    });
  });

  it("every seed document is valid against the schema and keeps text === fileText", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      const document = seed(prefix);
      expect(() => IngestedDocumentSchema.parse(document)).not.toThrow();
      expect(document.text).toBe(document.fileText);
      expect(document.offsets).toBeNull();
    }
  });
});

describe("seed blocks", () => {
  it("000: the date prefix is split off as metadata; section headings date the blocks below", () => {
    const document = seed("000");
    expect(document.blocks[0]).toMatchObject({ kind: "metadata", boilerplate: true });
    expect(document.text.slice(document.blocks[0]!.start, document.blocks[0]!.end)).toBe("date 2025-12-02");
    const third = document.blocks.find((block) =>
      document.text.slice(block.start, block.end).startsWith("Witkoff visited St."),
    );
    expect(third?.sectionDate).toBe("2025-04-11");
    const heading = document.blocks.find(
      (block) => document.text.slice(block.start, block.end) === "Fifth visit – August 6, 2025",
    );
    expect(heading).toMatchObject({ kind: "heading", sectionDate: "2025-08-06" });
    expect(document.blocks[1]!.sectionDate).toBeUndefined();
  });

  it("001: related lists, the repeated standfirst and headline, and reading-time lines are boilerplate", () => {
    const document = seed("001");
    expect(kindOf(document, "2 min read")).toBe("metadata");
    expect(kindOf(document, "RECOMMENDED")).toBe("related");
    expect(kindOf(document, "RelatedTRT World")).toBe("related");
    expect(kindOf(document, "Explore")).toBe("related");
    expect(kindOf(document, "Elon Musk wins appeal")).toBe("related");
    expect(kindOf(document, "SOURCE:AFP")).toBe("credit");
    expect(kindOf(document, "December 1, 2025")).toBe("dateline");
    expect(kindOf(document, "The US official has faced criticism")).toBe("paragraph");
    const copies = (prefix: string) =>
      document.blocks.filter((block) => document.text.slice(block.start, block.end).startsWith(prefix));
    const standfirst = copies("The pair will meet after");
    expect(standfirst.map((block) => block.kind)).toEqual(["duplicate", "paragraph"]);
    const headline = copies("Russia's Putin to meet US envoy");
    expect(headline.map((block) => block.kind)).toEqual(["headline", "duplicate"]);
  });

  it("003: the repeated lead keeps exactly one live copy, in the body", () => {
    const document = seed("003");
    const copies = document.blocks.filter((block) =>
      document.text.slice(block.start, block.end).startsWith("Russia and the United States appear"),
    );
    expect(copies.map((block) => block.boilerplate)).toEqual([true, false]);
    expect(kindOf(document, "Fun group:")).toBe("caption");
    expect(kindOf(document, "(sda/dpa/con)")).toBe("credit");
    expect(kindOf(document, "That’s what the Russians say")).toBe("heading");
  });

  it("002: Related article lines and the Original url lines are boilerplate", () => {
    const document = seed("002");
    expect(kindOf(document, "Related article:")).toBe("related");
    expect(kindOf(document, "Original url:")).toBe("metadata");
    expect(kindOf(document, "https://www.themoscowtimes.com")).toBe("metadata");
    expect(kindOf(document, "Witkoff to Visit Russia")).toBe("headline");
  });
});

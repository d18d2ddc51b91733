import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../../src/extract/entities/index.js";
import { defaultGazetteer } from "../../../src/extract/gazetteer.js";
import { EntityAnalysisSchema } from "../../../src/schema/document.js";
import { type Gazetteer, GazetteerSchema } from "../../../src/schema/gazetteer.js";
import { entityNamed, entityOfMention, plainDocument } from "./helpers.js";
import { ENTITY_CASES } from "./recognize-entities.cases.js";

const GAZETTEER = defaultGazetteer();
const EMPTY: Gazetteer = { entries: [] };

describe("recognizeEntities: case table", () => {
  it("has at least 40 cases", () => {
    expect(ENTITY_CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const testCase of ENTITY_CASES) {
    it(testCase.title, () => {
      const analysis = recognizeEntities(
        plainDocument(testCase.text),
        testCase.gazetteer === "empty" ? EMPTY : GAZETTEER,
      );
      for (const expected of testCase.entities ?? []) {
        const entity = entityNamed(analysis, expected.name);
        expect(
          entity,
          `entity "${expected.name}" in ${JSON.stringify(analysis.entities.map((e) => e.name))}`,
        ).toBeDefined();
        if (entity === undefined) continue;
        if (expected.type !== undefined) expect(entity.type).toBe(expected.type);
        if (expected.gazetteerId !== undefined) expect(entity.gazetteerId).toBe(expected.gazetteerId);
        for (const role of expected.roles ?? []) expect(entity.roles).toContain(role);
        if (expected.within !== undefined) expect(entity.within).toBe(expected.within);
        if (expected.members !== undefined) {
          const names = (entity.members ?? []).map((id) => analysis.entities.find((e) => e.id === id)?.name);
          expect(names).toEqual(expected.members);
        }
      }
      for (const [text, name, occurrence] of testCase.refers ?? []) {
        expect(entityOfMention(analysis, text, occurrence)?.name, `"${text}" refers to ${name}`).toBe(name);
      }
      for (const name of testCase.absent ?? []) {
        expect(analysis.entities.map((entity) => entity.name)).not.toContain(name);
      }
    });
  }
});

describe("recognizeEntities: output contract", () => {
  const text =
    "Kremlin aide Yury Ushakov said US envoy Steve Witkoff met Vladimir Putin at the Kremlin.\nThe US envoy left Moscow.";
  const analysis = recognizeEntities(plainDocument(text, "art"), GAZETTEER);

  it("validates against the schema", () => {
    expect(() => EntityAnalysisSchema.parse(analysis)).not.toThrow();
  });

  it("numbers local ids by type in order of first mention", () => {
    expect(analysis.entities.map((entity) => entity.id)).toEqual([
      "art#p1",
      "art#p2",
      "art#p3",
      "art#l1",
      "art#l2",
    ]);
    expect(analysis.entities.map((entity) => entity.name)).toEqual([
      "Yuri Ushakov",
      "Steve Witkoff",
      "Vladimir Putin",
      "Kremlin",
      "Moscow",
    ]);
  });

  it("lists mentions in text order with exact text and sentence index", () => {
    const starts = analysis.mentions.map((mention) => mention.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const mention of analysis.mentions)
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(analysis.mentions.find((mention) => mention.text === "The US envoy")?.sentence).toBe(1);
  });

  it("gives entity mentions as file spans that quote the file", () => {
    for (const entity of analysis.entities) {
      for (const span of entity.mentions) expect(text.slice(span.start, span.end)).toBe(span.quote);
    }
  });

  it("maps spans through ingest offsets for HTML-derived text", () => {
    const fileText = "<p>Vladimir <b>Putin</b> met Xi Jinping.</p>";
    const readable = "Vladimir Putin met Xi Jinping.";
    const offsets: number[] = [];
    let at = 3;
    for (const char of readable) {
      while (fileText[at] === "<") at = fileText.indexOf(">", at) + 1;
      expect(fileText[at]).toBe(char);
      offsets.push(at);
      at++;
    }
    offsets.push(at);
    const document = { ...plainDocument(readable), fileText, offsets };
    const result = recognizeEntities(document, GAZETTEER);
    const putin = result.entities.find((entity) => entity.name === "Vladimir Putin");
    expect(putin?.mentions[0]?.quote).toBe("Vladimir <b>Putin");
    const xi = result.entities.find((entity) => entity.name === "Xi Jinping");
    expect(xi?.mentions[0]?.quote).toBe("Xi Jinping");
  });

  it("is deterministic", () => {
    expect(recognizeEntities(plainDocument(text, "art"), GAZETTEER)).toEqual(analysis);
  });

  it("works the same with an equal but distinct gazetteer object", () => {
    const copy = GazetteerSchema.parse(JSON.parse(JSON.stringify(GAZETTEER)));
    expect(recognizeEntities(plainDocument(text, "art"), copy)).toEqual(analysis);
  });
});

describe("recognizeEntities: properties", () => {
  const words = fc.constantFrom(
    "Putin",
    "Vladimir",
    "said",
    "the",
    "US",
    "envoy",
    "President",
    "Kremlin",
    "in",
    "Moscow",
    "he",
    "met",
    "Mr.",
    "Smith's",
    "led",
    "by",
    "and",
    "officials",
    "Russian",
    ",",
    ".",
    "\n",
    "’s",
    "Ngozi",
    "Adeyemi",
    "Élysée",
    "Palace",
    "of",
    "the",
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(words, { maxLength: 60 }).map((parts) => parts.join(" ")),
    fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join("")),
  );

  it("never throws, and every mention quotes the text at its offsets", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const analysis = recognizeEntities(plainDocument(text), GAZETTEER);
        const ids = new Set(analysis.entities.map((entity) => entity.id));
        for (const mention of analysis.mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          expect(mention.start).toBeLessThan(mention.end);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(ids.has(mention.entityId)).toBe(true);
        }
        for (const entity of analysis.entities) {
          for (const span of entity.mentions) expect(text.slice(span.start, span.end)).toBe(span.quote);
        }
      }),
      { numRuns: 400 },
    );
  });
});

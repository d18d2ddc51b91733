import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leadingWords } from "../../../src/extract/claims/leading-words.js";
import { TRIGGER_RULES } from "../../../src/extract/claims/lexicon.js";
import { matchesOf } from "../../../src/extract/claims/matches.js";
import { isOneDay } from "../../../src/extract/claims/one-day.js";

describe("leadingWords", () => {
  it.each([
    ["(?:met|meets|meet)", ["met", "meets", "meet"]],
    ["(?:tele)?phone (?:call|conversation)|video call", ["tele", "phone", "video"]],
    ["(?:was|is|be) (?:warmly )?received by", ["was", "is", "be"]],
    ["(?:meetings?|talks|sit-down)", ["meetings", "talks", "sit"]],
  ])("%s → %j", (source, words) => {
    expect(leadingWords(source)).toEqual(words);
  });

  it("gives null for a start it cannot read", () => {
    expect(leadingWords("[a-z]+ed")).toBeNull();
    expect(leadingWords("(?:co)?operated")).toBeNull();
    expect(leadingWords("mee?t")).toBeNull();
    expect(leadingWords("(?:met|meet)+")).toBeNull();
  });

  it("reads every rule of the trigger table", () => {
    for (const rule of TRIGGER_RULES) expect(leadingWords(rule.pattern)).not.toBeNull();
  });

  it("names the first word of every match of a rule", () => {
    const samples = [
      "She met him",
      "they were warmly received by the king",
      "a telephone call",
      "phone call",
    ];
    for (const rule of TRIGGER_RULES) {
      const pattern = new RegExp(`\\b(?:${rule.pattern})`, "gi");
      const words = leadingWords(rule.pattern) ?? [];
      for (const sample of samples)
        for (const match of sample.matchAll(pattern)) {
          const first = match[0].toLowerCase().slice(0, 3);
          expect(words.some((word) => word.slice(0, 3) === first)).toBe(true);
        }
    }
  });
});

describe("matchesOf", () => {
  it("gives what matchAll gives, empty matches included", () => {
    const patterns = [/\d+/g, /a*/g, /(?:x|)/gu, /\p{L}*/gu];
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        fc.integer({ min: 0, max: patterns.length - 1 }),
        (text, k) => {
          const pattern = patterns[k] as RegExp;
          const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
          expect(matchesOf(pattern, text).map((match) => [match.index, match[0]])).toEqual(expected);
        },
      ),
    );
  });
});

describe("isOneDay", () => {
  it("is true only for a resolved single day", () => {
    expect(isOneDay({ earliest: "2024-03-05", latest: "2024-03-05" })).toBe(true);
    expect(isOneDay({ earliest: "2024-03-01", latest: "2024-03-31" })).toBe(false);
    expect(isOneDay({ earliest: null, latest: null })).toBe(false);
    expect(isOneDay(null)).toBe(false);
    expect(isOneDay(undefined)).toBe(false);
  });
});

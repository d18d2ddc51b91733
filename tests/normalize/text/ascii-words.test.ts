import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eachAsciiWord } from "../../../src/normalize/text/ascii-words.js";

function words(text: string): string[] {
  const found: string[] = [];
  eachAsciiWord(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

describe("eachAsciiWord", () => {
  it("visits the runs of ASCII letters in order", () => {
    expect(words("Putin met Witkoff on 6 August, in Moscow.")).toEqual([
      "Putin",
      "met",
      "Witkoff",
      "on",
      "August",
      "in",
      "Moscow",
    ]);
  });

  it("splits at non-ASCII letters, digits and punctuation", () => {
    expect(words("Québec's 2nd-round")).toEqual(["Qu", "bec", "s", "nd", "round"]);
  });

  it("agrees with a /[A-Za-z]+/g scan on any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(words(text)).toEqual(text.match(/[A-Za-z]+/g) ?? []);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  blockText,
  endsSentence,
  endsWithPunctuation,
  NEEDS_COLLAPSING,
} from "../../src/ingest/block-text.js";
import { isSpaceCode } from "../../src/ingest/draft-block.js";

describe("blockText", () => {
  it("finds every space character other than the plain space", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      expect(NEEDS_COLLAPSING.test(`a${char}b`), `U+${code.toString(16)}`).toBe(
        code !== 0x20 && isSpaceCode(code),
      );
    }
  });

  it("collapses runs of spaces and line breaks, and leaves plain text as it is", () => {
    expect(blockText("x Talks  went\non.", { start: 2, end: 17 })).toBe("Talks went on.");
    const plain = "Talks went on.";
    expect(blockText(plain, { start: 0, end: plain.length })).toBe(plain);
  });
});

describe("endsWithPunctuation and endsSentence", () => {
  it("read the last mark before closing quotes and brackets, as the end-anchored patterns did", () => {
    const samples = [
      "Talks went on.",
      'He said "no."',
      "(Reuters)",
      "Why?)]",
      "Wait:",
      "x,”",
      "",
      "”",
      "Plain",
      "a.b",
    ];
    for (const text of samples) {
      expect(endsWithPunctuation(text), text).toBe(/[.!?…:;,]["'”’»)\]]*$/u.test(text));
      expect(endsSentence(text), text).toBe(/[.!?…]["'”’»)\]]*$/u.test(text));
    }
  });
});

import { describe, expect, it } from "vitest";
import { blockText, NEEDS_COLLAPSING } from "../../src/ingest/block-text.js";
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

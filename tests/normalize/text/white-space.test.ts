import { describe, expect, it } from "vitest";
import { isWhiteSpaceCode } from "../../../src/normalize/text/white-space.js";

describe("isWhiteSpaceCode", () => {
  it("agrees with the regular-expression class \\s on every UTF-16 unit", () => {
    for (let code = 0; code <= 0xffff; code++)
      expect(isWhiteSpaceCode(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)));
  });
});

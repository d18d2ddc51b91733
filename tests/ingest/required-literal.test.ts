import { describe, expect, it } from "vitest";
import {
  foldedForFilter,
  mayMatch,
  requiredLiteral,
  requiredLiterals,
  withRequiredLiterals,
} from "../../src/ingest/required-literal.js";

describe("requiredLiteral", () => {
  it("finds the longest top-level run of literal characters", () => {
    expect(requiredLiteral(/(?:^|\n)[^\n()]{2,80}?\(Reuters\)\s*(?:--|[-–—])\s/iu)).toBe("(Reuters)");
    expect(requiredLiteral(/(?:^|\n)A Message from the desk\b/u)).toBe("A Message from the desk");
  });

  it("leaves out characters under a quantifier, in groups, classes and escapes", () => {
    expect(requiredLiteral(/abcd?e/u)).toBe("abc");
    expect(requiredLiteral(/xy{2,3}z/u)).toBe("x");
    expect(requiredLiteral(/(?:longer literal)ab[longer class]c/u)).toBe("ab");
    expect(requiredLiteral(/(?<n>x)\p{Lu}ab\u0041cd\k<n>/u)).toBe("ab");
    expect(requiredLiteral(/(a)\1bc/u)).toBe("bc");
  });

  it("gives nothing for a top-level alternative or a pattern outside u mode", () => {
    expect(requiredLiteral(/(?:^|\n)abc|def/u)).toBe("");
    expect(requiredLiteral(/abc/i)).toBe("");
  });
});

describe("requiredLiterals", () => {
  it("lists every required run once", () => {
    expect(requiredLiterals(/^\p{Lu}+,\s*\d+\.?\s*\/(?<wire>\p{L}+)\/,/u)).toEqual([",", "/", "/,"]);
    expect(requiredLiterals(/a|b/u)).toEqual([]);
  });
});

describe("mayMatch", () => {
  it("rejects only texts without the literal, folding case like the pattern", () => {
    const pattern = withRequiredLiterals(/\(Wire\) -/iu);
    const check = (text: string) => mayMatch(pattern, text, foldedForFilter(text));
    expect(check("CITY (WIRE) - Text")).toBe(true);
    expect(check("no credit here")).toBe(false);
    const longS = withRequiredLiterals(/ss/iu);
    expect(longS.regex.test("ſs")).toBe(true);
    expect(mayMatch(longS, "ſs", foldedForFilter("ſs"))).toBe(true);
  });
});

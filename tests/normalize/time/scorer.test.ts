import { describe, expect, it } from "vitest";
import {
  addCounts,
  alignTimexes,
  countDocument,
  EMPTY_COUNTS,
  scoresFromCounts,
} from "../../../scripts/eval-time/scorer.js";

const t = (start: number, end: number, type = "DATE", value = "2013") => ({ start, end, type, value });

describe("TempEval-3 scorer", () => {
  it("counts an exact match as strict and relaxed", () => {
    const c = countDocument([t(0, 4)], [t(0, 4)]);
    expect(c).toEqual({
      gold: 1,
      system: 1,
      strictMatches: 1,
      relaxedMatches: 1,
      typeMatches: 1,
      valueMatches: 1,
    });
  });

  it("counts a partial overlap as relaxed only", () => {
    const c = countDocument([t(0, 10)], [t(4, 12)]);
    expect(c.strictMatches).toBe(0);
    expect(c.relaxedMatches).toBe(1);
  });

  it("does not pair touching spans", () => {
    expect(countDocument([t(0, 4)], [t(4, 8)]).relaxedMatches).toBe(0);
  });

  it("uses each system expression once", () => {
    const pairs = alignTimexes([t(0, 4), t(5, 9)], [t(0, 9)]);
    expect(pairs).toHaveLength(1);
  });

  it("scores type and value over relaxed matches only", () => {
    const c = countDocument(
      [t(0, 4, "DATE", "2013"), t(10, 14, "DURATION", "P1W"), t(20, 24)],
      [t(0, 4, "DATE", "2012"), t(10, 14, "DATE", "P1W"), t(30, 34)],
    );
    expect(c).toMatchObject({ relaxedMatches: 2, typeMatches: 1, valueMatches: 1 });
    const s = scoresFromCounts(c);
    expect(s.relaxedPrecision).toBeCloseTo(66.67, 2);
    expect(s.relaxedRecall).toBeCloseTo(66.67, 2);
    expect(s.valueAccuracy).toBe(50);
    expect(s.valueF1).toBeCloseTo(33.33, 2);
  });

  it("compares values as exact strings (PT24H is not P1D)", () => {
    expect(countDocument([t(0, 4, "DURATION", "PT24H")], [t(0, 4, "DURATION", "P1D")]).valueMatches).toBe(0);
  });

  it("pools counts over documents before computing F1", () => {
    const total = addCounts(
      addCounts(EMPTY_COUNTS, countDocument([t(0, 4)], [t(0, 4)])),
      countDocument([t(0, 4)], []),
    );
    const s = scoresFromCounts(total);
    expect(s.strictPrecision).toBe(100);
    expect(s.strictRecall).toBe(50);
    expect(s.strictF1).toBeCloseTo(66.67, 2);
  });

  it("gives zeros, not NaN, on empty input", () => {
    expect(scoresFromCounts(EMPTY_COUNTS).relaxedF1).toBe(0);
  });
});

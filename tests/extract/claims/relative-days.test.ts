import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relativeLeadDays } from "../../../src/extract/claims/assemble.js";
import { offsetDaysOfClause } from "../../../src/extract/claims/time-attributes.js";

describe("offsetDaysOfClause", () => {
  it.each([
    ["a day after a marathon meeting with the king", -1],
    ["two weeks before the summit in Rome", 14],
    ["hours after talks with the envoy", 0],
    ["three days after he met the minister", -3],
  ])("%s → %d days", (clause, days) => {
    expect(offsetDaysOfClause(clause)).toBe(days);
  });

  it("gives null for an unknown distance or no distance", () => {
    expect(offsetDaysOfClause("days after the election")).toBeNull();
    expect(offsetDaysOfClause("after talks in Rome")).toBeNull();
  });
});

describe("relativeLeadDays", () => {
  it.each([
    ["A day earlier, the two held talks in Rome.", -1],
    ["Two days later, they met again.", 2],
    ["The next day the envoy flew home.", 1],
    ["The day before, the ministers spoke by phone.", -1],
    ["A week later they met in Geneva.", 7],
  ])("%s → %d days", (sentence, days) => {
    expect(relativeLeadDays(sentence)).toBe(days);
  });

  it("gives null when the sentence opens otherwise, whatever the text", () => {
    expect(relativeLeadDays("The leaders met on Monday.")).toBeNull();
    fc.assert(
      fc.property(fc.string(), (text) => {
        const days = relativeLeadDays(text);
        expect(days === null || Number.isInteger(days)).toBe(true);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { canonicalDayNumber, dayNumber } from "../../src/align/days.js";
import { dayNumbers } from "../../src/align/numbering.js";
import { fitsPacked, quotientOf } from "../../src/align/packed-keys.js";
import { radixOrder } from "../../src/align/radix-order.js";

/** The lenient parse the in-place one must agree with. */
function slicedDayNumber(day: string): number {
  const days = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.floor(days / 86_400_000);
}

describe("dayNumber", () => {
  it.each([
    "1970-01-01",
    "2025-03-13",
    "2024-02-29",
    "2025-02-30",
    "2025-13-01",
    "0099-01-01",
    "2025-3-1",
    "2025-03",
    "2025",
    " 2025-03-13",
    "2025-03-1x",
    "",
  ])("reads %j as the sliced parse does", (day) => {
    expect(Object.is(dayNumber(day), slicedDayNumber(day))).toBe(true);
  });
});

describe("canonicalDayNumber", () => {
  it("reads well-formed calendar days as dayNumber does", () => {
    for (const day of ["1970-01-01", "2024-02-29", "2025-12-31", "1000-01-01"])
      expect(canonicalDayNumber(day)).toBe(dayNumber(day));
  });

  it.each([
    "2025-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-04-31",
    "0999-12-31",
    "2025-3-1",
    "2025-03-01T10:00",
    "",
  ])("leaves %j to the string (NaN)", (day) => {
    expect(canonicalDayNumber(day)).toBeNaN();
  });

  it("orders days as their strings do", () => {
    const days = ["2019-12-31", "2020-01-01", "2020-02-29", "2020-03-01", "2101-01-01"];
    const numbers = days.map(canonicalDayNumber);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});

describe("radixOrder", () => {
  it("orders positions by the keys, the last most significant, stably", () => {
    const low = Int32Array.of(5, 3, 5, 0, 70_000);
    const high = Int32Array.of(1, 1, 0, 1, 0);
    expect([...radixOrder([low, high], 5)]).toEqual([2, 4, 3, 1, 0]);
    expect([...radixOrder([Int32Array.of(2, 1, 2, 1)], 4)]).toEqual([1, 3, 0, 2]);
  });
});

describe("packed keys", () => {
  it("packs keys whose radices multiply to at most 2^53", () => {
    expect(fitsPacked([3_000, 100_000, 100_000])).toBe(true);
    expect(fitsPacked([1_000_000, 100_000, 100_000])).toBe(false);
  });

  it("divides packed keys exactly near the top of the range", () => {
    const divisor = 100_000 * 100_000;
    const rank = 900_000;
    expect(quotientOf(rank * divisor - 1, divisor)).toBe(rank - 1);
    expect(quotientOf(rank * divisor, divisor)).toBe(rank);
    expect(quotientOf(99_999, 100_000)).toBe(0);
  });
});

describe("dayNumbers", () => {
  it("numbers distinct days in first-occurrence order, near the first day or centuries away", () => {
    const days = dayNumbers();
    const texts = [
      "2025-03-13",
      "1205-01-01",
      "2025-03-14",
      "2025-03-13",
      "1205-01-01",
      "someday",
      "2999-12-31",
    ];
    expect(texts.map((text) => days.numberOf(text))).toEqual([0, 1, 2, 0, 1, 3, 4]);
    expect(days.values).toEqual(["2025-03-13", "1205-01-01", "2025-03-14", "someday", "2999-12-31"]);
  });
});

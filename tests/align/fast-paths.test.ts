import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/align/days.js";
import { sortSmall } from "../../src/align/small-sort.js";

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

describe("sortSmall", () => {
  it.each([0, 1, 2, 5, 16, 17, 40])("sorts %i items stably, as Array.prototype.sort does", (count) => {
    const items = Array.from({ length: count }, (_, k) => ({ key: (k * 7) % 5, order: k }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
  });
});

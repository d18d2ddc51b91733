import { describe, expect, it } from "vitest";
import { daysBetween, shiftDay } from "../../../src/normalize/time/calendar.js";

describe("shiftDay", () => {
  it("crosses month ends and leap days", () => {
    expect(shiftDay("2024-02-28", 2)).toBe("2024-03-01");
    expect(shiftDay("2023-02-28", 1)).toBe("2023-03-01");
  });

  it("moves backwards for negative counts, across a year", () => {
    expect(shiftDay("2025-01-01", -1)).toBe("2024-12-31");
  });
});

describe("daysBetween", () => {
  it("counts whole days, negative when the second day is earlier", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
    expect(daysBetween("2024-03-01", "2024-03-01")).toBe(0);
  });
});

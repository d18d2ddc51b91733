import { describe, expect, it } from "vitest";
import { stampBefore, stampLineDay } from "../../../src/extract/claims/stamp-line.js";

const stamp = { text: "2023-09-10T16:05", earliest: "2023-09-10", latest: "2023-09-10" };

describe("stampLineDay", () => {
  it("reads a heading or dateline that is nothing but a stamp, a zone or offset aside", () => {
    expect(stampLineDay("heading", "2023-09-10T16:05+05:30", stamp)).toBe("2023-09-10");
    expect(stampLineDay("dateline", " 2023-09-10T16:05 CEST ", stamp)).toBe("2023-09-10");
  });

  it("reads a paragraph only when it is a machine stamp, markdown emphasis or brackets aside", () => {
    expect(stampLineDay("paragraph", "*2023-09-10T16:05*", stamp)).toBe("2023-09-10");
    expect(stampLineDay("paragraph", "[2023-09-10T16:05+07:00]", stamp)).toBe("2023-09-10");
    const written = { text: "10 September 2023", earliest: "2023-09-10", latest: "2023-09-10" };
    expect(stampLineDay("paragraph", "10 September 2023", written)).toBeNull();
  });

  it("reads no stamp in a longer line or a time that is not one day", () => {
    expect(stampLineDay("heading", "2023-09-10T16:05 — leaders arrive", stamp)).toBeNull();
    expect(
      stampLineDay("heading", "September 2023", {
        text: "September 2023",
        earliest: "2023-09-01",
        latest: "2023-09-30",
      }),
    ).toBeNull();
    expect(stampLineDay("heading", "", undefined)).toBeNull();
  });
});

describe("stampBefore", () => {
  const blocks = [{ kind: "heading" as const }, { kind: "heading" as const }, { kind: "paragraph" as const }];
  it("finds the stamp right before an entry or before its title, and no further", () => {
    expect(stampBefore(blocks, 2, (i) => (i === 0 ? "2023-09-10" : null))).toBe("2023-09-10");
    expect(stampBefore(blocks, 2, (i) => (i === 1 ? "2023-09-09" : null))).toBe("2023-09-09");
    expect(
      stampBefore([{ kind: "paragraph" }, { kind: "paragraph" }, { kind: "paragraph" }], 2, (i) =>
        i === 0 ? "2023-09-10" : null,
      ),
    ).toBeNull();
  });
});

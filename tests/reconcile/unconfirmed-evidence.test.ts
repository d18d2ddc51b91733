import { describe, expect, it } from "vitest";
import { corroborate } from "../../src/pipeline.js";

describe("unconfirmed findings quote both sides", () => {
  it("quotes the party's claim and the counterpart's silence", () => {
    const text = [
      "date 2024-06-20",
      "Envoy visits Caracas",
      "Brazilian special envoy Marcos Tavares said in an interview with a local radio station that he had met President Nicolás Maduro in Caracas on Tuesday.",
      "The Venezuelan government declined to confirm the meeting.",
    ].join("\n");
    const report = corroborate([{ id: "radio", text }]);
    const finding = report.findings.find((candidate) => candidate.kind === "unconfirmed");
    expect(finding?.evidence?.map((item) => item.quote)).toEqual([
      expect.stringContaining("he had met President Nicolás Maduro"),
      "The Venezuelan government declined to confirm the meeting.",
    ]);
    for (const item of finding?.evidence ?? []) expect(text.slice(item.start, item.end)).toBe(item.quote);
  });
});

import { describe, expect, it } from "vitest";
import { reportJsonSchema } from "../../src/schema/report.js";
import { validReport } from "../helpers.js";

const minimal = {
  schemaVersion: "1",
  articles: [
    {
      id: "a",
      source: "a.txt",
      url: null,
      outlet: null,
      publishedAt: "2025-01-02",
      publishedAtSource: "text",
      wire: [],
      warnings: [],
    },
  ],
  entities: [{ id: "person:x", type: "person", name: "X", aliases: ["X"] }],
  claims: [],
  events: [],
  findings: [],
};

describe("report schema", () => {
  it("generates a JSON Schema with every contract field", () => {
    const schema = JSON.stringify(reportJsonSchema());
    for (const field of [
      "schemaVersion",
      "publishedAtSource",
      "participants",
      "modality",
      "evidence",
      "claimIds",
    ]) {
      expect(schema).toContain(`"${field}"`);
    }
  });

  it("accepts a minimal report", () => {
    expect(validReport(minimal).articles[0]?.id).toBe("a");
  });

  it("rejects a report with a malformed day or a wrong version", () => {
    const badDay = { ...minimal, articles: [{ ...minimal.articles[0], publishedAt: "2 Jan 2025" }] };
    expect(() => validReport(badDay)).toThrow(/JSON Schema/);
    expect(() => validReport({ ...minimal, schemaVersion: "2" })).toThrow();
  });
});

import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

/**
 * The public API surface. A change here is a change for every user: adding a name is a minor release,
 * removing or renaming one is a major release. Update this list on purpose, never to make a test pass.
 */
const FUNCTIONS = [
  "alignClaims",
  "buildReport",
  "buildTimeline",
  "clauseTense",
  "corroborate",
  "corroborateFiles",
  "corroborateInputs",
  "createCorroborator",
  "defaultGazetteer",
  "defaultOutlets",
  "defaultRules",
  "defineExtractor",
  "defineOutlet",
  "extendGazetteer",
  "extractArticle",
  "extractClaims",
  "extractTimes",
  "fingerprint",
  "formatJson",
  "formatMarkdown",
  "formatters",
  "ingestArticle",
  "main",
  "nameKey",
  "readInputs",
  "recognizeEntities",
  "reconcile",
  "reportJsonSchema",
  "sameName",
  "toFileSpan",
];

describe("public API", () => {
  it("exports exactly the documented functions, the zod schemas and the version", () => {
    const names = Object.keys(api).sort();
    const exported = api as Record<string, unknown>;
    const isZodSchema = (name: string) =>
      typeof (exported[name] as { safeParse?: unknown })?.safeParse === "function";
    const schemas = names.filter(isZodSchema);
    expect(names.filter((name) => typeof exported[name] === "function" && !isZodSchema(name))).toEqual(
      FUNCTIONS,
    );
    expect(schemas.every((name) => name.endsWith("Schema"))).toBe(true);
    expect(names).toEqual([...new Set([...FUNCTIONS, ...schemas, "SCHEMA_VERSION", "version"])].sort());
  });

  it("exports a zod schema for every part of the report contract", () => {
    for (const name of [
      "ReportSchema",
      "ArticleSchema",
      "EntitySchema",
      "ClaimSchema",
      "EventSchema",
      "FindingSchema",
    ]) {
      expect(typeof (api as unknown as Record<string, { parse?: unknown }>)[name]?.parse).toBe("function");
    }
    expect(api.SCHEMA_VERSION).toBe("1");
  });

  it("runs the whole pipeline from one call", () => {
    const report = api.corroborate([
      {
        id: "a",
        text: "date 2024-05-02\nPeruvian Foreign Minister Ana Quispe met her Chilean counterpart in Lima on Thursday.",
      },
    ]);
    expect(api.ReportSchema.parse(report).articles[0]?.publishedAt).toBe("2024-05-02");
  });
});

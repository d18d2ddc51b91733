import { describe, expect, it } from "vitest";
import { corroborate, corroborateFiles } from "../src/pipeline.js";
import type { Rule } from "../src/reconcile/rule.js";
import { formatJson } from "../src/report/format-json.js";
import { readText, SEEDS_DIR, seedFiles, validReport } from "./helpers.js";

describe("pipeline", () => {
  it("gives byte-identical JSON for the same inputs", async () => {
    const first = formatJson(await corroborateFiles([SEEDS_DIR]));
    const second = formatJson(await corroborateFiles([SEEDS_DIR]));
    expect(second).toBe(first);
    expect(first).not.toMatch(/"(generatedAt|timestamp|createdAt)"/);
  });

  it("reads the same articles from files and from text", async () => {
    const fromFiles = await corroborateFiles(seedFiles());
    const fromText = corroborate(
      seedFiles().map((path) => ({
        id: path
          .split("/")
          .pop()!
          .replace(/\.txt$/, ""),
        source: path,
        text: readText(path),
      })),
    );
    expect(formatJson(fromText)).toBe(formatJson(fromFiles));
  });

  it("keeps going past a file it cannot read, and says which", async () => {
    const warnings: string[] = [];
    const report = validReport(
      await corroborateFiles(["no/such/file.txt", ...seedFiles()], {
        onWarning: (warning) => warnings.push(`${warning.source}: ${warning.message}`),
      }),
    );
    expect(report.articles).toHaveLength(5);
    expect(warnings).toEqual(["no/such/file.txt: no such file or directory"]);
    expect(report.warnings).toEqual([{ source: "no/such/file.txt", message: "no such file or directory" }]);
  });

  it("reports a reconcile rule that fails instead of dropping it silently", () => {
    const failing: Rule = {
      meta: { id: "always-fails", description: "a rule that throws", messages: {} },
      check: () => {
        throw new Error("boom");
      },
    };
    const seen: string[] = [];
    const report = corroborate([{ id: "a", text: "date 2024-03-01 The ministers met in Nairobi." }], {
      rules: [failing],
      onWarning: (warning) => seen.push(warning.source),
    });
    expect(report.warnings?.map((warning) => warning.source)).toEqual(["rule:always-fails"]);
    expect(report.warnings?.[0]?.message).toContain("boom");
    expect(seen).toEqual(["rule:always-fails"]);
  });

  it("gives articles with the same file name distinct ids", () => {
    const text = "date 2024-03-01 The ministers met in Nairobi.";
    const report = corroborate([
      { id: "story", text },
      { id: "story", text },
    ]);
    expect(report.articles.map((article) => article.id)).toEqual(["story", "story-2"]);
  });
});

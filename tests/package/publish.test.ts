import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");
const built = existsSync(join(DIST, "index.js")) && existsSync(join(DIST, "index.cjs"));
const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);

describe.skipIf(!built)("the published package (npm test builds dist/ first)", () => {
  let packDir = "";
  let tarball = "";

  beforeAll(() => {
    packDir = mkdtempSync(join(tmpdir(), "corroborate-pack-"));
    execFileSync("npm", ["pack", "--ignore-scripts", "--pack-destination", packDir], {
      cwd: ROOT,
      stdio: "ignore",
    });
    const name = readdirSync(packDir).find((file) => file.endsWith(".tgz"));
    tarball = join(packDir, name ?? "missing.tgz");
  });

  afterAll(() => {
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  });

  it("passes publint in strict mode", () => {
    const result = spawnSync(bin("publint"), ["run", tarball, "--strict"], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toContain("All good");
    expect(result.status).toBe(0);
  });

  it("passes Are The Types Wrong for every resolution mode", () => {
    const result = spawnSync(bin("attw"), [tarball, "--format", "json"], { encoding: "utf8" });
    const analysis = JSON.parse(result.stdout);
    expect(Object.values(analysis.problems ?? {}).flat()).toEqual([]);
    expect(result.status).toBe(0);
  });

  it("is importable as ESM and requirable as CJS with the same API", async () => {
    const esm = await import(pathToFileURL(join(DIST, "index.js")).href);
    const cjs = createRequire(import.meta.url)(join(DIST, "index.cjs"));
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    for (const api of [esm, cjs]) {
      expect(typeof api.corroborate).toBe("function");
      const report = api.corroborate([
        { id: "a", text: "date 2024-05-02 The minister met the ambassador in Lima." },
      ]);
      expect(api.ReportSchema.parse(report).articles[0].id).toBe("a");
    }
  });

  it("ships an executable CLI whose stdout is the JSON report", () => {
    const cli = join(DIST, "cli.js");
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    const result = spawnSync(
      process.execPath,
      [cli, "report", join(ROOT, "fixtures", "seeds"), "--format", "json"],
      {
        encoding: "utf8",
      },
    );
    expect([0, 1]).toContain(result.status);
    const report = JSON.parse(result.stdout);
    expect(report.schemaVersion).toBe("1");
    expect(report.articles).toHaveLength(5);
  });
});

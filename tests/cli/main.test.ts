import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { SEEDS_DIR, validReport } from "../helpers.js";

function captureIo(stdin = ""): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    writeFile: async () => {},
    readFile: async () => {
      throw new Error("no files here");
    },
  };
  return io;
}

describe("main", () => {
  it("prints a JSON report of the seeds that validates against the schema", async () => {
    const io = captureIo();
    const code = await main(["report", SEEDS_DIR, "--format", "json"], io);
    expect(code).not.toBe(2);
    const report = validReport(JSON.parse(io.out));
    expect(report.articles.map((article) => article.id)).toHaveLength(5);
  });

  it("prints the JSON Schema", async () => {
    const io = captureIo();
    expect(await main(["schema"], io)).toBe(0);
    const schema = JSON.parse(io.out);
    expect(schema.$schema).toContain("json-schema.org");
    expect(JSON.stringify(schema)).toContain("schemaVersion");
  });

  it("returns 2 with a one-line message for a usage error", async () => {
    const io = captureIo();
    expect(await main(["report"], io)).toBe(2);
    expect(io.err).toMatch(/^corroborate: report needs at least one input/);
    expect(await main(["frobnicate"], io)).toBe(2);
    expect(await main(["report", SEEDS_DIR, "--fail-on", "extreme"], io)).toBe(2);
  });

  it("returns 2 when no input could be read, naming the file", async () => {
    const io = captureIo();
    expect(await main(["report", "does/not/exist.txt"], io)).toBe(2);
    expect(io.err).toContain("does/not/exist.txt: no such file or directory");
    expect(io.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it("reads standard input for -", async () => {
    const io = captureIo("date 2025-04-22 The envoy met the president in the capital on Tuesday.");
    expect(await main(["report", "-"], io)).not.toBe(2);
    expect(validReport(JSON.parse(io.out)).articles[0]?.source).toBe("-");
  });

  it("prints help and version", async () => {
    const io = captureIo();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out).toContain("Usage:");
    expect(await main(["--version"], io)).toBe(0);
    expect(io.out).toMatch(/\d+\.\d+\.\d+/);
  });
});

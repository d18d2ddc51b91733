import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/ingest/read-inputs.js";
import type { RawInput } from "../../src/ingest/types.js";
import type { InputWarning } from "../../src/schema/report.js";

async function collect(paths: string[], options = {}): Promise<(RawInput | InputWarning)[]> {
  const items: (RawInput | InputWarning)[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

describe("readInputs", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-read-"));
    mkdirSync(join(dir, "articles"));
    for (const name of ["b.txt", "a.md", "c.HTML", "notes.json", "d.htm"])
      writeFileSync(join(dir, "articles", name), `Text of ${name}.`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a directory's articles in sorted order, skipping other files", async () => {
    const items = (await collect([join(dir, "articles")])) as RawInput[];
    expect(items.map((item) => [item.name, item.extension])).toEqual([
      ["a", ".md"],
      ["b", ".txt"],
      ["c", ".html"],
      ["d", ".htm"],
    ]);
    expect(new TextDecoder().decode(items[1]!.bytes)).toBe("Text of b.txt.");
  });

  it("expands globs, sorted", async () => {
    const pattern = `${join(dir, "articles").replaceAll("\\", "/")}/*.{txt,md}`;
    const items = (await collect([pattern])) as RawInput[];
    expect(items.map((item) => item.name)).toEqual(["a", "b"]);
  });

  it("reads stdin for '-'", async () => {
    const items = await collect(["-"], { readStdin: async () => new TextEncoder().encode("From stdin.") });
    expect(items).toEqual([
      { source: "-", name: "stdin", extension: "", bytes: new TextEncoder().encode("From stdin.") },
    ]);
  });

  it("applies the size limit it is given", async () => {
    const items = await collect([join(dir, "articles", "b.txt")], { maxBytes: 4 });
    expect(items).toEqual([
      { source: join(dir, "articles", "b.txt"), message: "too large (14 bytes; limit 4 bytes)" },
    ]);
  });
});

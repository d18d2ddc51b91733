import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { readInputs } from "../../src/ingest/read-inputs.js";
import type { RawInput } from "../../src/ingest/types.js";
import type { InputWarning } from "../../src/schema/report.js";
import { INGEST_FIXTURES, ingestFile } from "./helpers.js";

function raw(bytes: Uint8Array | string, extension = ".txt"): RawInput {
  return {
    source: `bad/input${extension}`,
    name: "input",
    extension,
    bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
  };
}

function refusal(input: RawInput): InputWarning {
  const result = ingestArticle(input, { outlets: [] });
  if (result.ok) throw new Error("expected ingest to refuse the input");
  return result.warning;
}

async function collect(paths: string[], options = {}): Promise<(RawInput | InputWarning)[]> {
  const items: (RawInput | InputWarning)[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

describe("bad input", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-ingest-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses an empty file, naming it", () => {
    expect(refusal(raw(""))).toEqual({ source: "bad/input.txt", message: "the file is empty" });
    expect(refusal(raw(" \n\t\r\n  \n")).message).toBe("the file is empty");
    expect(refusal(raw("\uFEFF\n")).message).toBe("the file is empty");
  });

  it("refuses a binary file", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(refusal(raw(png)).message).toBe("looks like a binary file");
    const withNul = new TextEncoder().encode("some text\u0000more text");
    expect(refusal(raw(withNul)).message).toBe("looks like a binary file");
    const controls = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(refusal(raw(controls)).message).toBe("looks like a binary file");
  });

  it("refuses invalid UTF-8", () => {
    const invalid = new Uint8Array([0x54, 0x61, 0x6c, 0x6b, 0x73, 0x20, 0xc3, 0x28, 0x20, 0xff, 0xfe, 0x41]);
    expect(refusal(raw(invalid)).message).toMatch(/^not valid UTF-8 text/);
  });

  it("says when invalid UTF-8 looks like Windows-1252, and reads it when asked", () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode("Talks in M"),
      0xfc,
      ...new TextEncoder().encode("nchen ended."),
    ]);
    expect(refusal(raw(latin)).message).toBe(
      "not valid UTF-8 text (it looks like Windows-1252; convert it to UTF-8)",
    );
    const result = ingestArticle(raw(latin), { outlets: [], legacyEncoding: true });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.document.text).toBe("Talks in München ended.");
      expect(result.document.article.warnings).toEqual(["not valid UTF-8; read as Windows-1252"]);
    }
  });

  it("refuses a file over the size limit without decoding it", () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x61);
    expect(ingestArticle(raw(big), { outlets: [], maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      warning: { source: "bad/input.txt", message: "too large (3 MB; limit 1 MB)" },
    });
  });

  it("does not read a 50 MB file: readInputs checks its size first", async () => {
    const path = join(dir, "huge.txt");
    const handle = await open(path, "w");
    try {
      const chunk = Buffer.alloc(1024 * 1024, "Leaders met in the capital on Tuesday.\n");
      for (let index = 0; index < 50; index++) await handle.write(chunk);
    } finally {
      await handle.close();
    }
    try {
      const items = await collect([path]);
      expect(items).toEqual([{ source: path, message: "too large (50 MB; limit 20 MB)" }]);
    } finally {
      rmSync(path, { force: true });
    }
  });

  it("warns about a path that does not exist and goes on with the others", async () => {
    const missing = join(dir, "no-such-article.txt");
    const good = join(dir, "good.txt");
    writeFileSync(good, "Leaders met in the capital on Tuesday.");
    const items = await collect([missing, good]);
    expect(items[0]).toEqual({ source: missing, message: "no such file or directory" });
    expect(items[1]).toMatchObject({ source: good, name: "good", extension: ".txt" });
    rmSync(good);
  });

  it("warns about a directory with no articles", async () => {
    const empty = join(dir, "empty-dir");
    const other = join(dir, "only-images");
    mkdirSync(empty);
    mkdirSync(other);
    writeFileSync(join(other, "photo.jpg"), new Uint8Array([0xff, 0xd8, 0xff]));
    expect(await collect([empty, other])).toEqual([
      { source: empty, message: "the directory holds no .txt, .md or .html articles" },
      { source: other, message: "the directory holds no .txt, .md or .html articles" },
    ]);
  });

  it("warns about a glob that matches nothing", async () => {
    const pattern = join(dir, "*.nothing-here").replaceAll("\\", "/");
    expect(await collect([pattern])).toEqual([{ source: pattern, message: "the pattern matches no file" }]);
  });

  it("warns when stdin cannot be read", async () => {
    const failing = () => Promise.reject(Object.assign(new Error("boom"), { code: "EIO" }));
    expect(await collect(["-"], { readStdin: failing })).toEqual([
      { source: "-", message: "cannot be read (EIO)" },
    ]);
    expect(await collect(["-"])).toEqual([{ source: "-", message: "standard input is not available here" }]);
  });

  it("reads malformed front matter as text and says what is wrong", () => {
    const document = ingestFile(join(INGEST_FIXTURES, "malformed-front-matter.txt"));
    expect(document.article.warnings).toEqual([
      "front matter is not closed by a '---' line; it was read as text",
    ]);
    expect(document.text).toContain("The two leaders spoke by telephone");
    expect(document.article.url).toBe("https://news.example.org/2024/03/06/leaders-call");
    const sentences = document.sentences.map((sentence) => document.text.slice(sentence.start, sentence.end));
    expect(sentences).toContain(
      "The two leaders spoke by telephone for about an hour on Wednesday, their offices said.",
    );
  });

  it("names a bad line and a bad date in closed front matter", () => {
    const result = ingestArticle(
      raw(
        "---\nurl: https://example.org/a\nthis line has no key\npublished: last Tuesday\n---\nLeaders met on Tuesday.",
      ),
      { outlets: [] },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.article.warnings).toEqual([
      'front matter line 3 is not "key: value": "this line has no key"',
      'front matter "published" is not a date (YYYY-MM-DD): "last Tuesday"',
    ]);
    expect(result.document.article.url).toBe("https://example.org/a");
    expect(result.document.article.publishedAt).toBeNull();
  });

  it("keeps script, style and noscript text out of an HTML page's text", () => {
    const document = ingestFile(join(INGEST_FIXTURES, "page-with-scripts.html"));
    expect(document.text).not.toContain("do-not-show-this");
    expect(document.text).not.toContain("injected text");
    expect(document.text).not.toContain("color: red");
    expect(document.text).not.toContain("enable JavaScript");
    expect(document.text).not.toContain("datePublished");
    expect(document.text).toContain(
      "The foreign ministers of Austria & Hungary met on Tuesday at the Hofburg",
    );
  });

  it("refuses an HTML page with nothing readable", () => {
    expect(
      refusal(raw("<html><head><script>var a = 1;</script></head><body></body></html>", ".html")).message,
    ).toBe("the page has no readable text");
    expect(refusal(raw("---\nurl: https://example.org/a\n---\n\n")).message).toBe(
      "the file has no article text after its front matter",
    );
  });
});

describe("awkward but readable input", () => {
  it("keeps a byte-order mark as U+FEFF so offsets count every character, and reads CRLF front matter", () => {
    const text =
      "\uFEFF---\r\npublished: 2024-03-05\r\nurl: https://example.org/a\r\n---\r\nLeaders met on Tuesday.\r\n";
    const result = ingestArticle(raw(text), { outlets: [] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { document } = result;
    expect(document.fileText.charCodeAt(0)).toBe(0xfeff);
    expect(document.article).toMatchObject({
      publishedAt: "2024-03-05",
      publishedAtSource: "metadata",
      url: "https://example.org/a",
    });
    const sentence = document.sentences.at(-1)!;
    expect(document.fileText.slice(sentence.start, sentence.end)).toBe("Leaders met on Tuesday.");
  });

  it("reads UTF-16 text with a byte-order mark", () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."Talks ended."].flatMap((char) => [char.charCodeAt(0), 0]),
    ]);
    const result = ingestArticle(raw(utf16), { outlets: [] });
    expect(result.ok && result.document.text).toBe("\uFEFFTalks ended.");
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() === 0)(
    "warns about a file it may not read",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "corroborate-ingest-"));
      const path = join(dir, "locked.txt");
      writeFileSync(path, "Leaders met.");
      chmodSync(path, 0o000);
      try {
        expect(await collect([path])).toEqual([
          { source: path, message: "cannot be read (permission denied)" },
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

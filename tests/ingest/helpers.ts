import { readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import type { IngestOptions } from "../../src/ingest/types.js";
import type { IngestedDocument } from "../../src/schema/document.js";

export const INGEST_FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "ingest");
export const SEEDS = join(import.meta.dirname, "..", "..", "fixtures", "seeds");

/** Ingests text given inline; fails the test when ingest refuses it. */
export function ingestText(
  text: string,
  options: Partial<IngestOptions> & { extension?: string; name?: string } = {},
): IngestedDocument {
  const result = ingestArticle(
    {
      source: `${options.name ?? "inline"}${options.extension ?? ".txt"}`,
      name: options.name ?? "inline",
      extension: options.extension ?? ".txt",
      bytes: new TextEncoder().encode(text),
    },
    { outlets: [], ...options },
  );
  if (!result.ok) throw new Error(`ingest refused the text: ${result.warning.message}`);
  return result.document;
}

/** Ingests a file from disk; fails the test when ingest refuses it. */
export function ingestFile(path: string, options: Partial<IngestOptions> = {}): IngestedDocument {
  const result = ingestArticle(
    {
      source: path,
      name: basename(path, extname(path)),
      extension: extname(path),
      bytes: readFileSync(path),
    },
    { outlets: [], ...options },
  );
  if (!result.ok) throw new Error(`ingest refused ${path}: ${result.warning.message}`);
  return result.document;
}

/** The text of each block with its kind, for compact assertions. */
export function blockKinds(document: IngestedDocument): [string, string][] {
  return document.blocks.map((block) => [block.kind, document.text.slice(block.start, block.end)]);
}

/** The kind of the first block whose text starts with `prefix`. */
export function kindOf(document: IngestedDocument, prefix: string): string | undefined {
  return blockKinds(document).find(([, text]) => text.startsWith(prefix))?.[0];
}

import type { Article } from "../schema/article.js";
import type { IngestOptions, IngestResult, RawInput } from "./types.js";

/**
 * Decodes one input and turns it into an {@link IngestedDocument}: metadata, readable text, blocks and
 * sentences. Never throws: a problem becomes `{ ok: false, warning }` naming the file.
 */
export function ingestArticle(input: RawInput, _options: IngestOptions): IngestResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input.bytes);
  } catch {
    return { ok: false, warning: { source: input.source, message: "not valid UTF-8 text" } };
  }
  if (text.trim() === "") return { ok: false, warning: { source: input.source, message: "the file is empty" } };
  const article: Article = {
    id: input.name,
    source: input.source,
    url: null,
    outlet: null,
    publishedAt: null,
    publishedAtSource: null,
    wire: [],
    warnings: [],
  };
  return {
    ok: true,
    document: {
      article,
      fileText: text,
      text,
      offsets: null,
      blocks: [{ start: 0, end: text.length, kind: "paragraph", boilerplate: false }],
      sentences: [{ start: 0, end: text.length, block: 0 }],
    },
  };
}

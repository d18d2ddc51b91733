import type { EntityAnalysis, IngestedDocument, LocalEntity } from "../../../src/schema/document.js";

/** A plain-text document as ingest hands it on: one block per line, one sentence per block. */
export function plainDocument(text: string, id = "t"): IngestedDocument {
  const blocks: IngestedDocument["blocks"] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "")
      blocks.push({ start, end: start + line.length, kind: "paragraph", boilerplate: false });
    start += line.length + 1;
  }
  if (blocks.length === 0) blocks.push({ start: 0, end: text.length, kind: "paragraph", boilerplate: false });
  return {
    article: {
      id,
      source: `${id}.txt`,
      url: null,
      outlet: null,
      publishedAt: null,
      publishedAtSource: null,
      wire: [],
      warnings: [],
    },
    fileText: text,
    text,
    offsets: null,
    blocks,
    sentences: blocks.map((block, index) => ({ start: block.start, end: block.end, block: index })),
  };
}

/** The entity the first mention with exactly this text refers to (its `occurrence`-th one, from 0). */
export function entityOfMention(
  analysis: EntityAnalysis,
  text: string,
  occurrence = 0,
): LocalEntity | undefined {
  const mention = analysis.mentions.filter((candidate) => candidate.text === text)[occurrence];
  return mention === undefined
    ? undefined
    : analysis.entities.find((entity) => entity.id === mention.entityId);
}

export function entityNamed(analysis: EntityAnalysis, name: string): LocalEntity | undefined {
  return analysis.entities.find((entity) => entity.name === name);
}

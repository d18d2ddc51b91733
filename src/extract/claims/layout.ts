/**
 * The reading frame claim extraction works in: paragraphs, sentences, clauses and section headings.
 * Uses ingest's blocks and sentences; when ingest gave one undivided block, splits it by lines and
 * segments those with ingest's sentence splitter.
 */
import { segmentSentences } from "../../ingest/segment-sentences.js";
import type { Block, IngestedDocument, Sentence } from "../../schema/document.js";
import { ORDINAL_WORDS } from "./lexicon.js";
import { matchesOf } from "./matches.js";

export interface Layout {
  blocks: readonly Block[];
  sentences: readonly Sentence[];
  /** For each block, the index of the heading block it sits under, or -1. */
  headingOf: readonly number[];
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    if (match[0].trim() === "") continue;
    blocks.push({
      start: match.index,
      end: match.index + match[0].length,
      kind: "paragraph",
      boilerplate: false,
    });
  }
  return blocks;
}

const HEADING_SHAPE = new RegExp(
  `^\\s*(?:${Object.keys(ORDINAL_WORDS).join("|")}|\\d+(?:st|nd|rd|th))\\s+(?:visit|meeting|trip|round|call|session|summit)s?\\b`,
  "i",
);

/** An ordinal that a section heading gives its paragraphs ("Third visit – April 11, 2025"). */
export function headingOrdinal(headingText: string): { value: number; text: string } | null {
  const match = HEADING_SHAPE.exec(headingText);
  if (!match) return null;
  const word = (match[0].trim().split(/\s+/)[0] ?? "").toLowerCase();
  const value = ORDINAL_WORDS[word] ?? Number.parseInt(word, 10);
  return Number.isFinite(value) ? { value, text: match[0].trim() } : null;
}

function isHeading(block: Block, text: string): boolean {
  if (block.kind === "heading") return true;
  const content = text.slice(block.start, block.end).trim();
  return content.length < 80 && !/[.!?"”]$/.test(content) && HEADING_SHAPE.test(content);
}

/** Indexes of the first `count` body paragraphs (not boilerplate): the story's lead. */
export function leadParagraphs(blocks: readonly Block[], count: number): number[] {
  const leads: number[] = [];
  for (let index = 0; index < blocks.length && leads.length < count; index++) {
    const block = blocks[index] as Block;
    if (block.kind === "paragraph" && !block.boilerplate) leads.push(index);
  }
  return leads;
}

/** The layout of a document: ingest's when it divided the text, else one made here. */
export function layoutOf(document: IngestedDocument): Layout {
  const { text } = document;
  const undivided = document.blocks.length <= 1 && text.includes("\n");
  const blocks = undivided ? splitBlocks(text) : document.blocks;
  const fewSentences = document.sentences.length <= blocks.length;
  const sentences = undivided || fewSentences ? segmentSentences(text, blocks) : document.sentences;
  const headingOf: number[] = [];
  let current = -1;
  blocks.forEach((block, index) => {
    if (isHeading(block, text)) current = index;
    headingOf.push(current);
  });
  return { blocks, sentences, headingOf };
}

/**
 * A phrase that sets what follows at a distance in time from the rest of the sentence ("a day after",
 * "two weeks before", "hours after", "shortly after", "after Kishida's visit"): what it introduces is another event.
 */
export const OFFSET_LEAD =
  /(?:(?:(?:(?:just|only|barely|some|about)\s+)?(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?)|shortly|soon|right|immediately)\s+(?:after|before)\s|(?:after|before|following)\s+(?:a|an|his|her|their|the|[A-Z][^\s,;.]*['’]s)\s+(?:[\w-]+\s+)?(?:trip|visit|meeting|talks|summit|call)\b)/;

/** The part of {@link OFFSET_LEAD} that states how far apart the events are ("two weeks before"). */
export const DISTANCE_LEAD =
  /^(?:(?:(?:just|only|barely|some|about)\s+)?(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?))\s+(?:after|before)\s/;

const CLAUSE_BOUNDARY = new RegExp(
  String.raw`;|:\s|\s[–—-]\s|,\s+(?=(?:and|but|while|whereas|where|when|which|although|though|also|adding|saying|as well as|as|amid|nor)\b)|\s(?=(?:but|while|whereas|before|after|since)\s+(?:[A-Z]|he\b|she\b|they\b|the two\b|both\b))|,\s+(?=[a-z]+ing\b)|,\s+(?=${OFFSET_LEAD.source})|\s(?=(?:a|one|two|three|four|five|several)\s+(?:day|days|week|weeks)\s+(?:after|before)\s+[a-z]+ing\b)|,\s+(?=(?:had|has|have|would|will|was|were|is|are)\s)|,\s+(?=(?:followed|preceded) by\s)|,?\s(?=(?:at|during|after) which\s)|,?\s(?=(?:ahead of|in the run-up to|in preparation for|on the eve of)\s)`,
  "g",
);

/** Clause start offsets (absolute) inside `text[start, end)`, beginning with `start`. */
export function clauseStarts(text: string, start: number, end: number): number[] {
  const starts = [start];
  const sentence = text.slice(start, end);
  for (const match of matchesOf(CLAUSE_BOUNDARY, sentence))
    starts.push(start + (match.index ?? 0) + match[0].length);
  return starts;
}

/** The clause `[from, to)` that holds `offset`. */
export function clauseAround(
  starts: readonly number[],
  end: number,
  offset: number,
): { from: number; to: number } {
  let from = starts[0] ?? 0;
  let to = end;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] ?? 0;
    if (s <= offset) {
      from = s;
      to = starts[i + 1] ?? end;
    }
  }
  return { from, to };
}

const QUOTED = /[“"«]([^“”"«»]*)[”"»]/g;

/** Spans of quoted speech (“…”, "…") in `text[start, end)`, absolute offsets. */
export function quoteSpans(text: string, start: number, end: number): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  const sentence = text.slice(start, end);
  for (const match of matchesOf(QUOTED, sentence)) {
    const from = start + (match.index ?? 0);
    spans.push({ from, to: from + match[0].length });
  }
  return spans;
}

import type { BlockKind } from "../schema/document.js";
import { type DraftBlock, trimRange } from "./draft-block.js";

interface Line {
  start: number;
  end: number;
}

/** The non-empty lines of `text` from `from` on, trimmed; `null` marks a blank line. */
function linesOf(text: string, from: number): (Line | null)[] {
  const lines: (Line | null)[] = [];
  let start = from;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push(trimRange(text, start, end));
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

const SENTENCE_END = /[.!?:;"”’)\]…]$/u;
const LOWER_START = /^\p{Ll}/u;
/** Hard-wrapped lines are long; short lines that run on are labels, lists or front matter. */
const MIN_WRAPPED_LINE = 40;

/**
 * True when paragraphs are hard-wrapped: several lines end mid-sentence and the next line goes on in
 * lower case, so lines must be joined into paragraphs rather than read one by one.
 */
function looksHardWrapped(text: string, lines: readonly (Line | null)[]): boolean {
  let breaks = 0;
  let wrapped = 0;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index];
    const next = lines[index + 1];
    if (!line || !next) continue;
    breaks++;
    const last = text.slice(Math.max(line.start, line.end - 2), line.end);
    const first = text.slice(next.start, next.start + 2);
    const long = line.end - line.start >= MIN_WRAPPED_LINE;
    if (long && !SENTENCE_END.test(last) && LOWER_START.test(first)) wrapped++;
  }
  return wrapped >= 3 && wrapped / breaks >= 0.3;
}

const MARKDOWN_HEADING = /^(#{1,6})[ \t]+/;
const MARKDOWN_ITEM = /^(?:[-*+]|\d{1,3}[.)])[ \t]+|^>/;

function markdownBlock(text: string, line: Line): DraftBlock {
  const heading = MARKDOWN_HEADING.exec(text.slice(line.start, Math.min(line.end, line.start + 8)));
  if (!heading) return { start: line.start, end: line.end, hint: null };
  const hint: BlockKind = heading[1]!.length === 1 ? "headline" : "heading";
  const start = line.start + heading[0].length;
  return start < line.end ? { start, end: line.end, hint } : { start: line.start, end: line.end, hint };
}

/** True when a line stands on its own even inside a paragraph group (a heading or list item). */
function standsAlone(text: string, line: Line): boolean {
  const head = text.slice(line.start, Math.min(line.end, line.start + 8));
  return MARKDOWN_HEADING.test(head) || MARKDOWN_ITEM.test(head);
}

function groupedBlocks(text: string, lines: readonly (Line | null)[], markdown: boolean): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let open: DraftBlock | null = null;
  for (const line of lines) {
    if (!line) {
      open = null;
      continue;
    }
    if (markdown && standsAlone(text, line)) {
      blocks.push(markdownBlock(text, line));
      open = null;
      continue;
    }
    if (open) open.end = line.end;
    else {
      open = { start: line.start, end: line.end, hint: null };
      blocks.push(open);
    }
  }
  return blocks;
}

/**
 * Splits plain text (from `from` on, after any front matter) into blocks: each non-empty line is a
 * block, except in hard-wrapped text, where the lines between blank lines form one paragraph.
 * Markdown `#` headings become heading blocks (without the `#`). Linear in the length of the text.
 *
 * @example
 * plainTextBlocks("Title\n\nFirst line.\nSecond line.", 0, ".txt").length; // 3
 */
export function plainTextBlocks(text: string, from: number, extension: string): DraftBlock[] {
  const lines = linesOf(text, from);
  const markdown = extension === ".md" || extension === ".markdown";
  if (looksHardWrapped(text, lines)) return groupedBlocks(text, lines, markdown);
  const blocks: DraftBlock[] = [];
  for (const line of lines) {
    if (line)
      blocks.push(markdown ? markdownBlock(text, line) : { start: line.start, end: line.end, hint: null });
  }
  return blocks;
}

import type { BlockKind } from "../schema/document.js";

/** A block before its kind is decided: offsets into the readable text and what the markup says it is. */
export interface DraftBlock {
  start: number;
  end: number;
  /** The kind the markup suggests (an `<h1>`, a Markdown `#` heading, a split-off credit), if any. */
  hint: BlockKind | null;
}

/** True for characters that only space text out (including the byte-order mark and no-break space). */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Narrows `[start, end)` so it neither starts nor ends with space; null when nothing is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return from < to ? { start: from, end: to } : null;
}

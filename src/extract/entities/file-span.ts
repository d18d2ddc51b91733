import type { IngestedDocument } from "../../schema/document.js";
import type { Span } from "../../schema/primitives.js";

/**
 * The file span of a stretch `[start, end)` of the readable text, quoting the file exactly. For plain text
 * the offsets are the same; for HTML `document.offsets` maps each readable character back to the file, and
 * the span ends right after the file character of the last readable character (or at the next character's
 * offset when that character came from an entity reference such as `&amp;`).
 *
 * @example
 * fileSpanOf(plainDocument, 0, 5); // { start: 0, end: 5, quote: "Putin" }
 */
export function fileSpanOf(document: IngestedDocument, start: number, end: number): Span {
  const offsets = document.offsets;
  if (offsets === null) return { start, end, quote: document.fileText.slice(start, end) };
  const fileStart = offsets[start] ?? 0;
  const lastChar = offsets[end - 1] ?? fileStart;
  const next = offsets[end] ?? lastChar + 1;
  const fileEnd = document.fileText[lastChar] === "&" ? next : lastChar + 1;
  return {
    start: fileStart,
    end: Math.max(fileStart, fileEnd),
    quote: document.fileText.slice(fileStart, fileEnd),
  };
}

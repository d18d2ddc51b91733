import type { IngestedDocument } from "../schema/document.js";
import type { Span } from "../schema/primitives.js";

const ENTITY = /^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/;

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** Where the source of the character that starts at file offset `at` ends (an entity is one character). */
function sourceEnd(fileText: string, at: number): number {
  if (fileText.charCodeAt(at) === 0x26) {
    const entity = ENTITY.exec(fileText.slice(at, at + 40));
    if (entity) return at + entity[0].length;
  }
  return at + 1;
}

/**
 * Maps a span of the readable text (`document.text`) to the file: offsets into `fileText` and the quote
 * `fileText.slice(start, end)`. For plain text the offsets are the same; for HTML the span covers the
 * original markup (tags and entities included) from the first character's source to the last one's.
 * Offsets outside the text are clamped.
 *
 * @example
 * const span = toFileSpan(document, 0, 5);
 * span.quote === document.fileText.slice(span.start, span.end); // true
 */
export function toFileSpan(document: IngestedDocument, start: number, end: number): Span {
  const { fileText, text, offsets } = document;
  const from = clamp(Math.min(start, end), 0, text.length);
  const to = clamp(Math.max(start, end), 0, text.length);
  if (!offsets) return { start: from, end: to, quote: fileText.slice(from, to) };
  const fileStart = clamp(offsets[from] ?? fileText.length, 0, fileText.length);
  if (to === from) return { start: fileStart, end: fileStart, quote: "" };
  const last = offsets[to - 1] ?? fileStart;
  const next = offsets[to] ?? fileText.length;
  const fileEnd = clamp(
    Math.max(sourceEnd(fileText, last), fileStart),
    fileStart,
    Math.max(next, last + 1, fileStart),
  );
  const boundedEnd = Math.min(fileEnd, fileText.length);
  return { start: fileStart, end: boundedEnd, quote: fileText.slice(fileStart, boundedEnd) };
}

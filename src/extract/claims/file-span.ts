import type { IngestedDocument } from "../../schema/document.js";
import type { Span } from "../../schema/primitives.js";

/** Text offsets → file offsets with the exact quote (stand-in until ingest's `toFileSpan` exists). */
export function spanInFile(document: IngestedDocument, start: number, end: number): Span {
  const offsets = document.offsets;
  if (!offsets) return { start, end, quote: document.fileText.slice(start, end) };
  const fileStart = offsets[start] ?? 0;
  const fileEnd = end > start ? (offsets[end - 1] ?? fileStart) + 1 : fileStart;
  const last = offsets[end] ?? fileEnd;
  const stop = Math.max(fileEnd, Math.min(last, fileEnd));
  return { start: fileStart, end: stop, quote: document.fileText.slice(fileStart, stop) };
}

import { isSpaceCode } from "./draft-block.js";

/**
 * A space other than one plain space between non-spaces: two plain spaces, or any other character
 * {@link isSpaceCode} counts (the class lists them). One regex scan is faster than a loop over char codes.
 */
export const NEEDS_COLLAPSING = / {2}|[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** A block's text, spaces (including line breaks inside a paragraph) collapsed to one. */
export function blockText(text: string, block: { start: number; end: number }): string {
  const slice = text.slice(block.start, block.end);
  return NEEDS_COLLAPSING.test(slice) ? slice.replace(/[\s\u200b]+/gu, " ") : slice;
}

/** How many words a text has. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const space = isSpaceCode(text.charCodeAt(index));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Closing quotes and brackets that may follow the final punctuation. */
const CLOSERS = "\"'”’»)]";
const CLAUSE_MARKS = ".!?…:;,";
const SENTENCE_MARKS = ".!?…";

/**
 * True when the last character before any closing quotes and brackets is one of `marks`: read backwards
 * from the end, where an end-anchored regex would be tried from every position of a long paragraph.
 */
function endsWithMark(text: string, marks: string): boolean {
  let index = text.length - 1;
  while (index >= 0 && CLOSERS.includes(text[index]!)) index--;
  return index >= 0 && marks.includes(text[index]!);
}

/** True when the text ends with sentence or clause punctuation (closing quotes ignored). */
export function endsWithPunctuation(text: string): boolean {
  return endsWithMark(text, CLAUSE_MARKS);
}

/** True when the text ends with a full stop, question or exclamation mark (closing quotes ignored). */
export function endsSentence(text: string): boolean {
  return endsWithMark(text, SENTENCE_MARKS);
}

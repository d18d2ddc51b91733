import { isSpaceCode } from "./draft-block.js";

/** True when a stretch holds a space other than one plain space between non-spaces (one pass, no regex). */
function needsCollapsing(text: string, start: number, end: number): boolean {
  let previousSpace = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (code > 0x20 && code < 0x7f) {
      previousSpace = false;
    } else if (isSpaceCode(code)) {
      return true;
    } else {
      previousSpace = false;
    }
  }
  return false;
}

/** A block's text, spaces (including line breaks inside a paragraph) collapsed to one. */
export function blockText(text: string, block: { start: number; end: number }): string {
  const slice = text.slice(block.start, block.end);
  return needsCollapsing(text, block.start, block.end) ? slice.replace(/[\s\u200b]+/gu, " ") : slice;
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

/** True when the text ends with sentence or clause punctuation (closing quotes ignored). */
export function endsWithPunctuation(text: string): boolean {
  return /[.!?…:;,]["'”’»)\]]*$/u.test(text);
}

/** True when the text ends with a full stop, question or exclamation mark (closing quotes ignored). */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*$/u.test(text);
}

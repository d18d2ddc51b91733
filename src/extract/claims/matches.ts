/**
 * Every match of a global pattern in `text`, in order: what `text.matchAll(pattern)` gives, without the copy of
 * the pattern that `matchAll` makes on each call (for the large patterns read per sentence, that copy costs more
 * than the scan). The pattern must have the `g` flag; its `lastIndex` is left at 0.
 *
 * @example
 * matchesOf(/\d+/g, "met on 3 May 2024").map((match) => match[0]); // ["3", "2024"]
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // As matchAll does: an empty match moves the scan on by one character.
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const following = text.charCodeAt(index + 1);
  const pair = code >= 0xd800 && code <= 0xdbff && following >= 0xdc00 && following <= 0xdfff;
  return index + (pair ? 2 : 1);
}

import { isWhiteSpaceCode } from "../text/white-space.js";
/**
 * Matches of `pattern` only in the stretches of `text` around `anchors` (flat start/end offsets of
 * keywords every match must contain, in text order), so a costly pattern runs on a few short windows instead of the whole text.
 * Windows are widened to whitespace so look-behinds see what they would in the whole text; overlapping
 * windows are merged. Returns matches whose `index` (and `indices`, with the `d` flag) refer to `text`.
 * `pattern` must be global; its `lastIndex` is left at 0.
 *
 * @example
 * for (const m of matchesNear(text, [10, 15], /about \d+ hours?/gi, 40, 10)) text.slice(m.index, m.index + m[0].length)
 */
export function matchesNear(
  text: string,
  anchors: readonly number[],
  pattern: RegExp,
  before: number,
  after: number,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (anchors.length === 0) return found;
  let windowStart = -1;
  let windowEnd = -1;
  for (let i = 0; i + 1 < anchors.length; i += 2) {
    const anchorStart = anchors[i] ?? 0;
    const anchorEnd = anchors[i + 1] ?? anchorStart;
    const start = widenLeft(text, Math.max(0, anchorStart - before));
    const end = Math.min(text.length, anchorEnd + after);
    if (windowStart >= 0 && start <= windowEnd) {
      windowEnd = Math.max(windowEnd, end);
      continue;
    }
    if (windowStart >= 0) collectMatches(text, pattern, windowStart, windowEnd, found);
    windowStart = start;
    windowEnd = end;
  }
  if (windowStart >= 0) collectMatches(text, pattern, windowStart, windowEnd, found);
  return found;
}

function collectMatches(
  text: string,
  re: RegExp,
  start: number,
  end: number,
  found: RegExpExecArray[],
): void {
  const slice = text.slice(start, widenRight(text, end));
  re.lastIndex = 0;
  try {
    for (let match = re.exec(slice); match !== null; match = re.exec(slice)) {
      if (match[0].length === 0) re.lastIndex++;
      match.index += start;
      const indices = match.indices;
      if (indices) {
        for (let i = 0; i < indices.length; i++) {
          const span = indices[i];
          if (span) indices[i] = [span[0] + start, span[1] + start];
        }
      }
      found.push(match);
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** Move left to just after a whitespace character (or the text start). */
function widenLeft(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isWhiteSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Move right to a whitespace character (or the text end) so look-aheads see what follows a word. */
function widenRight(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isWhiteSpaceCode(text.charCodeAt(i))) i++;
  return Math.min(text.length, i + 1);
}

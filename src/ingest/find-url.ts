import { blockText } from "./block-text.js";
import type { DraftBlock } from "./draft-block.js";
import { URL_LABELS } from "./tables/url-labels.js";

const LABELLED = new RegExp(`^(?:${URL_LABELS.join("|")})\\s*:?\\s*(?<url><?https?://\\S+)?\\s*$`, "iu");
const BARE_URL = /^<?(https?:\/\/\S+?)>?$/iu;

function cleanUrl(raw: string): string | null {
  const url = raw.replace(/^</, "").replace(/[>.,;)\]]+$/, "");
  try {
    return new URL(url).href === "" ? null : url;
  } catch {
    return null;
  }
}

/**
 * The article's own URL from an `Original url:` line (or `Source URL:`, `Link:` …), the URL on the same
 * line or on the next block. Returns the URL and the blocks it was read from.
 *
 * @example
 * const text = "Original url:\n\nhttps://example.org/a";
 * findArticleUrl(text, [{ start: 0, end: 13, hint: null }, { start: 15, end: 36, hint: null }]);
 * // { url: "https://example.org/a", blocks: [0, 1] }
 */
export function findArticleUrl(
  text: string,
  blocks: readonly DraftBlock[],
): { url: string; blocks: number[] } | null {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const length = block.end - block.start;
    if (length > 600 || (length > 40 && !text.slice(block.start, block.end).includes("http"))) continue;
    const match = LABELLED.exec(blockText(text, block));
    if (!match) continue;
    const inline = match.groups?.url;
    if (inline) {
      const url = cleanUrl(inline);
      if (url) return { url, blocks: [index] };
      continue;
    }
    const next = blocks[index + 1];
    const bare = next && next.end - next.start < 2000 ? BARE_URL.exec(blockText(text, next)) : null;
    const url = bare ? cleanUrl(bare[1]!) : null;
    if (url) return { url, blocks: [index, index + 1] };
  }
  return null;
}

import type { BlockKind } from "../schema/document.js";

/** Blocks shorter than this are not compared: short lines repeat for good reasons. */
const MIN_LENGTH = 20;
const STRUCTURAL: ReadonlySet<BlockKind> = new Set(["heading", "headline", "dateline", "caption"]);

/**
 * Marks repeated blocks (same text once spaces are collapsed, as `texts` gives them) as `duplicate`
 * so that exactly one copy stays. When the first copy sits in the
 * article's leading summary (in `top`, with a heading, dateline or caption between it and the repeat),
 * the first copy is the duplicate — the body keeps its paragraph; otherwise the later copy is.
 * Blocks already marked as boilerplate are left alone. Linear (one map of block texts).
 *
 * @example
 * // kinds: ["paragraph", "heading", "paragraph"] where blocks 0 and 2 repeat → block 0 becomes "duplicate"
 */
export function markDuplicates(
  texts: readonly string[],
  kinds: BlockKind[],
  boilerplate: (kind: BlockKind) => boolean,
  top: (index: number) => boolean,
): void {
  const seen = new Map<string, number>();
  const structuralBefore: number[] = [0];
  for (const kind of kinds) structuralBefore.push(structuralBefore.at(-1)! + (STRUCTURAL.has(kind) ? 1 : 0));
  for (let index = 0; index < texts.length; index++) {
    const kind = kinds[index]!;
    if (boilerplate(kind)) continue;
    const text = texts[index]!;
    if (text.length < MIN_LENGTH) continue;
    const key = text;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      continue;
    }
    const structuralBetween = structuralBefore[index]! - structuralBefore[first + 1]! > 0;
    if (top(first) && structuralBetween && kinds[first] === "paragraph") {
      kinds[first] = "duplicate";
      seen.set(key, index);
    } else {
      kinds[index] = "duplicate";
    }
  }
}

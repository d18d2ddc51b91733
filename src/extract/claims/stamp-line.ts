import type { BlockKind } from "../../schema/document.js";
import type { TimeExpression } from "../../schema/time.js";
import { isOneDay } from "./one-day.js";

/** The most characters a stamp line holds beside its date and time: a zone name or offset ("CEST", "+05:30"). */
const STAMP_LINE_EXTRA = 6;

/** Markdown emphasis or brackets around a whole line ("*2022-06-24T17:20:00+02:00*", "[2024-10-10T09:05+07:00]"). */
const EMPHASIS = /^[*_[(]+|[*_\])]+$/g;
/** "2022-06-24T17:20:00+02:00", "2024-06-13 20:05": a date and time as a publishing system writes them. */
const MACHINE_STAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}/;

/**
 * The day of a heading, dateline or paragraph that is nothing but a live blog's date stamp
 * ("2023-09-10T16:05+05:30", "*2024-06-13 20:05 CEST*"), given the first time expression read in it; null for
 * any other line.
 *
 * @example
 * stampLineDay("heading", "2023-09-10T16:05+05:30", firstTime); // "2023-09-10"
 */
export function stampLineDay(
  kind: BlockKind,
  line: string,
  first: Pick<TimeExpression, "text" | "earliest" | "latest"> | undefined,
): string | null {
  if (kind !== "heading" && kind !== "dateline" && kind !== "paragraph") return null;
  if (!isOneDay(first)) return null;
  const bare = line.trim().replace(EMPHASIS, "");
  // A paragraph counts only as a machine stamp: a date alone there may be a sentence fragment.
  if (kind === "paragraph" && !MACHINE_STAMP.test(bare)) return null;
  return bare.length - first.text.length <= STAMP_LINE_EXTRA ? first.earliest : null;
}

/**
 * The stamp a live-blog entry opens under: that of the block right before it, or of the one before the entry's
 * title (a heading); `dayOf` gives a block's stamp day, or null.
 *
 * @example
 * stampBefore(blocks, 5, (index) => (index === 3 ? "2023-09-10" : null)); // "2023-09-10" when block 4 is a heading
 */
export function stampBefore(
  blocks: readonly { kind: BlockKind }[],
  index: number,
  dayOf: (index: number) => string | null | undefined,
): string | null {
  for (let before = index - 1; before >= Math.max(0, index - 2); before--) {
    const stamp = dayOf(before);
    if (stamp != null) return stamp;
    if (blocks[before]?.kind !== "heading") return null;
  }
  return null;
}

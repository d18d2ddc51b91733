import { shareParticipant } from "./assemble.js";
import { type ExtractionContext, stampLineBefore } from "./find-claims.js";
import type { ClaimDraft } from "./types.js";

/**
 * "2023-05-20 17:20 / Meloni and Sunak meet / Photos show the two leaders …": a live-blog entry whose title
 * alone tells its meeting happened on the day the entry is stamped with. A title whose entry tells the
 * meeting again is dated by that telling instead (the body may name another day).
 */
export function applyEntryTitleStamps(context: ExtractionContext, drafts: ClaimDraft[]): void {
  const { blocks, headingOf } = context.layout;
  for (const draft of drafts) {
    if (draft.date || draft.modality !== "occurred" || blocks[draft.block]?.kind !== "heading") continue;
    const toldInEntry = drafts.some(
      (other) => other !== draft && headingOf[other.block] === draft.block && shareParticipant(draft, other),
    );
    if (toldInEntry) continue;
    const day = stampLineBefore(context, draft.block);
    if (!day) continue;
    draft.date = { earliest: day, latest: day, text: day, inferred: false };
    draft.dateFromSection = true;
  }
}

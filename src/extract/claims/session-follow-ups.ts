/**
 * "The two ministers met over Sept. 12-14 … The decisive session on Saturday ran from 10:15 to 12:40": a session
 * told by its own day within talks told over a few days is a claim of its own, of the same people.
 */
import { daysBetween } from "../../normalize/time/calendar.js";
import type { ExtractionContext } from "./find-claims.js";
import { isOneDay } from "./one-day.js";
import { datesIn, durationsIn, toDuration, toPicked } from "./time-attributes.js";
import { type ClaimDraft, madeDraft } from "./types.js";

/** "The decisive session", "Their final round", "The first day of talks" opening a sentence. */
const SESSION_OPENING = /^(?:the|their)\s+(?:[\w-]+\s+){0,2}(session|round|sitting)\b/i;
/** How many paragraphs down a session may be told after the talks it belongs to. */
const SESSION_REACH_BLOCKS = 6;
/** The longest run of days whose sessions are told apart. */
const MAX_SPAN_DAYS = 7;
const SESSION_CONFIDENCE = 0.6;

/** New drafts for sessions told by day, each of the people of the talks whose days hold it. */
export function sessionFollowUps(
  context: ExtractionContext,
  drafts: readonly ClaimDraft[],
  draftSentences: ReadonlySet<number>,
): ClaimDraft[] {
  const { text } = context.document;
  const made: ClaimDraft[] = [];
  context.layout.sentences.forEach((sentence, index) => {
    if (draftSentences.has(index)) return;
    const block = context.layout.blocks[sentence.block];
    if (!block || block.boilerplate) return;
    const opening = SESSION_OPENING.exec(
      text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)),
    );
    if (!opening) return;
    const day = datesIn(context, sentence.start, sentence.end, null).find(isOneDay);
    if (!day?.earliest) return;
    const talks = drafts.findLast(
      (d) =>
        d.sentence < index &&
        sentence.block - d.block <= SESSION_REACH_BLOCKS &&
        d.kind !== "visit" &&
        d.modality === "occurred" &&
        d.date !== null &&
        d.date.earliest < d.date.latest &&
        daysBetween(d.date.earliest, d.date.latest) <= MAX_SPAN_DAYS &&
        d.date.earliest <= (day.earliest ?? "") &&
        (day.earliest ?? "") <= d.date.latest,
    );
    if (!talks) return;
    const duration = durationsIn(context, sentence.start, sentence.end)[0];
    const noun = opening[1] ?? "session";
    const triggerStart = sentence.start + opening.index + opening[0].length - noun.length;
    const picked = toPicked(day);
    made.push(
      madeDraft({
        kind: talks.kind,
        sentence: index,
        block: sentence.block,
        trigger: { start: triggerStart, end: triggerStart + noun.length },
        participants: [...talks.participants],
        location: talks.location,
        date: picked.span,
        duration: duration ? toDuration(duration) : null,
        modality: "occurred",
        confidence: SESSION_CONFIDENCE,
        evidence: [{ start: sentence.start, end: sentence.end }],
      }),
    );
  });
  return made;
}

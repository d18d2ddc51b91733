/**
 * "Scholz offered to host the next round of consultations in Berlin next year": a later meeting of a series
 * the story has told, named only by "the next round" / "next year's summit". Its people are the series' own.
 */
import type { ExtractionContext } from "./find-claims.js";
import { CONDITIONAL_CUES, HYPOTHETICAL_CUES } from "./lexicon.js";
import { datesIn, toPicked } from "./time-attributes.js";
import { type ClaimDraft, madeDraft } from "./types.js";

/** "the next round (of talks)", "the next meeting", "next year's leaders' meeting". */
const NEXT_IN_SERIES =
  /\b(?:the\s+)?next\s+(round|meeting|summit|consultations|talks)\b|\bnext\s+(?:year|month|week)['’]s\s+(?:[\p{L}'’-]+\s+){0,3}?(meeting|summit|talks|consultations|round)\b/iu;
/** The word every {@link NEXT_IN_SERIES} match holds: a cheap test that spares the full pattern most sentences. */
const NEXT_WORD = /next/i;
/** An offer, invitation or proposal that was accepted is a plan. */
const ACCEPTED = /\baccept(?:ed|s)\b/i;
const SERIES_CONFIDENCE = 0.55;
const PLACE_BEFORE = /\b(?:in|at|to)\s+(?:the\s+)?$/i;

/**
 * The claim of the series a "next round" sentence continues: the story's first meeting of two or more people
 * (its main event, not a side meeting told later) with every person the sentence names; none when the
 * sentence names nobody ("the next meeting of the central bank" is no series of the story's).
 */
function seriesOf(
  drafts: readonly ClaimDraft[],
  sentence: number,
  named: readonly string[],
): ClaimDraft | undefined {
  const candidates = drafts.filter(
    (d) =>
      d.sentence < sentence &&
      d.kind !== "visit" &&
      d.kind !== "call" &&
      d.participants.length >= 2 &&
      (d.modality === "occurred" || d.modality === "planned"),
  );
  return candidates.find((d) => named.length > 0 && named.every((id) => d.participants.includes(id)));
}

/** New drafts for sentences that name the next meeting of a series told before them and make no claim of their own. */
export function nextInSeries(
  context: ExtractionContext,
  drafts: readonly ClaimDraft[],
  draftSentences: ReadonlySet<number>,
): ClaimDraft[] {
  const { text } = context.document;
  const made: ClaimDraft[] = [];
  if (!NEXT_WORD.test(text)) return made;
  context.layout.sentences.forEach((sentence, index) => {
    if (draftSentences.has(index) || context.layout.blocks[sentence.block]?.boilerplate) return;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (!NEXT_WORD.test(sentenceText)) return;
    const next = NEXT_IN_SERIES.exec(sentenceText);
    if (!next) return;
    const named = (context.mentionsBySentence[index] ?? [])
      .filter((m) => context.entityById.get(m.entityId)?.type === "person")
      .map((m) => m.entityId);
    const series = seriesOf(drafts, index, named);
    if (!series) return;
    const before = sentenceText.slice(0, next.index);
    const hypothetical =
      !ACCEPTED.test(sentenceText) && (HYPOTHETICAL_CUES.test(before) || CONDITIONAL_CUES.test(before));
    const day = datesIn(context, sentence.start, sentence.end, null)[0];
    const picked = day ? toPicked(day) : null;
    const place = (context.mentionsBySentence[index] ?? []).find(
      (m) =>
        context.entityById.get(m.entityId)?.type === "place" &&
        PLACE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)),
    );
    const noun = (next[1] ?? next[2] ?? "").toLowerCase();
    const triggerStart = sentence.start + next.index + next[0].length - noun.length;
    made.push(
      madeDraft({
        kind: noun === "talks" || noun === "consultations" ? "talks" : "meeting",
        sentence: index,
        block: sentence.block,
        heading: series.heading,
        trigger: { start: triggerStart, end: triggerStart + noun.length },
        participants: [...series.participants],
        location: place?.entityId ?? null,
        locationFromSentence: place !== undefined,
        date: picked?.span ?? null,
        weekday: picked?.weekday ?? null,
        weekdayText: picked?.weekdayText ?? null,
        modality: hypothetical ? "hypothetical" : "planned",
        modalityCued: true,
        confidence: SERIES_CONFIDENCE,
        evidence: [{ start: sentence.start, end: sentence.end }],
      }),
    );
  });
  return made;
}

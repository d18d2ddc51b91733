/**
 * "X and Y agreed on Sunday to … . The talks at … ran from 3:58 p.m. to 5:48 p.m.": an event told only
 * by an anaphoric noun whose participants are the subjects of the sentence before it.
 */
import type { EntityMention } from "../../schema/document.js";
import { chainAfter } from "./arguments.js";
import type { ExtractionContext } from "./find-claims.js";
import { ATTENDANCE_OF_SUBJECTS, PLANNED_CUES } from "./lexicon.js";
import { isOneDay } from "./one-day.js";
import { datesIn, durationsIn, toDuration, toPicked } from "./time-attributes.js";
import { type ClaimDraft, madeDraft } from "./types.js";

/** "The talks", "Their formal meeting", "The summit" opening a sentence. */
const ANAPHORIC_OPENING =
  /^(?:the|their|that|this)\s+(?:(?:formal|informal|official|closed-door|bilateral|one-on-one|face-to-face|in-person|leaders'|two leaders'|[\w½]+-(?:minute|hour)|hour-long|lengthy|brief)\s+)?(talks|meeting|summit|discussions|negotiations)\b/i;
/** A clause subject followed by its verb: "X and Y agreed", "X and Y on Sunday pledged". */
const VERB_AFTER_SUBJECT = /^\s+(?:(?:also|jointly|on|last)\s+)?\p{Ll}/u;
const PLACE_AFTER = /\b(?:at|in)\s+(?:the\s+)?$/i;
const ANAPHOR_CONFIDENCE = 0.6;

function isParty(context: ExtractionContext, mention: EntityMention): boolean {
  const type = context.entityById.get(mention.entityId)?.type;
  return type === "person" || type === "group";
}

/** New drafts for anaphoric event sentences whose antecedent sentence made no claim. */
export function anaphoricTalks(
  context: ExtractionContext,
  drafts: readonly ClaimDraft[],
  draftSentences: ReadonlySet<number>,
): ClaimDraft[] {
  const { text } = context.document;
  const made: ClaimDraft[] = [];
  const sentences = context.layout.sentences;
  for (let index = 1; index < sentences.length; index++) {
    const sentence = sentences[index];
    const previous = sentences[index - 1];
    if (!sentence || !previous || draftSentences.has(index)) continue;
    if (sentence.block - previous.block > 1) continue;
    const block = context.layout.blocks[sentence.block];
    if (!block || block.boilerplate) continue;
    const opening = ANAPHORIC_OPENING.exec(
      text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)),
    );
    if (!opening) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (PLANNED_CUES.test(sentenceText)) continue;
    // "X, Y and Z were among those at the round table. The meeting lasted …": the meeting told before that.
    if (ATTENDANCE_OF_SUBJECTS.test(text.slice(previous.start, previous.end))) continue;
    const parties = (context.mentionsBySentence[index - 1] ?? []).filter((m) => isParty(context, m));
    const subjects = chainAfter(text, parties, previous.start, previous.end, 80);
    const lastSubject = subjects[subjects.length - 1];
    if (subjects.length < 2 || !lastSubject) continue;
    if (!VERB_AFTER_SUBJECT.test(text.slice(lastSubject.end, lastSubject.end + 30))) continue;
    const participants = [...new Set(subjects.map((m) => m.entityId))];
    if (participants.length < 2) continue;
    // Already told as a claim nearby: the ordinary follow-up rules attach this sentence.
    if (
      drafts.some(
        (d) =>
          Math.abs(d.block - sentence.block) <= 2 && participants.every((p) => d.participants.includes(p)),
      )
    )
      continue;
    const day = datesIn(context, previous.start, previous.end, null).find(isOneDay);
    const picked = day ? toPicked(day) : null;
    const duration = durationsIn(context, sentence.start, sentence.end)[0];
    const place = (context.mentionsBySentence[index] ?? []).find(
      (m) =>
        context.entityById.get(m.entityId)?.type === "place" &&
        m.start - sentence.start < 90 &&
        PLACE_AFTER.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)),
    );
    const noun = (opening[1] ?? "").toLowerCase();
    const triggerStart = sentence.start + opening.index + opening[0].length - noun.length;
    made.push(
      madeDraft({
        kind: noun === "talks" || noun === "discussions" || noun === "negotiations" ? "talks" : "meeting",
        sentence: index,
        block: sentence.block,
        trigger: { start: triggerStart, end: triggerStart + noun.length },
        participants,
        location: place?.entityId ?? null,
        locationFromSentence: place !== undefined,
        date: picked?.span ?? null,
        weekday: picked?.weekday ?? null,
        weekdayText: picked?.weekdayText ?? null,
        duration: duration ? toDuration(duration) : null,
        modality: "occurred",
        confidence: ANAPHOR_CONFIDENCE,
        evidence: [
          { start: previous.start, end: previous.end },
          { start: sentence.start, end: sentence.end },
        ],
      }),
    );
  }
  return made;
}

/**
 * From sentence-level drafts to the article's claims: follow-up sentences ("The talks lasted …"),
 * non-confirmation, visits folded into the meetings they frame, paragraph locations, duplicates merged.
 */

import { daysBetween, shiftDay } from "../../normalize/time/calendar.js";
import { parseAmount } from "../../normalize/time/numbers.js";
import type { EntityMention, Sentence } from "../../schema/document.js";
import type { TimeSpan } from "../../schema/primitives.js";
import { chainAfter, chainBefore } from "./arguments.js";
import { type ExtractionContext, participantIds } from "./find-claims.js";
import { leadParagraphs } from "./layout.js";
import { ATTENDANCE_OF_SUBJECTS, EVENT_ANAPHOR, NON_CONFIRMATION_CUES } from "./lexicon.js";
import { isOneDay } from "./one-day.js";
import { ordinalIn } from "./ordinal.js";
import { within } from "./ranges.js";
import { datesIn, durationsIn, toDuration, toPicked } from "./time-attributes.js";
import type { ClaimDraft } from "./types.js";

const FOLLOW_UP_REACH_BLOCKS = 2;
/** How far back a copular count ("It was their second meeting") that names the event's people may reach. */
const COUNT_REACH_BLOCKS = 6;
/** "It was the first meeting between the two men …", "The 45-minute meeting was their third this year". */
const COPULAR_ORDINAL =
  /^(?:it|this|that|the\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|visit|trip|call|conversation)(?:\s+(?:at|in|with|between)\s+[^,;:.]{1,60}?)?)\s+(?:was|is|marks|marked|were)\s+(?:the|their|his|her|(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*[’']s)\s+/iu;
/** "analysts said the meeting, the first between the two since …,": a count apposed to the event noun. */
const APPOSED_ORDINAL =
  /\b(?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|visit|trip|call|summit|conversation),\s+(?:the|their|his|her)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b/i;

/** "The meeting at the Filoli estate …": a place right after the anaphoric event noun. */
const ANAPHOR_PLACE_BEFORE =
  /^(?:the|that|this|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|encounter|conversation)\s+(?:at|in)\s+(?:the\s+)?$/i;
const VISIT_REACH_BLOCKS = 2;

/** The claim kind an ordinal's noun counts ("second state visit" → visit), or null for a bare ordinal. */
function countedKind(ordinalText: string): ClaimDraft["kind"] | null {
  if (/\b(?:visits?|trips?|journeys?)\b/i.test(ordinalText)) return "visit";
  if (/\b(?:calls?|phone)\b/i.test(ordinalText)) return "call";
  if (/\b(?:meetings?|talks|summits?|encounters?|face-to-face|rounds?)\b/i.test(ordinalText))
    return "meeting";
  return null;
}

function kindCounts(counted: ClaimDraft["kind"], kind: ClaimDraft["kind"]): boolean {
  if (counted === "meeting") return kind === "meeting" || kind === "talks";
  return counted === kind;
}

function addEvidence(draft: ClaimDraft, range: { start: number; end: number }): void {
  if (!draft.evidence.some((e) => e.start === range.start && e.end === range.end)) draft.evidence.push(range);
}

/** The people a sentence names (pairs such as "the two leaders" stand for their two members). */
function namedParticipants(context: ExtractionContext, sentenceIndex: number): string[] {
  const ids: string[] = [];
  for (const mention of context.mentionsBySentence[sentenceIndex] ?? []) {
    const type = context.entityById.get(mention.entityId)?.type;
    if (type !== "person" && type !== "group") continue;
    for (const id of participantIds(context, mention.entityId)) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** How far down a story of one event its follow-ups ("the talks lasted …") still reach its claim. */
const STORY_REACH_BLOCKS = 10;

/**
 * The claim a story of one event tells, when every claim before sentence `index` (visits aside) names the
 * same people and happened, and the last is within {@link STORY_REACH_BLOCKS} of `block`.
 */
function oneEventStory(drafts: readonly ClaimDraft[], index: number, block: number): ClaimDraft | undefined {
  let story: ClaimDraft | undefined;
  for (const draft of drafts) {
    if (draft.sentence >= index) break;
    if (draft.kind === "visit") continue;
    if (draft.modality !== "occurred") return undefined;
    if (story && !sameParticipants(story, draft)) return undefined;
    story = draft;
  }
  return story && block - story.block <= STORY_REACH_BLOCKS ? story : undefined;
}

/** "The talks lasted about three hours." gives the claim before it a duration (and a date it lacks). */
export function applyFollowUps(
  context: ExtractionContext,
  drafts: ClaimDraft[],
  draftSentences: ReadonlySet<number>,
): void {
  const { text } = context.document;
  if (drafts.length === 0) return;
  let nextDraft = 0;
  let lastDraftBlock = Number.NEGATIVE_INFINITY;
  context.layout.sentences.forEach((sentence, index) => {
    while (nextDraft < drafts.length && (drafts[nextDraft]?.sentence ?? 0) < index) {
      lastDraftBlock = drafts[nextDraft]?.block ?? lastDraftBlock;
      nextDraft++;
    }
    const block = context.layout.blocks[sentence.block];
    if (!block || block.boilerplate) return;
    const opening = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 70));
    let copularOpening: boolean | undefined;
    const opensCopular = (): boolean => {
      copularOpening ??= COPULAR_ORDINAL.test(opening);
      return copularOpening;
    };
    // A standfirst may count the event before the story tells it ("It was their second call this year.").
    const countsAhead = sentence.block - lastDraftBlock > FOLLOW_UP_REACH_BLOCKS;
    // A story of one event: its later "the talks … lasted nearly three hours" is that event's, however far down.
    const story = countsAhead ? oneEventStory(drafts, index, sentence.block) : undefined;
    if (countsAhead && !story && !opensCopular()) return;
    // A sentence of its own (no claim) may name the event anywhere: "… during the 90-minute meeting".
    const whole = draftSentences.has(index) ? opening : text.slice(sentence.start, sentence.end);
    if (!EVENT_ANAPHOR.test(whole) && !opensCopular()) return;
    // The pattern is anchored and looks at no character past its match: one found in the opening holds for the sentence.
    const copular =
      opensCopular() ||
      COPULAR_ORDINAL.test(text.slice(sentence.start, sentence.end)) ||
      APPOSED_ORDINAL.test(text.slice(sentence.start, sentence.end));
    const ordinal = copular ? ordinalIn(text, sentence.start, sentence.end) : null;
    if (ordinal) {
      // "It is his second state visit to India" counts the visit; "their second call" the call.
      const counted = countedKind(ordinal.text);
      // "It was the third meeting between the two heads of state": the claim of the people it names, if it names any.
      const named = namedParticipants(context, index);
      // A meeting counted by the trip it was part of ("on his first official visit … was received by") takes a
      // count of meetings told after ("It was the second meeting between the two prime ministers") instead.
      const countable = (d: ClaimDraft) =>
        !d.ordinal || (counted !== null && countedKind(d.ordinal.text) === "visit" && counted !== "visit");
      const kindFits = (d: ClaimDraft) =>
        countable(d) && (counted === null ? d.kind !== "visit" : kindCounts(counted, d.kind));
      // "It was Petro's first visit to the White House": the one person it names made the trip counted.
      const namesFit = (d: ClaimDraft) => named.every((id) => d.participants.includes(id));
      const near = (d: ClaimDraft) =>
        d.sentence < index
          ? sentence.block - d.block <= FOLLOW_UP_REACH_BLOCKS
          : d.sentence > index && d.block - sentence.block <= FOLLOW_UP_REACH_BLOCKS;
      const before = (fits: (d: ClaimDraft) => boolean) =>
        drafts.findLast((d) => d.sentence < index && near(d) && fits(d));
      const after = (fits: (d: ClaimDraft) => boolean) =>
        drafts.find((d) => d.sentence > index && near(d) && fits(d));
      // "It was the second time in a month that the two presidents had met": two of the people it names
      // find the event told before further back than a follow-up reaches.
      const sharesTwo = (d: ClaimDraft) => named.filter((id) => d.participants.includes(id)).length >= 2;
      const farBefore = drafts.findLast(
        (d) =>
          d.sentence < index && sentence.block - d.block <= COUNT_REACH_BLOCKS && kindFits(d) && sharesTwo(d),
      );
      const fitting = (d: ClaimDraft) => kindFits(d) && namesFit(d);
      // "It was their fourth round of talks": named people count, not an unnamed group met on the side.
      const ofNamedPeople = (d: ClaimDraft) =>
        kindFits(d) && d.participants.every((id) => context.entityById.get(id)?.type === "person");
      // A story of one event counts that event, however far down the count is told.
      // "Analysts said the meeting, the first between the two since …": the meeting told before, however far up.
      const toldBefore = EVENT_ANAPHOR.test(whole)
        ? drafts.findLast(
            (d) => d.sentence < index && sentence.block - d.block <= COUNT_REACH_BLOCKS && fitting(d),
          )
        : undefined;
      const counts =
        before(fitting) ??
        farBefore ??
        toldBefore ??
        after(fitting) ??
        before(ofNamedPeople) ??
        before(kindFits) ??
        after(kindFits) ??
        (story && fitting(story) ? story : undefined);
      if (counts) {
        counts.ordinal = ordinal;
        addEvidence(counts, sentence);
      }
    }
    if (countsAhead) {
      // Far down, only a length is sure to be the story's ("the talks … lasted nearly three hours").
      if (story && !story.duration && !EARLIER_ANAPHOR.test(opening)) {
        const duration = durationsIn(context, sentence.start, sentence.end)[0];
        if (duration) {
          story.duration = toDuration(duration);
          addEvidence(story, sentence);
        }
      }
      return;
    }
    // A length or place told after a wish ("ready to meet him") is the last event's that happened or is planned.
    const follows = (d: ClaimDraft) =>
      d.sentence < index &&
      sentence.block - d.block <= FOLLOW_UP_REACH_BLOCKS &&
      d.kind !== "visit" &&
      d.modality !== "hypothetical" &&
      d.modality !== "denied";
    // "In Warsaw, Modi and Tusk agreed …. Their talks … lasted some 90 minutes": the event of the two people the
    // paragraph just named, however many claims were told since.
    // "The audience was attended by …", "The meeting lasted …": told in the past, the event is one that happened.
    const toldDone = PAST_FOLLOW_UP.test(opening);
    const pair = pairNamedBefore(context, index);
    const ofPair = (d: ClaimDraft) =>
      !(toldDone && d.modality === "planned") &&
      pair !== null &&
      d.sentence < index &&
      sentence.block - d.block <= COUNT_REACH_BLOCKS &&
      d.kind !== "visit" &&
      d.modality !== "hypothetical" &&
      d.modality !== "denied" &&
      pair.every((id) => d.participants.includes(id));
    const done = (d: ClaimDraft) => follows(d) && d.modality !== "planned";
    const last = drafts.findLast(ofPair) ?? drafts.findLast(toldDone ? done : follows);
    if (!last) return;
    // "… met at the palace before co-chairing the summit. The bilateral meeting lasted …": the deed told first.
    const target = last.nextDeed
      ? (drafts.findLast((d) => follows(d) && d.sentence === last.sentence && !d.nextDeed) ?? last)
      : last;
    // "The previous talks … collapsed in April 2021 after a seven-hour session": another, earlier event.
    if (EARLIER_ANAPHOR.test(opening)) return;
    let used = false;
    // "The talks collapsed … after a seven-hour session between X and Y": a length the sentence's own claim took.
    const measuresOwnClaim = drafts.some(
      (d) => d.sentence === index && d.duration !== null && !sameParticipants(d, target),
    );
    if (!target.duration && !measuresOwnClaim) {
      // "The two-day summit …" measures a gathering, not the meeting told before it.
      const duration = durationsIn(context, sentence.start, sentence.end).find(
        (time) => (time.minMinutes ?? 0) < MINUTES_PER_DAY,
      );
      if (duration) {
        target.duration = toDuration(duration);
        used = true;
      }
    }
    // "The meeting at the Filoli estate …" places the event told before, whatever else the sentence tells.
    if (!target.location) {
      const place = (context.mentionsBySentence[index] ?? []).find(
        (m) =>
          context.entityById.get(m.entityId)?.type === "place" &&
          ANAPHOR_PLACE_BEFORE.test(text.slice(sentence.start, m.start)),
      );
      if (place) {
        target.location = place.entityId;
        target.locationFromSentence = true;
        used = true;
      }
    }
    if (
      !target.date &&
      target.weekday === null &&
      !draftSentences.has(index) &&
      // "The latest round of talks on the dam collapsed in December", a paragraph further on: another event's day.
      sentence.block - target.block <= 1 &&
      EVENT_ANAPHOR.test(opening)
    ) {
      // "It was their second meeting in a month, after a breakfast on Feb. 9": that day is the earlier event's.
      const date = datesIn(context, sentence.start, sentence.end, null).find(
        (time) =>
          !OTHER_EVENT_BEFORE_DAY.test(text.slice(Math.max(sentence.start, time.start - 60), time.start)),
      );
      if (date) {
        const picked = toPicked(date);
        target.date = picked.span;
        target.weekday = picked.weekday;
        target.weekdayText = picked.weekdayText;
        used = true;
      }
    }
    const attended = ATTENDED_BY.exec(text.slice(sentence.start, sentence.end));
    if (attended) {
      // "… was also attended by X and Y": more participants of the same event.
      const from = sentence.start + attended.index + attended[0].length;
      const parties = (context.mentionsBySentence[index] ?? []).filter((m) => {
        const type = context.entityById.get(m.entityId)?.type;
        return type === "person" || type === "group";
      });
      for (const m of chainAfter(text, parties, from, sentence.end, 60))
        if (!target.participants.includes(m.entityId)) {
          target.participants.push(m.entityId);
          used = true;
        }
    }
    if (used) addEvidence(target, sentence);
  });
}

/**
 * "Biden convened an emergency meeting … . Trudeau, Scholz and Sunak were among those at the round table": the
 * people a sentence of its own places at the event told just before join it.
 */
export function applyAttendance(
  context: ExtractionContext,
  drafts: ClaimDraft[],
  draftSentences: ReadonlySet<number>,
): void {
  const { text } = context.document;
  context.layout.sentences.forEach((sentence, index) => {
    if (draftSentences.has(index)) return;
    const told = text.slice(sentence.start, sentence.end);
    // "The Kinshasa delegation was led by provincial minister X": the leader sits in the group's meeting.
    const led = LED_GROUP_SENTENCE.exec(told);
    if (led) {
      const noun = (led[1] ?? "").toLowerCase();
      const target = drafts.findLast(
        (d) =>
          d.sentence < index &&
          sentence.block - d.block <= 1 &&
          d.kind !== "visit" &&
          sentenceText(context, d.sentence).toLowerCase().includes(noun),
      );
      const parties = (context.mentionsBySentence[index] ?? []).filter(
        (m) => context.entityById.get(m.entityId)?.type === "person",
      );
      const leaders = chainAfter(text, parties, sentence.start + led.index + led[0].length, sentence.end, 60);
      if (target && leaders.length > 0) {
        for (const m of leaders)
          if (!target.participants.includes(m.entityId)) target.participants.push(m.entityId);
        addEvidence(target, { start: sentence.start, end: sentence.end });
      }
      return;
    }
    const match = ATTENDANCE_OF_SUBJECTS.exec(told);
    if (!match) return;
    const happened = (d: ClaimDraft) =>
      d.sentence < index && d.kind !== "visit" && (d.modality === "occurred" || d.modality === "unconfirmed");
    // "X, who attended the dinner, …": the event told by that noun, if one was; else the one told just before.
    const noun = /(talks|meeting|session|dinner|lunch|discussions)\b/i.exec(match[0])?.[1]?.toLowerCase();
    const target =
      (noun
        ? drafts.findLast(
            (d) =>
              happened(d) &&
              sentence.block - d.block <= COUNT_REACH_BLOCKS &&
              sentenceText(context, d.sentence).toLowerCase().includes(noun),
          )
        : undefined) ?? drafts.findLast((d) => happened(d) && sentence.block - d.block <= 1);
    if (!target) return;
    const parties = (context.mentionsBySentence[index] ?? []).filter((m) => {
      const type = context.entityById.get(m.entityId)?.type;
      return type === "person" || type === "group";
    });
    const people = chainBefore(text, parties, sentence.start, sentence.start + match.index);
    if (people.length === 0) return;
    for (const m of people)
      if (!target.participants.includes(m.entityId)) target.participants.push(m.entityId);
    // The words that place them there, not the rest of what the sentence goes on to say.
    addEvidence(target, { start: sentence.start, end: sentence.start + match.index + match[0].length });
  });
}

const MINUTES_PER_DAY = 24 * 60;
/** "The audience was attended by", "The talks lasted": a follow-up told in the past tense. */
const PAST_FOLLOW_UP =
  /^(?:the|their|that|this)\s+(?:[\w-]+\s+){0,3}(?:was|were|lasted|ran|took|ended|went|had)\b/i;

/** "The Kinshasa delegation was led by", "the IMF team, headed by": a group's leader named after it. */
const LED_GROUP_SENTENCE =
  /\b(delegation|mission|team|side)\s*,?\s+(?:which\s+)?(?:was|were|is|are)\s+(?:led|headed)\s+by\s+/i;

function sentenceText(context: ExtractionContext, index: number): string {
  const sentence = context.layout.sentences[index];
  return sentence ? context.document.text.slice(sentence.start, sentence.end) : "";
}

/** The two people the sentence before `index`, in the same paragraph, names (null unless exactly two). */
function pairNamedBefore(context: ExtractionContext, index: number): string[] | null {
  const sentence = context.layout.sentences[index];
  const previous = context.layout.sentences[index - 1];
  if (!sentence || !previous || previous.block !== sentence.block) return null;
  const people: string[] = [];
  for (const mention of context.mentionsBySentence[index - 1] ?? [])
    if (context.entityById.get(mention.entityId)?.type === "person" && !people.includes(mention.entityId))
      people.push(mention.entityId);
  return people.length === 2 ? people : null;
}
/** "after a breakfast at the palace on ": a day told of another event, named after "after/before/since". */
const OTHER_EVENT_BEFORE_DAY = /\b(?:after|before|following|since)\s[^,;]*$/i;

/** "The previous talks", "Their earlier meeting": a sentence about an earlier event than the claim before it ("the last round" is the latest, often the one just told). */
const EARLIER_ANAPHOR =
  /^(?:the|their|that)\s+(?:previous|earlier|former|prior)\s+(?:[\w-]+\s+)?(?:talks|meeting|summit|round|session|negotiations|visit|call)\b/i;
const DATE_REACH_BLOCKS = 2;
const ATTENDED_BY = /\b(?:was|were)\s+(?:also\s+)?attended\s+by\s+/i;

/**
 * "They met on Monday for 90 minutes before chairing the council": the deed told next, with no day of its own,
 * happened on the day of the claim before it in its sentence.
 */
export function applyNextDeedDays(drafts: ClaimDraft[]): void {
  drafts.forEach((draft, index) => {
    if (!draft.nextDeed || draft.date || draft.weekday !== null) return;
    const before = drafts
      .slice(0, index)
      .findLast((other) => other.sentence === draft.sentence && !other.nextDeed);
    if (!before) return;
    draft.date = before.date;
    draft.weekday = before.weekday;
    draft.weekdayText = before.weekdayText;
  });
}

/** ", where …", ", which …", ", who …": a relative clause opened before a day. */
const RELATIVE_OPENS = /,\s*(?:where|which|who|whose)\b/i;

/** The single day of the lead, when `draft` is the headline's and the lead names one of its people and tells no claim. */
function headlineLeadDay(
  context: ExtractionContext,
  draft: ClaimDraft,
  lead: number,
  draftSentences: ReadonlySet<number>,
): { span: TimeSpan; sentence: Sentence } | null {
  if (context.layout.blocks[draft.block]?.kind !== "headline" || lead <= draft.sentence) return null;
  const sentence = context.layout.sentences[lead];
  if (!sentence || draftSentences.has(lead)) return null;
  const named = (context.mentionsBySentence[lead] ?? []).map((m) => m.entityId);
  if (!draft.participants.some((p) => named.includes(p))) return null;
  const { text } = context.document;
  // "… after five days in Caracas, where he followed the July 28 election": a day in a relative clause is another's.
  const days = datesIn(context, sentence.start, sentence.end, null).filter(
    (t) => isOneDay(t) && !RELATIVE_OPENS.test(text.slice(sentence.start, t.start)),
  );
  const span = days.length === 1 && days[0] ? toPicked(days[0]).span : null;
  return span ? { span: { ...span, inferred: false }, sentence } : null;
}

/**
 * An undated claim takes the single day of a recent earlier sentence, with no claim of its own, that
 * names all its participants: "X and Y agreed on Wednesday to … . X and Y met at …".
 */
export function applyLeadDates(
  context: ExtractionContext,
  drafts: ClaimDraft[],
  draftSentences: ReadonlySet<number>,
): void {
  const lead = leadSentence(context);
  for (const draft of drafts) {
    if (draft.date || draft.weekday !== null || draft.modality !== "occurred") continue;
    // "X meets Y on eve of summit" over a lead that tells X's day with no claim of its own ("X was in Vilnius on
    // Monday … He and Y discussed …"): the headline's meeting is the lead's day.
    const leadDay = headlineLeadDay(context, draft, lead, draftSentences);
    if (leadDay) {
      draft.date = leadDay.span;
      addEvidence(draft, leadDay.sentence);
      continue;
    }
    for (let index = draft.sentence - 1; index >= 0; index--) {
      const sentence = context.layout.sentences[index];
      if (!sentence || draft.block - sentence.block > DATE_REACH_BLOCKS) break;
      if (draftSentences.has(index) || context.layout.blocks[sentence.block]?.boilerplate) continue;
      const named = new Set((context.mentionsBySentence[index] ?? []).map((m) => m.entityId));
      // "The leaders of Uzbekistan and Tajikistan signed a treaty on Thursday": a lead that names no one by name
      // tells the day of the story its next paragraphs tell.
      // So does a lead naming only people of the claim ("the governor of the central bank" for Cardoso).
      // So does a lead telling an event of the claim's people that yielded no claim of its own ("Biden met the widow
      // and daughter of X on Thursday").
      const namelessLead =
        index === lead &&
        ((context.mentionsBySentence[index] ?? []).every(
          (m) =>
            context.entityById.get(m.entityId)?.type !== "person" || draft.participants.includes(m.entityId),
        ) ||
          (draft.participants.some((p) => named.has(p)) &&
            within(context.triggers, sentence.start, sentence.end).length > 0));
      if (!namelessLead && !draft.participants.every((p) => named.has(p))) continue;
      const days = datesIn(context, sentence.start, sentence.end, null).filter(isOneDay);
      const day = days[0];
      const counted = days.length === 0 && index === lead ? leadDayFromPublication(context, sentence) : null;
      if (counted) {
        draft.date = counted;
        addEvidence(draft, sentence);
        break;
      }
      if (days.length !== 1 || !day) continue;
      const picked = toPicked(day);
      draft.date = picked.span ? { ...picked.span, inferred: false } : null;
      // "… urged Nigeria on Thursday after a 50-minute meeting with the governor": the lead's length is the claim's too.
      const length =
        namelessLead && !draft.duration ? durationsIn(context, sentence.start, sentence.end)[0] : undefined;
      if (length) draft.duration = toDuration(length);
      addEvidence(draft, sentence);
      break;
    }
  }
  // "X did not meet Y on Thursday … X instead held talks with Z": the story's day carries to the next event of its subject.
  for (const draft of drafts) {
    if (draft.date || draft.weekday !== null || draft.modality !== "occurred") continue;
    const sentence = context.layout.sentences[draft.sentence];
    if (!sentence || !INSTEAD.test(context.document.text.slice(sentence.start, sentence.end))) continue;
    const earlier = drafts.findLast(
      (d) => d.sentence < draft.sentence && draft.block - d.block <= DATE_REACH_BLOCKS && d.date,
    );
    if (!isOneDay(earlier?.date)) continue;
    if (!shareParticipant(earlier, draft)) continue;
    draft.date = { ...earlier.date, inferred: false };
    if (!draft.location && earlier.location) draft.location = earlier.location;
  }
}

const INSTEAD = /\binstead\b/i;

/**
 * "… at the end of a visit to Nouakchott the previous day": a lead counts its relative day from the day the
 * story was published, there being no event told before it.
 */
function leadDayFromPublication(
  context: ExtractionContext,
  sentence: { start: number; end: number },
): ClaimDraft["date"] {
  const published = context.document.article.publishedAt;
  const relative = relativeLeadOf(context.document.text.slice(sentence.start, sentence.end));
  if (!published || !relative) return null;
  const day = shiftDay(published, relative.days);
  return { earliest: day, latest: day, text: relative.text, inferred: false };
}

/** Fewer words than this make a line ("Jakarta, Sun, November 10, 2024"), not a lead sentence. */
const LEAD_MIN_WORDS = 8;

/** The index of the story's first body sentence (the lead), or -1. */
function leadSentence(context: ExtractionContext): number {
  const { text } = context.document;
  return context.layout.sentences.findIndex((sentence) => {
    const block = context.layout.blocks[sentence.block];
    if (block === undefined || block.kind !== "paragraph" || block.boilerplate) return false;
    return text.slice(sentence.start, sentence.end).split(/\s+/).length >= LEAD_MIN_WORDS;
  });
}

/** "A day earlier, …", "Two days later, …", "The next day …", "The day before, …" opening a sentence. */
const RELATIVE_LEAD =
  /^(?:(?:(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(earlier|later|before|after))|the\s+(?:(next|following|previous)\s+(day|week)|(day|week)\s+(before|after)))\b/i;

/** "comes a fortnight after", "came two days after": the story's event told as following another by so long. */
const COMES_AFTER =
  /\b(?:comes|came|follows|followed)\s+(?:just\s+|only\s+)?(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?|fortnight)\s+after\b/i;

/**
 * The days by which the event a clause tells, after "comes a fortnight after", lies before the story's own
 * ("The Luanda visit comes a fortnight after X was already in the capital, where he had met Y": 14).
 */
function asideBeforeTheStory(textBeforeTrigger: string): { days: number; text: string } | null {
  const match = COMES_AFTER.exec(textBeforeTrigger);
  if (!match) return null;
  const count = match[1] === undefined ? 1 : parseAmount(match[1]);
  if (count === null || !Number.isInteger(count)) return null;
  const unit = (match[2] ?? "day").toLowerCase();
  const perUnit = unit === "fortnight" ? 14 : unit.startsWith("week") ? 7 : 1;
  return { days: count * perUnit, text: match[0] };
}

/** A noun phrase right after "after"/"before": the day counts from what it names. */
const NAMED_REFERENCE = /^\s+(?:the|a|an|his|her|their|its|this|that|\p{Lu}|\d)/u;

/** The same phrases inside a sentence ("… met the previous day in Subotica"). */
const RELATIVE_WITHIN = new RegExp(RELATIVE_LEAD.source.replace(/^\^/, "\\b"), "i");

/**
 * Days between a sentence opening "A day earlier," / "Two weeks later," / "The next day" (or saying so
 * inside it: "met the previous day") and the event
 * told just before it (−1, +14, +1); null when the sentence opens otherwise.
 *
 * @example
 * relativeLeadDays("A day earlier, the two held talks"); // -1
 */
export function relativeLeadDays(sentenceText: string): number | null {
  return relativeLeadOf(sentenceText)?.days ?? null;
}

/** The days of {@link relativeLeadDays} with the words that tell them ("A day earlier"), read in one match. */
function relativeLeadOf(sentenceText: string): { days: number; text: string; at: number | null } | null {
  const opening = sentenceText.trimStart();
  const lead = RELATIVE_LEAD.exec(opening);
  const match = lead ?? RELATIVE_WITHIN.exec(sentenceText);
  if (!match) return null;
  // "two days after the disputed election": counted from the event it names, not from the one told before.
  const rest = (lead ? opening : sentenceText).slice(match.index + match[0].length);
  if (/(?:after|before)$/i.test(match[0]) && NAMED_REFERENCE.test(rest)) return null;
  const [, amount, unit, direction, order, orderUnit, bareUnit, bareDirection] = match;
  const count = amount === undefined ? 1 : parseAmount(amount);
  const perUnit = /^week/i.test(unit ?? orderUnit ?? bareUnit ?? "") ? 7 : 1;
  const backwards = /^(?:earlier|before|previous)$/i.test(direction ?? order ?? bareDirection ?? "");
  if (count === null || !Number.isInteger(count)) return null;
  return { days: (backwards ? -1 : 1) * count * perUnit, text: match[0], at: lead ? null : match.index };
}

/** ", where he had met X the previous day": a clause after the trigger that tells its own event. */
const OWN_EVENT_CLAUSE = /,\s*(?:where|when|after which|during which)\b/i;

/** An undated claim whose sentence opens "A day earlier," takes the day of the claim told just before, moved so. */
export function applyRelativeLeads(context: ExtractionContext, drafts: ClaimDraft[]): void {
  const { text } = context.document;
  const leadIndex = leadSentence(context);
  for (const draft of drafts) {
    if (draft.date || draft.weekday !== null) continue;
    const sentence = context.layout.sentences[draft.sentence];
    if (!sentence) continue;
    const aside = asideBeforeTheStory(text.slice(sentence.start, draft.trigger.start));
    if (aside !== null) {
      // "The visit comes a fortnight after X was in Luanda, where he had met Y": counted back from the story's day.
      const story = drafts.find((d) => d.sentence === leadIndex && isOneDay(d.date));
      if (story?.date && story.sentence < draft.sentence) {
        const day = shiftDay(story.date.earliest, -aside.days);
        draft.date = {
          earliest: day,
          latest: day,
          text: `${aside.text} (${story.date.text})`,
          inferred: false,
        };
      }
      continue;
    }
    const lead = relativeLeadOf(text.slice(sentence.start, sentence.end));
    if (lead === null) continue;
    // "Fidan arrived in Cairo from Doha, where he had met X the previous day": the where-clause's day, not the trip's.
    const phraseAt = lead.at === null ? null : sentence.start + lead.at;
    if (
      phraseAt !== null &&
      phraseAt > draft.trigger.end &&
      OWN_EVENT_CLAUSE.test(text.slice(draft.trigger.end, phraseAt))
    )
      continue;
    // The day of the event told before: the last claim dated to one day ("last month" dates no day to count from),
    // or, further down a story, the day of the event its lead tells ("The previous day, X received Y to prepare").
    // A deed done ("had held a call … the previous day") counts from a deed done, not from a plan told since.
    const happened = (d: ClaimDraft) =>
      draft.modality !== "occurred" || (d.modality !== "planned" && d.modality !== "hypothetical");
    const told = drafts.findLast((d) => d.sentence < draft.sentence && isOneDay(d.date) && happened(d));
    const earlier =
      told && draft.block - told.block <= DATE_REACH_BLOCKS
        ? told
        : drafts.find((d) => d.sentence === leadIndex && d.sentence < draft.sentence && isOneDay(d.date));
    // "X summoned Y on March 19. A week later, Z called on …": the day the sentence before tells, claim or not.
    const previous = context.layout.sentences[draft.sentence - 1];
    const opensOnLead = RELATIVE_LEAD.test(text.slice(sentence.start, sentence.end).trimStart());
    const toldJustBefore =
      previous &&
      opensOnLead &&
      !context.layout.blocks[previous.block]?.boilerplate &&
      (!earlier || earlier.sentence < draft.sentence - 1)
        ? datesIn(context, previous.start, previous.end, null).filter(isOneDay).at(-1)
        : undefined;
    const reference = toldJustBefore ? toPicked(toldJustBefore).span : earlier?.date;
    if (!reference) continue;
    const day = shiftDay(reference.earliest, lead.days);
    draft.date = { earliest: day, latest: day, text: `${lead.text} (${reference.text})`, inferred: false };
  }
}

/** "earlier in the day", "later that day", "the same day": the day of the event told before, not the writing day. */
const SAME_DAY_REFERENCE =
  /^(?:(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day|(?:on\s+)?(?:that|the)\s+same\s+day|(?:on\s+)?that\s+day)$/i;
/** The end of a day ("Monday night", "late on Tuesday evening"): no event is told as later that day. */
const DAY_ENDING = /\b(?:night|evening)\b/i;
/** How far from the writing day the event a same-day reference points back to may lie (a background date is no antecedent). */
const NARRATIVE_REACH_DAYS = 7;

/**
 * A claim dated "earlier in the day" / "later that day" takes the single day of the nearest claim told before
 * it whose day lies near the writing day ("Prabowo met Xi yesterday … Earlier in the day he held talks with Li").
 */
export function applySameDayReferences(context: ExtractionContext, drafts: ClaimDraft[]): void {
  const { text } = context.document;
  const writingDay = context.document.article.publishedAt?.slice(0, 10) ?? null;
  // "Hayashi, who arrived in Beijing the previous day, told …": background told in a relative clause.
  const inRelativeClause = (d: ClaimDraft) =>
    RELATIVE_CLAUSE_BEFORE.test(text.slice(Math.max(0, d.trigger.start - 60), d.trigger.start));
  for (const draft of drafts) {
    if (!draft.date || !SAME_DAY_REFERENCE.test(draft.date.text.trim())) continue;
    // "arrived on Monday night … Later in the day, X met Y": a night ends its day, so nothing follows later in it.
    const later = /^later/i.test(draft.date.text.trim());
    const antecedent = drafts.findLast(
      (d) =>
        (d.sentence < draft.sentence ||
          (d.sentence === draft.sentence && d.trigger.start < draft.trigger.start)) &&
        isOneDay(d.date) &&
        !(later && DAY_ENDING.test(d.date.text)) &&
        !d.earlier &&
        !inRelativeClause(d) &&
        !SAME_DAY_REFERENCE.test(d.date.text.trim()) &&
        (writingDay === null || Math.abs(daysBetween(writingDay, d.date.earliest)) <= NARRATIVE_REACH_DAYS),
    );
    const day = antecedent?.date;
    if (!day || day.earliest === draft.date.earliest) continue;
    draft.date = {
      earliest: day.earliest,
      latest: day.latest,
      text: `${draft.date.text} (${day.text})`,
      inferred: false,
    };
  }
}

/** "Hayashi, who arrived in Beijing the previous day, told …": a day told in a relative clause, as background. */
const RELATIVE_CLAUSE_BEFORE = /,\s*(?:who|which|whose)\b[^,;.]*$/i;

/**
 * "… then held talks", "later met", "also had a meeting with": an event told as following the one before it (or
 * beside it), the same day.
 */
const SEQUENCE_BEFORE = /\b(?:then|later|afterwards|subsequently|also)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "X later visited Camp Aguinaldo, where he met Y": the step told before the where-clause the event is in. */
const SEQUENCE_THEN_WHERE = /\b(?:then|later|afterwards|subsequently)\s[^.;]*?,\s+where\s[^.;]*$/i;
/** "… hours later", "… shortly afterwards": a deed soon after the one told just before. */
const HOURS_LATER_AFTER =
  /^[^.;]{0,60}?\b(?:hours|minutes)\s+later\b|^[^.;]{0,60}?\bshortly\s+after(?:wards)?\s*[.,;]/i;
/** "… later in the afternoon", "… later that day": a step told after the deed. */
const LATER_THAT_DAY_AFTER =
  /^[^.;]{0,80}?\blater (?:that|the same|in the) (?:day|morning|afternoon|evening|night)\b/i;

/**
 * "Duda on Sunday addressed parliament. … Duda then held talks with Zelensky": an undated claim told as the
 * next step of the day takes the last single day told before it, within two paragraphs.
 */
export function applySequenceDates(context: ExtractionContext, drafts: ClaimDraft[]): void {
  const { text } = context.document;
  for (const draft of drafts) {
    if (draft.date || draft.weekday !== null || draft.modality !== "occurred") continue;
    const sentence = context.layout.sentences[draft.sentence];
    if (!sentence) continue;
    // "Trump announced Monday that … . Trudeau and Trump spoke by phone hours later": the day told just before.
    if (HOURS_LATER_AFTER.test(text.slice(draft.trigger.end, sentence.end))) {
      const previous = context.layout.sentences[draft.sentence - 1];
      const told = datesIn(context, previous?.start ?? sentence.start, draft.trigger.start, null)
        .filter(isOneDay)
        .at(-1);
      if (told) {
        draft.date = toPicked(told).span;
        continue;
      }
    }
    const laterThatDay = LATER_THAT_DAY_AFTER.test(text.slice(draft.trigger.end, sentence.end));
    const before = text.slice(sentence.start, draft.trigger.start);
    // "Anwar, who also met Orazov, praised the talks": a relative clause tells background, not the next step.
    const sequenced = SEQUENCE_BEFORE.test(before) && !RELATIVE_CLAUSE_BEFORE.test(before);
    if (!laterThatDay && !sequenced && !SEQUENCE_THEN_WHERE.test(before)) continue;
    // "Sisi held separate talks with Salih later in the afternoon": the day of the last event Sisi was in.
    const shared = laterThatDay
      ? drafts.findLast(
          (d) =>
            d.sentence < draft.sentence &&
            isOneDay(d.date) &&
            d.modality === "occurred" &&
            !d.earlier &&
            shareParticipant(d, draft),
        )
      : undefined;
    if (shared?.date) {
      draft.date = { ...shared.date };
      continue;
    }
    // "X held talks with Y on Friday. … They then talked one-on-one": the step follows the same people's day.
    const same = drafts.findLast(
      (d) =>
        d.sentence < draft.sentence &&
        draft.block - d.block <= DATE_REACH_BLOCKS &&
        isOneDay(d.date) &&
        sameParticipants(d, draft),
    );
    if (same?.date) {
      draft.date = { ...same.date };
      continue;
    }
    const firstBlock = context.layout.blocks[Math.max(0, draft.block - DATE_REACH_BLOCKS)];
    if (!firstBlock) continue;
    const day = datesIn(context, firstBlock.start, sentence.start, null)
      .filter(
        (t) =>
          isOneDay(t) &&
          !SAME_DAY_REFERENCE.test(t.text.trim()) &&
          !RELATIVE_CLAUSE_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)),
      )
      .at(-1);
    if (day) {
      draft.date = toPicked(day).span;
      continue;
    }
    // "Mr Albanese later visited Camp Aguinaldo, where he met …", paragraphs down: a step of the story's day.
    const story = drafts.find(
      (d) =>
        d.sentence < draft.sentence &&
        d.modality === "occurred" &&
        !d.earlier &&
        isOneDay(d.date) &&
        shareParticipant(d, draft),
    );
    if (story?.date) draft.date = { ...story.date };
  }
}

/** "on the sidelines of the retreat": an event held during the story's own gathering. */
const SIDELINES_OF_THE =
  /\bon the (?:sidelines|margins|fringes) of (?:the|this|that|their) (?:[\p{L}'’-]+ ){0,3}(?:summit|retreat|visit|talks|meeting|conference|forum|session|gathering|trip)\b/iu;

/**
 * "… held separate talks on the sidelines of the retreat": an undated claim told as held during the story's
 * gathering takes the day (and, lacking one, the place) of the story's first dated claim.
 */
export function applySidelines(context: ExtractionContext, drafts: ClaimDraft[]): void {
  const { text } = context.document;
  const lead = drafts.find((d) => d.modality === "occurred" && !d.earlier && isOneDay(d.date));
  if (!lead?.date) return;
  for (const draft of drafts) {
    if (draft === lead || draft.date || draft.weekday !== null || draft.modality !== "occurred") continue;
    const sentence = context.layout.sentences[draft.sentence];
    if (!sentence) continue;
    const told = text.slice(sentence.start, sentence.end);
    if (SIDELINES_OF_THE.test(told)) {
      draft.date = { ...lead.date, inferred: false };
      draft.location ??= lead.location;
    } else if (lead.sentence < draft.sentence && EVE_OF_THE.test(told)) {
      // "On the eve of the Luanda talks, X had received Y": the day before the story's gathering.
      const day = shiftDay(lead.date.earliest, -1);
      draft.date = { earliest: day, latest: day, text: `the eve of (${lead.date.text})`, inferred: false };
    }
  }
}

/** "on the eve of the Luanda talks": the day before the story's own gathering. */
const EVE_OF_THE =
  /\bon the eve of (?:the|this|that|their|his|her) (?:[\p{L}'’-]+ ){0,3}(?:summit|retreat|visit|talks|meeting|conference|forum|session|trip)\b/iu;

/**
 * "held separate talks with A and B", "met A and B separately", "held talks with A and later with B": one
 * meeting with each.
 */
const SEPARATELY =
  /\b(?:separate(?:ly)?|individual(?:ly)?|one by one|in turn)\b|\bbilateral (?:talks|meetings) with\b|\band,?\s+(?:later|then|afterwards|subsequently),?\s+(?:also\s+)?with\b/i;

/**
 * "X held separate talks with A and B": a claim of one subject and several others told as separate meetings
 * becomes one claim per other person, each with the same day, place and source.
 */
export function splitSeparateMeetings(context: ExtractionContext, drafts: ClaimDraft[]): ClaimDraft[] {
  const { text } = context.document;
  return drafts.flatMap((draft) => {
    if (draft.participants.length < 3 || draft.kind === "visit" || draft.kind === "call") return [draft];
    // "… separately, before bringing them together for a seven-hour session": the joint sitting stays one.
    if (/^\s[^.;]{0,60}?\btogether\b/i.test(text.slice(draft.trigger.end, draft.trigger.end + 80)))
      return [draft];
    const sentence = context.layout.sentences[draft.sentence];
    if (!sentence || !SEPARATELY.test(text.slice(sentence.start, sentence.end))) return [draft];
    // "Both leaders held separate meetings with Putin": several subjects, each meeting the one person after "with".
    const withWho = ONE_AFTER_WITH.exec(text.slice(draft.trigger.start, sentence.end));
    const after = withWho ? draft.trigger.start + withWho.index + withWho[0].length : -1;
    const named = (context.mentionsBySentence[draft.sentence] ?? []).filter(
      (m) => m.start >= after && draft.participants.includes(m.entityId),
    );
    const counterpart = after >= 0 && named.length === 1 ? named[0]?.entityId : undefined;
    if (counterpart !== undefined) {
      return draft.participants
        .filter((p) => p !== counterpart)
        .map((p) => ({ ...draft, participants: [p, counterpart], evidence: [...draft.evidence] }));
    }
    const [subject, ...others] = draft.participants as [string, ...string[]];
    return others.map((other) => ({
      ...draft,
      participants: [subject, other],
      evidence: [...draft.evidence],
    }));
  });
}

/** "… separate meetings with ": the words after which the counterparts of separate meetings are named. */
const ONE_AFTER_WITH = /^[^.;]*?\bwith\s+/i;

/** "Y declined to confirm reports that X had met Y": the reports are the only word for it. */
const REPORTS_NOT_CONFIRMED = new RegExp(
  `${NON_CONFIRMATION_CUES.source}\\s+(?:on\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+)?(?:reports?|claims?|accounts?|rumou?rs?|speculation)\\b`,
  "i",
);

/** "…; Syria denies", "… – Kremlin denies it": a closing clause that denies what the sentence reports. */
const DENIAL_CLOSING =
  /[;–—]\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:denies|denied|deny)(?:\s+(?:it|this|the report|report|claims?))?\s*[.!]?\s*$/u;

/** A word every non-confirmation pattern holds: a cheap test that spares most sentences those patterns. */
const CONFIRMATION_WORD = /comment|confirm|verif|respon|repl|no word/i;
/** A word every {@link EVENT_DENIED} match holds ("took place", "denied the report"). */
const TOOK_PLACE_WORD = /place|happened|occurred|held|report|story|claim|account/i;

/** Words after a non-confirmation that leave a question open rather than withhold confirmation of a report. */
const OPEN_QUESTION =
  /^\s+(?:whether|if|when(?!\s+(?:asked|contacted|reached|approached|questioned)\b)|who|which)\b/i;

/**
 * Whether a non-confirmation pattern matches `text` ("would not comment", "has not confirmed it"), tested only
 * when `text` holds a word it needs; "has not confirmed whether Milei will attend" leaves something to come open.
 */
function withholdsConfirmation(pattern: RegExp, text: string): boolean {
  if (!CONFIRMATION_WORD.test(text)) return false;
  const cue = pattern.exec(text);
  return cue !== null && !OPEN_QUESTION.test(text.slice(cue.index + cue[0].length));
}

/**
 * "X said he had met Y. Y did not comment." makes the claim unconfirmed, and so does a sentence that tells
 * it as reports someone would not confirm.
 */
export function applyNonConfirmation(context: ExtractionContext, drafts: ClaimDraft[]): void {
  const { text } = context.document;
  for (const draft of drafts) {
    if (draft.modality !== "occurred") continue;
    const own = context.layout.sentences[draft.sentence];
    // "Turkish daily says Fidan met Mamlouk in Damascus; Syria denies": a headline's closing denial.
    if (own && DENIAL_CLOSING.test(text.slice(draft.trigger.end, own.end))) {
      draft.modality = "denied";
      draft.modalityCued = true;
      continue;
    }
    if (own && withholdsConfirmation(REPORTS_NOT_CONFIRMED, text.slice(own.start, draft.trigger.start))) {
      draft.modality = "unconfirmed";
      draft.modalityCued = true;
      continue;
    }
    const reported =
      draft.attribution !== null || REPORTED_BEFORE.test(text.slice(own?.start ?? 0, draft.trigger.start));
    for (let index = draft.sentence + 1; index <= draft.sentence + 3; index++) {
      const sentence = context.layout.sentences[index];
      if (!sentence || sentence.block - draft.block > 2) break;
      const later = text.slice(sentence.start, sentence.end);
      const denial = reported && TOOK_PLACE_WORD.test(later) ? EVENT_DENIED.exec(later) : null;
      // Another claim told in between takes the denials and silences that follow it ("denied that any meeting
      // took place, saying it was an encounter during a meeting with X" denies before it tells X's meeting).
      const deniedUpTo = denial ? sentence.start + denial.index + denial[0].length : sentence.end;
      if (
        drafts.some(
          (other) =>
            other.sentence === index && !sameParticipants(other, draft) && other.trigger.start < deniedUpTo,
        )
      )
        break;
      // "… denied that any meeting with Israeli officials took place": the other side's denial of the report.
      if (denial) {
        draft.modality = "denied";
        draft.modalityCued = true;
        addEvidence(draft, sentence);
        break;
      }
      if (
        (reported && withholdsConfirmation(NON_CONFIRMATION_CUES, later)) ||
        withholdsConfirmation(EVENT_NOT_CONFIRMED, later)
      ) {
        draft.modality = "unconfirmed";
        draft.modalityCued = true;
        addEvidence(draft, sentence);
        break;
      }
    }
    if (
      draft.modality === "occurred" &&
      draft.attribution &&
      own &&
      withholdsConfirmation(NON_CONFIRMATION_CUES, text.slice(draft.trigger.end, own.end))
    ) {
      draft.modality = "unconfirmed";
      draft.modalityCued = true;
    }
  }
  // "X denied a report that he had met Y … A radio station reported that the two met": the report the story
  // tells after its denial is the denied one, whatever silence of the other side follows it.
  for (const draft of drafts) {
    if ((draft.modality !== "occurred" && draft.modality !== "unconfirmed") || !draft.attribution) continue;
    const denial = drafts.find(
      (other) =>
        other.modality === "denied" &&
        other.sentence < draft.sentence &&
        draft.block - other.block <= 2 &&
        sameParticipants(other, draft) &&
        overlaps(other.date, draft.date),
    );
    if (!denial) continue;
    draft.modality = "denied";
    draft.modalityCued = true;
  }
}

/** Whether two drafts name a participant in common. */
export function shareParticipant(a: ClaimDraft, b: ClaimDraft): boolean {
  return a.participants.some((participant) => b.participants.includes(participant));
}

function sameParticipants(a: ClaimDraft, b: ClaimDraft): boolean {
  return (
    a.participants.length === b.participants.length && a.participants.every((p) => b.participants.includes(p))
  );
}

/** "Index reported that …", "state media said …": the claim is told as a report. */
const REPORTED_BEFORE =
  /\b(?:reported|reports|said|says|say|claimed|claims|claim|according to)\b[^.;]{0,12}?(?:that\s+)?[^.;]{0,80}$/i;
/** "… denied that any meeting … took place", "No such meeting took place". */
const EVENT_DENIED =
  /\b(?:denied|denies|dismissed)\b[^.;]{0,40}?\b(?:meeting|talks|visit|call|encounter)\b[^.;]{0,40}?\b(?:took place|had taken place|happened|occurred|was held)\b|\bno (?:such )?(?:meeting|talks|visit|call|encounter)(?: of any kind| whatsoever| at all)? (?:took place|had taken place|happened|occurred|was held)\b|\b(?:(?:flatly|categorically|strongly|firmly)\s+)?(?:denied|denies|rejected|dismissed)\s+(?:the|that|this|these|those|such)\s+(?:(?:newspaper|media|press|news)\s+)?(?:report|reports|story|claim|claims|account)\b/i;
/** "… would not confirm the meeting": a sentence that withholds confirmation of the event itself. */
const EVENT_NOT_CONFIRMED =
  /\b(?:would not|wouldn't|did not|didn't|declined to|refused to|could not|has not|have not)\s+(?:confirm|comment on)\s+(?:the|that|this)\s+(?:meeting|talks|call|visit|encounter|conversation)\b/i;

/** Whether `later` starts within two days after `earlier` ends. */
function soonAfter(earlier: TimeSpan | null, later: TimeSpan | null): boolean {
  if (!earlier || !later) return false;
  const gap = daysBetween(earlier.latest, later.earliest);
  return gap >= 0 && gap <= 2;
}

function overlaps(a: TimeSpan | null, b: TimeSpan | null): boolean {
  if (!a || !b) return true;
  return a.earliest <= b.latest && b.earliest <= a.latest;
}

function narrower(a: TimeSpan | null, b: TimeSpan | null): TimeSpan | null {
  if (!a) return b;
  if (!b) return a;
  const width = (s: TimeSpan) => Date.parse(s.latest) - Date.parse(s.earliest);
  return width(b) < width(a) && b.earliest >= a.earliest && b.latest <= a.latest ? b : a;
}

/**
 * "Biden held talks with Modi on Friday night. The two leaders talked for over an hour.": a claim dated only by its
 * section's day (a live blog's stamp) is the one its paragraph (or the entry's title) dates itself, and takes that day.
 */
function sectionDayYields(a: ClaimDraft, b: ClaimDraft): boolean {
  return Math.abs(a.block - b.block) <= 1 && dayYields(a) !== dayYields(b);
}

/** A day a claim only borrowed: its section's, or the day it was said on. */
function dayYields(draft: ClaimDraft): boolean {
  return Boolean(draft.dateFromSection || draft.dateFromSaying);
}

/**
 * One modality, counting an event resting on one side's word as told happened ("met …, his office said. The palace
 * would not comment. … It was his second meeting with the king"), unless either is told as an earlier one.
 */
function sameModality(a: ClaimDraft, b: ClaimDraft): boolean {
  if (a.modality === b.modality) return true;
  const happened = (d: ClaimDraft) => d.modality === "occurred" || d.modality === "unconfirmed";
  return happened(a) && happened(b) && !a.earlier && !b.earlier;
}

/**
 * Claims under different dated sections are different events ("Third visit – April 11"), unless both tell the
 * same one day with the same modality: a live blog's entries that report one meeting again.
 */
function sameSection(a: ClaimDraft, b: ClaimDraft): boolean {
  if (a.heading === b.heading) return true;
  return (
    isOneDay(a.date) && isOneDay(b.date) && a.date.earliest === b.date.earliest && a.modality === b.modality
  );
}

/** Visits fold into the meeting they frame ("X visited Y and met Z"): their place, date and ordinal fill its gaps. */
export function absorbVisits(
  drafts: ClaimDraft[],
  placesAgree: (a: string, b: string) => boolean = (a, b) => a === b,
  liesWithin: (inner: string, outer: string) => boolean = () => false,
): ClaimDraft[] {
  const absorbed = new Set<ClaimDraft>();
  // "It is his second state visit to India": an undated counted visit restates the visit told before it.
  for (const counted of drafts) {
    if (counted.kind !== "visit" || !counted.ordinal || counted.date || counted.weekday !== null) continue;
    const told = drafts.find(
      (d) =>
        d !== counted &&
        d.kind === "visit" &&
        !absorbed.has(d) &&
        d.sentence < counted.sentence &&
        counted.block - d.block <= VISIT_REACH_BLOCKS * 2 &&
        (!d.ordinal || d.ordinal.value === counted.ordinal?.value) &&
        d.modality === counted.modality &&
        counted.participants.every((p) => d.participants.includes(p)) &&
        (!d.location || !counted.location || placesAgree(d.location, counted.location)),
    );
    if (!told) continue;
    told.ordinal ??= counted.ordinal;
    for (const e of counted.evidence) addEvidence(told, e);
    absorbed.add(counted);
  }
  // Later visits first: the visit told nearest before a meeting is the one that places it.
  const visits = drafts.filter((d) => d.kind === "visit" && !absorbed.has(d)).reverse();
  const framesItsSentence = (visit: ClaimDraft) =>
    drafts.some((d) => d.kind !== "visit" && d.sentence === visit.sentence);
  for (const visit of [...visits.filter(framesItsSentence), ...visits.filter((v) => !framesItsSentence(v))]) {
    const candidates = drafts
      .filter(
        (d) =>
          // A trip frames an in-person meeting, never a phone call or the welcome on arrival.
          d.kind !== "visit" &&
          d.kind !== "call" &&
          !d.arrivalWelcome &&
          // "X last visited Moscow in April" is an earlier trip than the talks the story tells.
          (Boolean(d.earlier) === Boolean(visit.earlier) || d.sentence === visit.sentence) &&
          visit.participants.every((p) => d.participants.includes(p)) &&
          sameSection(d, visit) &&
          // "… held talks, their second meeting after Kishida's visit to New Delhi": a trip set apart in time
          // from its sentence's event frames only what its sentence tells after it ("…, where the two met").
          (!visit.offsetEvent || (d.sentence === visit.sentence && d.trigger.start > visit.trigger.start)) &&
          Math.abs(d.block - visit.block) <= VISIT_REACH_BLOCKS &&
          // An undated meeting takes a trip's day only from a trip told with it or just before it.
          (d.date !== null || visit.date === null || visit.sentence <= d.sentence) &&
          // "will fly to Brisbane on Wednesday and meet X the following day": the trip frames the next days too.
          (overlaps(d.date, visit.date) ||
            (d.sentence === visit.sentence && soonAfter(visit.date, d.date))) &&
          // A trip counted apart from the meeting ("first trip to South Korea", "their second summit") stays a claim.
          (!d.ordinal || !visit.ordinal || d.ordinal.value === visit.ordinal.value) &&
          // A trip to one place does not frame a meeting told at another ("first visit to Ghana" vs talks in Abidjan).
          (!d.location || !visit.location || placesAgree(d.location, visit.location)) &&
          (d.modality === visit.modality || !visit.modalityCued),
      )
      .sort(
        (a, b) =>
          Math.abs(a.sentence - visit.sentence) - Math.abs(b.sentence - visit.sentence) ||
          a.sentence - b.sentence,
      );
    const sameSentence = candidates.filter((d) => d.sentence === visit.sentence);
    const targets = sameSentence.length > 0 ? sameSentence : candidates.slice(0, 1);
    if (targets.length === 0) continue;
    for (const meeting of targets) fillFromVisit(meeting, visit, liesWithin);
    absorbed.add(visit);
  }
  return drafts.filter((d) => !absorbed.has(d));
}

/**
 * A trip's place, day, count and source fill a meeting's gaps; its place also replaces one it lies within
 * ("a visit to Chisinau" over the "Moldova" of "the first head of state to visit Moldova").
 */
function fillFromVisit(
  meeting: ClaimDraft,
  visit: ClaimDraft,
  liesWithin: (inner: string, outer: string) => boolean,
): void {
  if (
    visit.location &&
    (!meeting.location ||
      (!meeting.locationFromSentence &&
        visit.location !== meeting.location &&
        liesWithin(visit.location, meeting.location)))
  )
    meeting.location = visit.location;
  if (!meeting.date && visit.date) meeting.date = visit.date;
  if (meeting.weekday === null && !meeting.date && visit.weekday !== null) {
    meeting.weekday = visit.weekday;
    meeting.weekdayText = visit.weekdayText;
  }
  if (!meeting.ordinal && visit.ordinal) meeting.ordinal = visit.ordinal;
  if (!meeting.attribution && visit.attribution) meeting.attribution = visit.attribution;
  for (const e of visit.evidence) addEvidence(meeting, e);
}

const EVENT_PLACE_BEFORE =
  /\b(?:meeting|meetings|talks|summit|negotiations|conversation|visit|trip)\s+(?:[a-z]+\s+){0,2}(?:in|at|inside)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|capital)\s+)?$/i;

/** A paragraph that places its event ("a lengthy meeting in the Kremlin") places the claims in it that name no place. */
export function applyParagraphLocations(
  context: ExtractionContext,
  drafts: ClaimDraft[],
  places: readonly EntityMention[],
): void {
  const { text } = context.document;
  for (const draft of drafts) {
    if (draft.location || draft.kind === "visit" || draft.modality === "hypothetical") continue;
    const block = context.layout.blocks[draft.block];
    if (!block) continue;
    const place = places.find(
      (p) =>
        p.start >= block.start &&
        p.end <= block.end &&
        p.start < draft.trigger.start &&
        EVENT_PLACE_BEFORE.test(text.slice(Math.max(block.start, p.start - 60), p.start)),
    );
    if (place) draft.location = place.entityId;
  }
}

/** "… in Sochi", "at Brégançon fortress": a headline place the story is told from. */
const SETTING_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;
/** "G20 Osaka summit", "Munich Security Conference": a place naming the gathering the story is about. */
const SETTING_AFTER =
  /^\s+(?:[A-Z][\w-]*\s+){0,2}(?:[Ss]ummit|[Tt]alks|[Mm]eeting|[Ff]orum|[Cc]onference|[Gg]ames)\b/;
/** How many days from the story's own day an unplaced meeting may lie to be placed in its setting. */
const SETTING_REACH_DAYS = 2;

/** The place a headline sets its story in ("… discuss grain in Sochi", "G20 Osaka summit: live updates"), or null. */
function storySetting(context: ExtractionContext, places: readonly EntityMention[]): string | null {
  const { text } = context.document;
  for (const block of context.layout.blocks) {
    if (block.kind !== "headline") continue;
    const place = places.find(
      (p) =>
        p.start >= block.start &&
        p.end <= block.end &&
        (SETTING_BEFORE.test(text.slice(Math.max(block.start, p.start - 8), p.start)) ||
          SETTING_AFTER.test(text.slice(p.end, p.end + 40))),
    );
    if (place) return place.entityId;
  }
  return null;
}

/**
 * "BUENOS AIRES, April 4 (Reuters) -", "PEMBA, Mozambique (AFP) —", "TOKYO, Nov. 24 (Kyodo) --": what follows a
 * place that opens a dateline (an abbreviation's dot is no sentence end).
 */
const DATELINE_AFTER_PLACE =
  /^(?:[^.\n]|(?<=(?:^|[\s,.])\p{L}{1,4})\.){0,60}?(?:\(|\s[—–-]{1,2}\s|\s?[—–-]{1,2}$)/u;
/** How many blocks from the top a dateline may open (a headline, standfirst and byline may come first). */
const DATELINE_BLOCKS = 5;

/** The place a wire dateline opens the story with, when the story has one. */
function datelinePlace(context: ExtractionContext, places: readonly EntityMention[]): string | null {
  const { text } = context.document;
  for (const block of context.layout.blocks.slice(0, DATELINE_BLOCKS)) {
    if (block.kind !== "paragraph" && block.kind !== "dateline") continue;
    const place = places.find((p) => p.start === block.start);
    if (place && DATELINE_AFTER_PLACE.test(text.slice(place.end, block.end))) return place.entityId;
  }
  return null;
}

/** How many body paragraphs from the top may tell the story's lead event. */
const LEAD_EVENT_PARAGRAPHS = 2;

/**
 * "X held talks with Y in Hanoi on Tuesday" opening the story: the place its lead event names in its own
 * sentence (the first claim of the first body paragraphs that happened, and not earlier), or null.
 */
function leadEventPlace(
  context: ExtractionContext,
  drafts: readonly ClaimDraft[],
  settlements: ReadonlySet<string>,
): string | null {
  const leadBlocks = new Set(leadParagraphs(context.layout.blocks, LEAD_EVENT_PARAGRAPHS));
  let lead: ClaimDraft | null = null;
  for (const draft of drafts)
    if (
      leadBlocks.has(draft.block) &&
      draft.modality === "occurred" &&
      draft.kind !== "call" &&
      !draft.earlier &&
      (lead === null || draft.trigger.start < lead.trigger.start)
    )
      lead = draft;
  // A building the lead names ("received X at the palace") need not house the day's other meetings.
  return lead?.location && lead.locationFromSentence && settlements.has(lead.location) ? lead.location : null;
}

/**
 * Meetings the story tells without a place, on the story's own days, happened (or are to happen: "were to share
 * a state dinner on Thursday night") where its headline sets it ("Prabowo meets Xi in Beijing … Earlier in the
 * day he held talks with Premier Li"), opens it with (a wire dateline), or its lead event names ("… held talks
 * in Hanoi on Tuesday. … also met Marcos on the same day"). Calls, wishes and earlier events keep no place.
 */
export function applyStorySetting(
  context: ExtractionContext,
  drafts: ClaimDraft[],
  places: readonly EntityMention[],
  settlements: ReadonlySet<string> = new Set(),
): void {
  const setting =
    storySetting(context, places) ??
    datelinePlace(context, places) ??
    leadEventPlace(context, drafts, settlements);
  if (setting === null) return;
  // An undated story's own day is the first day it tells a meeting on.
  const storyDay =
    drafts.find((d) => d.location === setting && d.date && d.modality === "occurred")?.date?.earliest ??
    context.document.article.publishedAt?.slice(0, 10) ??
    drafts.find((d) => d.modality === "occurred" && !d.earlier && isOneDay(d.date))?.date?.earliest;
  if (!storyDay) return;
  // "He is to fly to Bohol on Wednesday … and is expected to meet X": the trip its sentence tells places it.
  const tripInSentence = (draft: ClaimDraft) =>
    drafts.some(
      (d) =>
        d.kind === "visit" &&
        d.sentence === draft.sentence &&
        d.trigger.start < draft.trigger.start &&
        d.location !== null,
    );
  for (const draft of drafts) {
    const told = draft.modality === "occurred" || draft.modality === "planned";
    if (draft.location || draft.kind === "call" || !told || draft.earlier || tripInSentence(draft)) continue;
    if (!isOneDay(draft.date)) continue;
    if (Math.abs(daysBetween(storyDay, draft.date.earliest)) > SETTING_REACH_DAYS) continue;
    draft.location = setting;
  }
}

/** "Sept. 9-10", "on 14 March": a month and days, no year. */
const MONTH_DAYS_ONLY =
  /^(?:on\s+)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?)?$/i;

/**
 * A span told by month and days alone that ends more than half a year before `day` (but within the year): read
 * as past only by the tense of a report ("told Modi he was looking forward to …"), it is nearer ahead.
 */
function yearLessBefore(date: TimeSpan, day: string): boolean {
  if (!MONTH_DAYS_ONLY.test(date.text.trim())) return false;
  const gap = daysBetween(date.latest, day.slice(0, 10));
  return gap > HALF_A_YEAR_DAYS && gap < DAYS_PER_YEAR;
}

const DAYS_PER_YEAR = 365;
const HALF_A_YEAR_DAYS = 183;

/** The same day a year on (29 February falls to 28 February). */
function nextYear(day: string): string {
  const next = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  return next.endsWith("-02-29") ? `${next.slice(0, 8)}28` : next;
}

/** A weekday alone, maybe with a part of the day ("Wednesday morning"). */
const WEEKDAY_ONLY =
  /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
const WEEK_DAYS = 7;
const CALLED_OFF = /\b(?:called off|cancell?ed|postponed|scrapped|put off|shelved)\b/i;

/**
 * "… who is expected to meet the president on Wednesday morning, welcomed the visit": a plan told by its weekday
 * lies ahead of the day it was told, even where the sentence around it reads the weekday as past.
 */
export function applyPlannedWeekdays(
  context: ExtractionContext,
  drafts: ClaimDraft[],
  publishedAt: string | null,
): void {
  if (!publishedAt) return;
  const { text } = context.document;
  for (const draft of drafts) {
    const date = draft.date;
    if (draft.modality === "planned" && date && yearLessBefore(date, toldOnDay(draft, publishedAt))) {
      // "Sunak told Modi he was looking forward to visiting … on Sept. 9-10": a plan's year-less days lie ahead.
      draft.date = { ...date, earliest: nextYear(date.earliest), latest: nextYear(date.latest) };
      continue;
    }
    if (draft.modality !== "planned" || !isOneDay(date) || !WEEKDAY_ONLY.test(date.text.trim())) continue;
    // "A planned meeting … was called off on Sunday": the weekday a plan was dropped on is past.
    const sentence = context.layout.sentences[draft.sentence];
    if (sentence && CALLED_OFF.test(text.slice(sentence.start, sentence.end))) continue;
    if (date.earliest >= toldOnDay(draft, publishedAt).slice(0, 10)) continue;
    const day = shiftDay(date.earliest, WEEK_DAYS);
    draft.date = { ...date, earliest: day, latest: day };
  }
}

/** The day a claim was told on: a live-blog entry told after the page was first published, on its stamp's day. */
function toldOnDay(draft: ClaimDraft, publishedAt: string): string {
  return draft.toldOn && draft.toldOn > publishedAt ? draft.toldOn : publishedAt;
}

/** Dates after the day a claim was told make an uncued claim planned. */
export function applyFutureDates(drafts: ClaimDraft[], publishedAt: string | null): void {
  if (!publishedAt) return;
  for (const draft of drafts) {
    if (
      !draft.modalityCued &&
      !draft.dateFromSection &&
      draft.modality === "occurred" &&
      draft.date &&
      draft.date.earliest > toldOnDay(draft, publishedAt)
    )
      draft.modality = "planned";
  }
}

function kindsMerge(a: ClaimDraft, b: ClaimDraft): boolean {
  if (a.kind === "visit" || b.kind === "visit") return a.kind === b.kind;
  // "X spoke with Y in a phone call": the talks a sentence tells and its call are one call; "held talks with Y,
  // with whom he had spoken by phone" tells an earlier call beside the talks.
  // "He had a telephone conversation with X. … the two men talked for over an hour": talking told next to a call is it.
  if (a.kind === "call" || b.kind === "call")
    return (
      a.kind === b.kind ||
      ((a.kind === "talks" || b.kind === "talks") &&
        Boolean(a.earlier) === Boolean(b.earlier) &&
        (a.sentence === b.sentence || (Math.abs(a.block - b.block) <= 1 && Boolean(a.spoken || b.spoken))))
    );
  return true;
}

function participantsMerge(a: ClaimDraft, b: ClaimDraft): boolean {
  const [small, large] = a.participants.length <= b.participants.length ? [a, b] : [b, a];
  if (!small.participants.every((p) => large.participants.includes(p))) return false;
  return small.participants.length === large.participants.length || small.participants.length >= 2;
}

function happenedOnADay(d: ClaimDraft): boolean {
  return d.modality === "occurred" && isOneDay(d.date);
}

function isCuedUndatedPlan(d: ClaimDraft): boolean {
  return d.modality === "planned" && d.modalityCued && d.date === null && d.weekday === null;
}

function isCuedPlan(d: ClaimDraft): boolean {
  return d.modality === "planned" && d.modalityCued;
}

function modalitiesMerge(a: ClaimDraft, b: ClaimDraft): boolean {
  if (a.modality === b.modality) return true;
  // "… received X on Thursday. The two leaders talked for over an hour and agreed to embark on negotiations":
  // a plan the sentence cues, with no day of its own, is not the dated meeting that happened.
  if (happenedOnADay(a) && isCuedUndatedPlan(b)) return false;
  if (happenedOnADay(b) && isCuedUndatedPlan(a)) return false;
  // "… hosted X at the White House on Thursday. The Bidens are to host X at a state dinner on Thursday night":
  // a plan told in a sentence of its own, beside a meeting that happened, is a later sitting.
  if (happenedOnADay(a) && isCuedPlan(b) && a.sentence !== b.sentence) return false;
  if (happenedOnADay(b) && isCuedPlan(a) && a.sentence !== b.sentence) return false;
  const asserted = (d: ClaimDraft) =>
    d.modality === "planned" || d.modality === "occurred" || d.modality === "unconfirmed";
  return (!a.modalityCued || !b.modalityCued) && asserted(a) && asserted(b);
}

function mergeInto(
  target: ClaimDraft,
  other: ClaimDraft,
  finer: (inner: string, outer: string) => boolean,
): void {
  if (other.kind === "call") target.kind = "call";
  for (const p of other.participants) if (!target.participants.includes(p)) target.participants.push(p);
  if (overlaps(target.date, other.date)) target.date = narrower(target.date, other.date);
  else if (dayYields(target)) {
    target.date = other.date;
    target.dateFromSection = false;
    target.dateFromSaying = false;
  }
  if (
    !target.date &&
    other.weekday !== null &&
    (target.weekday === null || (dayYields(target) && !dayYields(other)))
  ) {
    target.weekday = other.weekday;
    target.weekdayText = other.weekdayText;
    // The weekday taken is as firm as the claim it came from ("her office said Thursday" yields to "on Wednesday").
    target.dateFromSaying = other.dateFromSaying;
    if (other.dateCue) target.dateCue = other.dateCue;
  }
  if (target.date) {
    target.weekday = null;
    target.weekdayText = null;
  }
  target.duration ??= other.duration;
  target.dateCue ??= other.dateCue;
  if (!target.location || (!target.locationFromSentence && other.locationFromSentence && other.location)) {
    target.location = other.location ?? target.location;
    target.locationFromSentence ||= other.locationFromSentence;
  } else if (other.location && other.location !== target.location && finer(other.location, target.location))
    // "visited Guyana and met Ali … The two leaders met for about an hour at State House": the site within.
    target.location = other.location;
  target.ordinal ??= other.ordinal;
  target.attribution ??= other.attribution;
  if (!target.modalityCued && other.modalityCued) {
    target.modality = other.modality;
    target.modalityCued = true;
  }
  target.confidence = Math.max(target.confidence, other.confidence);
  for (const e of other.evidence) addEvidence(target, e);
}

/**
 * Two undated claims told with different date words ("in May", "in November") are different events, and so
 * are an undated earlier one ("last met in February") and one that is not.
 */
function dateCuesMerge(a: ClaimDraft, b: ClaimDraft): boolean {
  if (a.date && b.date) return true;
  const earlierCue = a.earlier ? a.dateCue : b.earlier ? b.dateCue : null;
  if (Boolean(a.earlier) !== Boolean(b.earlier) && earlierCue) return false;
  if (a.date || b.date || !a.dateCue || !b.dateCue) return true;
  return a.dateCue.toLowerCase() === b.dateCue.toLowerCase() || dayYields(a) !== dayYields(b);
}

/** Two undated claims placed by their own sentences in places that do not nest (Sochi, Lima) are different events. */
function placesMerge(a: ClaimDraft, b: ClaimDraft, nest: (a: string, b: string) => boolean): boolean {
  if (a.date || b.date) return true;
  if (!a.locationFromSentence || !b.locationFromSentence || !a.location || !b.location) return true;
  return nest(a.location, b.location);
}

/** A run of days told by its first and last ("Jan. 26-27", "3 to 5 March"). */
const DAY_RANGE = /\d\s*(?:[-–]|to|and|through|until)\s*(?:\p{L}+\.?\s+)?\d/u;
/** The longest run of days a told span may cover and still have sessions of its own ("on Jan. 26-27"). */
const MAX_SESSION_SPAN_DAYS = 7;

/**
 * "X and Y met in Bangkok on Jan. 26-27 … talked for over an hour again on Saturday morning": a day told apart,
 * within a meeting told over a few days, is one session of it, a claim of its own.
 */
function sessionOf(whole: ClaimDraft, part: ClaimDraft): boolean {
  const span = whole.date;
  if (whole.sentence === part.sentence || !span || span.earliest === span.latest || !isOneDay(part.date))
    return false;
  // "over the weekend … on Saturday" tells one day more precisely; "on Jan. 26-27" names the days it spans.
  if (!DAY_RANGE.test(span.text)) return false;
  if (whole.kind === "visit" || part.kind === "visit" || whole.kind === "call" || part.kind === "call")
    return false;
  return (
    daysBetween(span.earliest, span.latest) < MAX_SESSION_SPAN_DAYS &&
    span.earliest <= part.date.earliest &&
    part.date.latest <= span.latest
  );
}

/**
 * "The two ministers had also met in Ottawa earlier this year": a claim told as another occasion ("also",
 * "again") of the people of a claim told before it, in another sentence, is another event.
 */
function anotherOccasion(earlier: ClaimDraft, later: ClaimDraft): boolean {
  return (Boolean(later.anotherOccasion) && later.sentence !== earlier.sentence) || Boolean(later.another);
}

/**
 * Claims that tell the same event again (headline and lead, a duplicated paragraph, "this is the sixth meeting …")
 * merge. `nest(a, b)` tells whether two places can be one event's (one lies within the other).
 */
export function mergeDuplicates(
  drafts: readonly ClaimDraft[],
  nest: (a: string, b: string) => boolean = () => true,
  finer: (inner: string, outer: string) => boolean = () => false,
): ClaimDraft[] {
  const merged: ClaimDraft[] = [];
  for (const draft of drafts) {
    const target = merged.find(
      (m) =>
        kindsMerge(m, draft) &&
        participantsMerge(m, draft) &&
        (overlaps(m.date, draft.date) || sectionDayYields(m, draft)) &&
        dateCuesMerge(m, draft) &&
        placesMerge(m, draft, nest) &&
        !anotherOccasion(m, draft) &&
        !sessionOf(m, draft) &&
        // "They had already spoken in Jakarta earlier this week": an earlier occasion than the story's.
        (Boolean(m.earlier) === Boolean(draft.earlier) ||
          m.sentence === draft.sentence ||
          !m.date ||
          !draft.date) &&
        // A side deed ("… before chairing the council") is not what later sentences tell again.
        !(m.nextDeed && m.sentence !== draft.sentence) &&
        // "The visit came ten days after the two met in Addis Ababa": told apart in time from its sentence's
        // event, an undated occasion is not the one other sentences tell.
        !(Boolean(m.farApart) !== Boolean(draft.farApart) && (!m.date || !draft.date)) &&
        (m.weekday === null ||
          draft.weekday === null ||
          m.weekday === draft.weekday ||
          // "met X, her office said Thursday … The two talked on Wednesday": a saying's weekday yields.
          (!m.date && !draft.date && dayYields(m) !== dayYields(draft))) &&
        modalitiesMerge(m, draft) &&
        // A plan and the meeting that followed, told paragraphs apart (a live blog's entries), stay two claims.
        (sameModality(m, draft) || Math.abs(m.block - draft.block) <= 1) &&
        sameSection(m, draft),
    );
    if (target) mergeInto(target, draft, finer);
    else merged.push({ ...draft, participants: [...draft.participants], evidence: [...draft.evidence] });
  }
  return merged;
}

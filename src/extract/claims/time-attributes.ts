/**
 * A claim's date and duration from the time expressions of its clause, its sentence, and its
 * section heading, in that order.
 */

import { daysBetween, shiftDay } from "../../normalize/time/calendar.js";
import { parseAmount } from "../../normalize/time/numbers.js";
import type { Duration } from "../../schema/claim.js";
import type { Sentence } from "../../schema/document.js";
import type { TimeSpan } from "../../schema/primitives.js";
import type { TimeExpression } from "../../schema/time.js";
import type { ExtractionContext } from "./find-claims.js";
import { NON_EVENT_TIME_HEADS } from "./lexicon.js";
import { isOneDay } from "./one-day.js";
import { within } from "./ranges.js";
import type { TextRange } from "./types.js";

const MAX_EVENT_SPAN_DAYS = 31;
/** "in 2022": a year stated outright still dates an event (unlike "this year", which scopes a count). */
const EXPLICIT_YEAR = /^(?:in\s+)?\d{4}$/;
/**
 * "earlier this year", "later this month", "next year": a stretch of the calendar told as an event's time, not a
 * count's scope (unlike "this year").
 */
const EVENT_STRETCH =
  /^(?:(?:earlier|later|early|late)\s+(?:this|last|next|in the)\s+(?:year|month)|(?:next|last|the following|the previous)\s+year)$/i;
/** "… on Wednesday next week, and is due to meet X the following day" / "… a week later": counted from the day told before it. */
const FOLLOWING_DAY =
  /\b(?:the (?:following|next) (day|week)|the (day|week) after|(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?) later)\b/i;

/** A word every {@link FOLLOWING_DAY} match holds: a cheap test that spares most clauses the full pattern. */
const FOLLOWING_WORD = /following|next|after|later/i;

/** Days "the following day" / "a week later" / "three days later" counts forward. */
function followingDays(match: RegExpExecArray): number | null {
  const unit = (match[1] ?? match[2] ?? match[4] ?? "day").toLowerCase();
  const count = match[3] === undefined ? 1 : parseAmount(match[3]);
  if (count === null || !Number.isInteger(count)) return null;
  return count * (unit.startsWith("week") ? 7 : 1);
}
/** "for / lasted / took …" before a duration makes it a length whatever follows. */
const LENGTH_BEFORE = /\b(?:for|lasted|lasting|took|spent|ran)\s+[^,.;]{0,15}$/i;
const MAX_MEETING_MINUTES = 24 * 60;
/** "two days before", "a week later", "50-day deadline": a distance in time, not how long the event lasted. */
const DURATION_NOT_LENGTH =
  /^\s*(?:before|after|ago|later|earlier|since|from now|deadline|ultimatum|of war|of fighting|into)\b/i;
/** "a minute's silence", "two hours' drive": the length of something named after it, whatever comes before. */
const LENGTH_OF_THING_AFTER =
  /^['’]s?\s+(?:silence|walk|drive|flight|journey|notice|sleep)\b|^\s+of\s+silence\b/i;
/** "10-hour", "90-minute": a length told as a modifier of the noun after it. */
const COMPOUND_LENGTH = /-(?:hours?|minutes?)$/i;
/** "a 10-hour overnight train journey", "a two-hour flight": the noun a compound length measures is no sitting. */
const JOURNEY_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:journey|flight|drive|ride|train|bus|boat|crossing|wait|delay|shift|strike|curfew|ceasefire|truce|outage|blackout|hike|march|commute|layover|speech|address|debate|hearing|vote|siege|battle|operation|session of parliament)\b/iu;
/** "since Lula took office on January 1": the date inside a since-clause scopes a count. */
const SINCE_CLAUSE = /\bsince\s+[^,;.()]{0,40}$/i;
const SCOPE_BEFORE = /\b(?:since|until|till|by|from|throughout|over)\s+(?:the\s+)?$/i;
/** Stretches short enough that "over" places an event in them ("over the weekend", "over the holidays"). */
const WITHIN_SHORT_STRETCH = /\b(?:weekend|holidays?)\b/i;

function spanDays(time: TimeExpression): number {
  if (!time.earliest || !time.latest) return 0;
  return daysBetween(time.earliest, time.latest);
}

/** ", which was relaunched in 2024", ", who took office in January": a relative clause telling of something else. */
const RELATIVE_OPENING = /,\s*(?:which|who|whose|whom)\b/i;

/** Whether a time stands in a relative clause opened after the claim's own clause ends. */
function inLaterRelativeClause(text: string, clauseEnd: number, time: TextRange): boolean {
  return time.start >= clauseEnd && RELATIVE_OPENING.test(text.slice(Math.max(0, clauseEnd - 2), time.start));
}

/** A saying verb right before a date: "said Thursday", "told reporters in Buenos Aires on Tuesday", "said in a statement on Monday". */
const SAID_ON_BEFORE =
  /\b(?:said|says|told\s+(?:reporters|journalists|the\s+press|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})|announced|stated|added|confirmed|wrote|tweeted|posted)\s+(?:(?:in|at)\s+(?:a\s+)?[\w.]+(?:\s+[A-Z][\w.]*){0,2}\s+)?(?:on\s+|late\s+|early\s+|last\s+)?$/;

/** "On Saturday, the presidency denied reports that X had met Y": a reporting verb between a day and the claim. */
const REPORTED_AFTER_DAY =
  /^[^.;]{0,80}?\b(?:said|says|told|denied|denies|confirmed|announced|reported|insisted|claimed|revealed)\b[^.;]{0,40}?\bthat\b/;

/** Whether a day is the saying's rather than the event's: "said Thursday", "On Saturday, X denied that …". */
function toldOfTheSaying(text: string, time: TextRange, hit: TextRange): boolean {
  if (SAID_ON_BEFORE.test(text.slice(Math.max(0, time.start - 40), time.start))) return true;
  return time.end <= hit.start && REPORTED_AFTER_DAY.test(text.slice(time.end, hit.start));
}

/** "a forum the two countries set up in 1999", "the treaty signed in 2018": a day that dates another deed. */
const DEED_BEFORE =
  /\b(?:set up|founded|created|established|formed|launched|built|opened|adopted|ratified|elected|appointed|born|relaunched)\s+(?:in|on)\s+$/i;

/**
 * ", who was sworn in in late October after …": a clause about a person, open at the day (", which began on
 * Wednesday" after "The trip" tells the event's own day).
 */
const RELATIVE_OPENING_BEFORE = /,\s+(?:who|whose)\s[^,;.:]*$/i;
/** " and met ", " and then received ": what lies between a first verb phrase's day and a second verb. */
const JOINED_BEFORE_VERB = /^[^,;.]*\band\s+(?:(?:also|then|later|separately)\s+)?$/i;
/** "… the man who survived an attempt in": a who-clause open at the day. */
const PERSON_RELATIVE_BEFORE = /\b(?:who|whose)\s[^,;.:()]*$/i;
/** "since being appointed …", "since taking office in": a phrase open at the day, which starts a period. */
const SINCE_PHRASE_BEFORE = /\bsince\s+[^,;.:()]*$/i;
/** The relative clause closes with a comma before the trigger. */
const CLAUSE_CLOSED_AFTER = /^[^,;.:]*,/;

/** "for " before a year or span of years. */
const PERIOD_FOR_BEFORE = /\bfor\s+(?:the\s+)?(?:\d{4}\s*[-–]\s*)?$/i;
/** "2024", "2015-2016", "2015–16": years and nothing finer. */
const YEARS_ONLY = /^\d{4}(?:\s*[-–]\s*\d{2,4})?$/;

/** "to prepare Friday's meeting", "before Sunday's vote": a day in the possessive names its own event. */
const POSSESSIVE_AFTER = /^['’]s\s/;
/** How far past a possessive day the trigger may stand and still be the event it names ("Friday's working lunch"). */
const POSSESSED_REACH = 24;

/**
 * Whether a day dates another deed than the event ("… set up in 1999", "to prepare Friday's meeting"), unless
 * the trigger itself is that deed.
 */
function datesAnotherDeed(text: string, time: TextRange, hit: TextRange): boolean {
  // "signed a plan of consultations for 2015-2016", "the budget for 2024": the years a thing is for.
  if (
    PERIOD_FOR_BEFORE.test(text.slice(Math.max(0, time.start - 16), time.start)) &&
    YEARS_ONLY.test(text.slice(time.start, time.end))
  )
    return true;
  // "X, who was sworn in after the October 2021 elections, was welcomed by Y": a day told of the subject.
  if (
    time.end <= hit.start &&
    RELATIVE_OPENING_BEFORE.test(text.slice(Math.max(0, time.start - 120), time.start)) &&
    CLAUSE_CLOSED_AFTER.test(text.slice(time.end, hit.start))
  )
    return true;
  // "met X, the man who survived an assassination attempt in 2017": a day told of a person after the event.
  if (
    time.start > hit.end &&
    PERSON_RELATIVE_BEFORE.test(text.slice(Math.max(hit.end, time.start - 100), time.start))
  )
    return true;
  // "on his first visit since being appointed foreign minister last September": the day a period starts from.
  const since = SINCE_PHRASE_BEFORE.exec(text.slice(Math.max(0, time.start - 70), time.start));
  if (since && !(hit.start >= time.start - since[0].length && hit.end <= time.start)) return true;
  if (
    POSSESSIVE_AFTER.test(text.slice(time.end, time.end + 3)) &&
    !(hit.start >= time.end && hit.start <= time.end + POSSESSED_REACH)
  )
    return true;
  return (
    (time.start > hit.end || time.end < hit.start - 30) &&
    DEED_BEFORE.test(text.slice(Math.max(0, time.start - 30), time.start))
  );
}

function usableDate(
  text: string,
  time: TimeExpression,
  exclude: TextRange | null,
  hitStart?: number,
): boolean {
  if (time.type !== "DATE" && time.type !== "TIME") return false;
  if (time.earliest === null && time.weekday === null) return false;
  // "Suga, now special adviser to …": "now" tells a state of things, not when the event took place.
  if (/^(?:now|currently|presently)$/i.test(time.text.trim())) return false;
  if (
    spanDays(time) > MAX_EVENT_SPAN_DAYS &&
    !EXPLICIT_YEAR.test(time.text) &&
    !EVENT_STRETCH.test(time.text)
  )
    return false;
  if (exclude && time.start >= exclude.start && time.end <= exclude.end) return false;
  if (NON_EVENT_TIME_HEADS.test(text.slice(time.end, time.end + 16))) return false;
  const scope = SCOPE_BEFORE.exec(text.slice(Math.max(0, time.start - 16), time.start));
  // "over the weekend" tells when it happened; "over the past year" a stretch a count or trend covers.
  // "met over Sept. 12-14": a few named days are when it happened too.
  const shortStretch = WITHIN_SHORT_STRETCH.test(time.text) || (spanDays(time) <= 7 && /\d/.test(time.text));
  if (scope && !(/^over\b/i.test(scope[0]) && shortStretch)) return false;
  const since = SINCE_CLAUSE.exec(text.slice(Math.max(0, time.start - 50), time.start));
  // The day of a since-clause scopes a count, unless the claim is told in that clause ("since the two met in April").
  if (since && !(hitStart !== undefined && hitStart > Math.max(0, time.start - 50) + since.index))
    return false;
  return true;
}

function nearest<T extends TextRange>(items: readonly T[], anchor: number): T | undefined {
  let best: T | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const d = item.start >= anchor ? item.start - anchor : anchor - item.end;
    if (d < distance) {
      best = item;
      distance = d;
    }
  }
  return best;
}

const OFFSET_AT_START =
  /^(?:(?:just|only|barely|some|about)\s+)?(?:([\w-]+)\s+)?(hours?|days?|weeks?)\s+(after|before)\s/i;
const DAYS_PER_UNIT: Readonly<Record<string, number>> = { hour: 0, day: 1, week: 7 };

/**
 * How many days the event of a clause opening "a day after …" / "two weeks before …" lies from the
 * sentence's own date: −1 for "a day after" (the sentence's event came a day after this one), +14 for
 * "two weeks before". Null when the clause gives no such distance, or an unknown one ("days after").
 *
 * @example
 * offsetDaysOfClause("a day after a meeting with the king"); // -1
 */
export function offsetDaysOfClause(clauseText: string): number | null {
  const match = OFFSET_AT_START.exec(clauseText);
  if (!match) return null;
  const unit = (match[2] ?? "").toLowerCase().replace(/s$/, "");
  const amount = match[1] === undefined ? null : parseAmount(match[1]);
  const perUnit = DAYS_PER_UNIT[unit];
  if (perUnit === undefined) return null;
  const count = perUnit === 0 ? 0 : amount;
  if (count === null || !Number.isInteger(count)) return null;
  const days = count * perUnit;
  return days === 0 ? 0 : (match[3]?.toLowerCase() === "after" ? -1 : 1) * days;
}

/** A picked date moved by `days` (a weekday alone cannot be moved, so it is dropped); `lead` ("a day after") joins its text. */
function shifted(picked: PickedDate, days: number, lead: string): PickedDate | null {
  if (picked.span === null) return days === 0 ? picked : null;
  return {
    span: {
      ...picked.span,
      text: lead ? `${picked.span.text}, ${lead}` : picked.span.text,
      earliest: shiftDay(picked.span.earliest, days),
      latest: shiftDay(picked.span.latest, days),
    },
    weekday: null,
    weekdayText: null,
  };
}

/** Times outside `foreign` ranges, unless the range also holds the claim's own trigger. */
function ownTimes<T extends TextRange>(
  items: readonly T[],
  foreign: readonly TextRange[],
  hit: TextRange,
): T[] {
  if (foreign.length === 0) return [...items];
  const others = foreign.filter((range) => !(range.start <= hit.start && hit.end <= range.end));
  return items.filter((item) => !others.some((range) => range.start <= item.start && item.end <= range.end));
}

/** Where ", where" opens the clause part a trigger stands in (a where-clause read with its antecedent), or null. */
function whereClauseStart(clauseText: string, hitOffset: number): number | null {
  const at = clauseText.slice(0, Math.max(0, hitOffset)).search(/,\s*where\s[^,;]*$/i);
  return at < 0 ? null : at;
}

/** "this morning", "tonight", "yesterday": day words a live-blog entry says from its own day. */
const DEICTIC_DAY =
  /^(?:(?:earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b/i;

/**
 * A day word in a live-blog entry ("Meloni met Macron this morning" under "2024-06-14 15:40") counts from the
 * entry's day, not from the day the page was first published.
 */
function entryRelative(
  picked: PickedDate,
  time: TimeExpression,
  sectionDate: string | null,
  context: ExtractionContext,
): PickedDate {
  const published = context.document.article.publishedAt?.slice(0, 10);
  if (!picked.span || !sectionDate || !published || sectionDate === published) return picked;
  const word = DEICTIC_DAY.exec(time.text);
  if (time.resolution !== "relative" || !word) return picked;
  // Only a day word read against the publication day moves (the time layer reads inline entry stamps itself).
  const offset = /yesterday/i.test(word[0]) ? -1 : /tomorrow/i.test(word[0]) ? 1 : 0;
  if (picked.span.earliest !== shiftDay(published, offset)) return picked;
  return shifted(picked, daysBetween(published, sectionDate), "") ?? picked;
}

export interface PickedDate {
  span: TimeSpan | null;
  weekday: number | null;
  weekdayText: string | null;
  /** True when the date was told outside the claim's clause, elsewhere in its sentence. */
  fromSentence?: boolean;
  /** True when the only day told is the saying's ("said Thursday that her call with Y was excellent"). */
  fromSaying?: boolean;
}

export function toPicked(time: TimeExpression): PickedDate {
  if (time.earliest && time.latest) {
    return {
      span: { earliest: time.earliest, latest: time.latest, text: time.text, inferred: false },
      weekday: null,
      weekdayText: null,
    };
  }
  return { span: null, weekday: time.weekday, weekdayText: time.text };
}

export function datesIn(
  context: ExtractionContext,
  from: number,
  to: number,
  exclude: TextRange | null,
  hitStart?: number,
): TimeExpression[] {
  const { text } = context.document;
  return within(context.times, from, to).filter((t) => usableDate(text, t, exclude, hitStart));
}

export function durationsIn(context: ExtractionContext, from: number, to: number): TimeExpression[] {
  const { text } = context.document;
  const lengths = within(context.times, from, to).filter(
    (t) =>
      t.type === "DURATION" &&
      (t.minMinutes !== null || t.maxMinutes !== null) &&
      (t.minMinutes ?? 0) <= MAX_MEETING_MINUTES &&
      // "in less than two months" measures time between events, never one meeting's length.
      (t.maxMinutes ?? 0) <= MAX_MEETING_MINUTES &&
      !LENGTH_OF_THING_AFTER.test(text.slice(t.end, t.end + 24)) &&
      !(COMPOUND_LENGTH.test(t.text) && JOURNEY_AFTER.test(text.slice(t.end, t.end + 40))) &&
      (LENGTH_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
        !DURATION_NOT_LENGTH.test(text.slice(t.end, t.end + 24))),
  );
  // "scheduled for half an hour but lasted about an hour": the length it took, not the one planned.
  const planned = (t: TimeExpression) =>
    PLANNED_LENGTH_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start));
  return lengths.some((t) => !planned(t)) ? lengths.filter((t) => !planned(t)) : lengths;
}

/** "scheduled for ", "was expected to last ": a length planned, which the one it took overrides. */
const PLANNED_LENGTH_BEFORE =
  /\b(?:scheduled|planned|slated|booked|set|due)\s+(?:to\s+last\s+|for\s+)(?:about\s+|around\s+|just\s+|only\s+)?$|\b(?:expected|meant|supposed)\s+to\s+last\s+(?:about\s+|around\s+|just\s+|only\s+)?$/i;

export function toDuration(time: TimeExpression): Duration {
  return { minMinutes: time.minMinutes, maxMinutes: time.maxMinutes, text: time.text };
}

/**
 * Date of a claim: clause, then sentence, then the section heading's date. `foreign` are the clauses of the
 * sentence that tell another event at a distance in time ("…, a day after talks with X"): their dates are not
 * this claim's, and a claim inside one takes the sentence's date moved by that distance, or none.
 */
export function pickDate(
  context: ExtractionContext,
  hit: TextRange,
  clause: { from: number; to: number },
  sentence: Sentence,
  sectionDate: string | null,
  exclude: TextRange | null,
  foreign: readonly TextRange[] = [],
): PickedDate | null {
  const clauseText = context.document.text.slice(clause.from, clause.to);
  const following = FOLLOWING_WORD.test(clauseText) ? FOLLOWING_DAY.exec(clauseText) : null;
  if (following) {
    const at = clause.from + following.index;
    const before = datesIn(context, sentence.start, at, exclude).filter(isOneDay);
    const day = before[before.length - 1];
    const days = followingDays(following);
    if (day?.earliest && days !== null) {
      const next = shiftDay(day.earliest, days);
      return {
        span: { earliest: next, latest: next, text: `${following[0]} (${day.text})`, inferred: false },
        weekday: null,
        weekdayText: null,
      };
    }
  }
  // "met at the hacienda, where Bolivar died in 1830": a bare year told of the place after it is its history.
  const { text: documentText } = context.document;
  const placeHistory = (t: TimeExpression) =>
    t.start > hit.end &&
    YEARS_ONLY.test(t.text.trim()) &&
    /\bwhere\s/i.test(documentText.slice(hit.end, t.start));
  const own = ownTimes(datesIn(context, clause.from, clause.to, exclude, hit.start), foreign, hit).filter(
    (t) => !placeHistory(t),
  );
  const whereAt = whereClauseStart(clauseText, hit.start - clause.from);
  // "flies to Washington tomorrow, where he is to meet X on Tuesday": the where-clause's own day wins.
  const inWhere = whereAt === null ? [] : own.filter((t) => t.start >= clause.from + whereAt);
  const told = inWhere.length > 0 ? inWhere : own;
  // "X said Thursday that he had a call with Y on Wednesday night": the day after the saying verb is the saying's.
  // "… set up in 1999": a day that dates another deed is never the event's.
  const ofTheEvent = told.filter((t) => !datesAnotherDeed(context.document.text, t, hit));
  const notSaid = ofTheEvent.filter((t) => !toldOfTheSaying(context.document.text, t, hit));
  // "held talks with A on Saturday and met B in Santiago on Sunday": the day before "and" is the first verb's.
  const toldAfter = notSaid.some((t) => t.start >= hit.end);
  const ownPart = toldAfter
    ? notSaid.filter(
        (t) => t.start >= hit.end || !JOINED_BEFORE_VERB.test(context.document.text.slice(t.end, hit.start)),
      )
    : notSaid;
  const inClause = nearest(ownPart.length > 0 ? ownPart : ofTheEvent, hit.start);
  if (inClause)
    return {
      ...entryRelative(toPicked(inClause), inClause, sectionDate, context),
      ...(notSaid.length === 0 ? { fromSaying: true } : {}),
    };
  const offsetClause = opensOffsetClause(foreign, clause, hit);
  if (sectionDate && !offsetClause)
    return {
      span: { earliest: sectionDate, latest: sectionDate, text: sectionDate, inferred: false },
      weekday: null,
      weekdayText: null,
    };
  const candidates = ownTimes(datesIn(context, sentence.start, sentence.end, exclude), foreign, hit).filter(
    (t) =>
      !placeHistory(t) &&
      !inLaterRelativeClause(context.document.text, clause.to, t) &&
      !datesAnotherDeed(context.document.text, t, hit),
  );
  const inSentence = nearest(candidates, hit.start);
  if (!inSentence) return null;
  if (!offsetClause)
    return { ...entryRelative(toPicked(inSentence), inSentence, sectionDate, context), fromSentence: true };
  const days = offsetDaysOfClause(clauseText);
  const lead = OFFSET_AT_START.exec(clauseText)?.[0].trim() ?? "";
  return days === null ? null : shifted(toPicked(inSentence), days, lead);
}

/**
 * "talked for over an hour and agreed to embark on negotiations": a length nearer another verb trigger than
 * this one is that trigger's.
 */
function nearerOtherVerb(context: ExtractionContext, time: TextRange, hit: TextRange): boolean {
  const gap = (range: TextRange) =>
    range.end <= time.start ? time.start - range.end : range.start - time.end;
  const own = gap(hit);
  return context.triggers.some(
    (other) =>
      other.start !== hit.start &&
      /^(?:verb|passive)$/.test(other.rule.form) &&
      gap(other) >= 0 &&
      gap(other) < own,
  );
}

/**
 * Whether the trigger stands in the offset phrase its clause opens with ("…, a day after talks with X"), not in
 * the main clause told after it ("shortly after arriving in Hanoi, Moon met X").
 */
function opensOffsetClause(
  foreign: readonly TextRange[],
  clause: { from: number; to: number },
  hit: TextRange,
): boolean {
  return foreign.some((range) => range.start === clause.from && hit.start < range.end);
}

/** "during a one-day visit", "a three-day state visit": the length of the trip, not of a meeting on it. */
const TRIP_AFTER = /^\s+(?:[\w-]+\s+)?(?:visit|trip|tour|stay|mission|swing)\b/i;

function lengthOfATrip(text: string, time: TextRange, hit: TextRange): boolean {
  return (
    !(hit.start >= time.end && hit.start <= time.end + 20) &&
    TRIP_AFTER.test(text.slice(time.end, time.end + 30))
  );
}

/**
 * Duration of a claim: the clause's, else the sentence's outside clauses of other events (see {@link pickDate});
 * `fromSentence` tells which.
 */
export function pickDuration(
  context: ExtractionContext,
  hit: TextRange,
  clause: { from: number; to: number },
  sentence: Sentence,
  foreign: readonly TextRange[] = [],
): { duration: Duration | null; fromSentence: boolean } {
  const { text } = context.document;
  const durationsOf = (from: number, to: number) =>
    durationsIn(context, from, to).filter((t) => !lengthOfATrip(text, t, hit));
  const inClause = nearest(
    ownTimes(durationsOf(clause.from, clause.to), foreign, hit).filter(
      (t) => !nearerOtherVerb(context, t, hit),
    ),
    hit.start,
  );
  if (inClause) return { duration: toDuration(inClause), fromSentence: false };
  if (opensOffsetClause(foreign, clause, hit)) return { duration: null, fromSentence: false };
  // "… a call that lasted about 20 minutes, and later the same day spoke by phone with Y": the other call's.
  const found = nearest(
    ownTimes(durationsOf(sentence.start, sentence.end), foreign, hit).filter(
      (t) => !measuresEarlierTrigger(context, t, hit, sentence.start),
    ),
    hit.start,
  );
  return { duration: found ? toDuration(found) : null, fromSentence: found !== undefined };
}

/** A length told after another trigger and before this one: that trigger's ("a call that lasted 20 minutes, and later …"). */
function measuresEarlierTrigger(
  context: ExtractionContext,
  time: TextRange,
  hit: TextRange,
  sentenceStart: number,
): boolean {
  if (hit.start < time.end) return false;
  return context.triggers.some(
    (t) => t.start >= sentenceStart && t.end <= time.start && t.start !== hit.start,
  );
}

/** The date words nearest the trigger in its clause, whether or not they could be resolved to days ("in May" undated). */
export function dateCueIn(
  context: ExtractionContext,
  hit: TextRange,
  clause: { from: number; to: number },
  exclude: TextRange | null,
): string | null {
  const dates = within(context.times, clause.from, clause.to).filter(
    (t) => t.type === "DATE" && !(exclude && t.start >= exclude.start && t.end <= exclude.end),
  );
  return nearest(dates, hit.start)?.text ?? null;
}

import { ordinalClass, TYPE_CLASSES } from "../../align/claim-profile.js";
import { placedPlaces, placeWithin } from "../../align/place-relation.js";
import { shiftDay } from "../../normalize/time/calendar.js";
import type { Claim } from "../../schema/claim.js";
import type { Event } from "../../schema/event.js";
import { joinList } from "../describe.js";
import type { EventView, Rule, RuleContext } from "../rule.js";
import { claimsBySource, quotedList } from "./shared.js";

/** Words after an ordinal that limit the count to the calendar year of the event. */
const YEAR_SCOPE =
  /\b(?:this year|so far this year|since the (?:beginning|start) of (?:the|this) year|of the year|in \d{4})\b/i;
/**
 * Words after an ordinal that count from a point the timeline cannot place ("the first time since the start of
 * the war", "the first meeting in more than six years"): such a count is not checked against the timeline.
 */
const WINDOW_SCOPE =
  /\b(?:since|in (?:(?:more than|over|nearly|almost|about|some|at least)\s+)?(?:[\w-]+\s+)?(?:years?|months?|decades?))\b/i;
/** Kinds of event a timeline of meetings cannot tell apart ("their second informal summit", "first state visit"). */
const QUALIFIER = /\b(?:informal|official|state|formal|working|private|secret|public|bilateral)\b/i;
/** Occasions that span days in a row and count once: trips, and summits (a dinner and next day's talks). */
const MULTI_DAY = /\bsummit/i;
/** "… trip to Moscow", "… visit in Beijing": a place that limits the count, right after the ordinal phrase. */
const PLACE_LEAD = /^\s*(?:to|in)\s+(?:the\s+)?/i;
/** How far after the ordinal phrase its scope words are looked for. */
const SCOPE_REACH = 90;

/** What an ordinal counts: its kind, the year and place it is limited to, and the exact words. */
export interface OrdinalScope {
  kind: string;
  year: boolean;
  /** Counted from a point the timeline cannot place: see {@link WINDOW_SCOPE}. */
  window: boolean;
  /** Counts a kind the timeline cannot tell apart: see {@link QUALIFIER}. */
  qualified: boolean;
  /** Days in a row count as one occasion: see {@link MULTI_DAY}. */
  multiDay: boolean;
  place: string | null;
  phrase: string;
}

/** Reads what an ordinal claim counts from its words: "fifth trip to Moscow", "sixth meeting this year". */
export function ordinalScope(claim: Claim, context: RuleContext): OrdinalScope | null {
  const ordinal = claim.ordinal;
  if (!ordinal) return null;
  // "their second conversation" said of a call counts calls.
  const kind =
    claim.type === "call" && !/\b(?:trip|visit|journey|meeting|summit)/i.test(ordinal.text)
      ? "call"
      : ordinalClass(ordinal.text);
  const qualified = QUALIFIER.test(ordinal.text);
  const multiDay = kind === "trip" || MULTI_DAY.test(ordinal.text);
  for (const span of claim.evidence) {
    const at = span.quote.toLowerCase().indexOf(ordinal.text.toLowerCase());
    if (at < 0) continue;
    const ordinalEnd = at + ordinal.text.length;
    const sentenceEnd = span.quote.slice(ordinalEnd).search(/[.!?](?:\s|$)/);
    const reach = Math.min(SCOPE_REACH, sentenceEnd < 0 ? SCOPE_REACH : sentenceEnd);
    const after = span.quote.slice(ordinalEnd, ordinalEnd + reach);
    const lead = PLACE_LEAD.exec(after);
    let place: string | null = null;
    let phraseEnd = ordinalEnd;
    if (lead) {
      const rest = after.slice(lead[0].length);
      let best = "";
      for (const entity of context.alignment.entities) {
        if (entity.type !== "place") continue;
        for (const name of [entity.name, ...entity.aliases]) {
          if (name.length > best.length && rest.startsWith(name)) {
            best = name;
            place = entity.id;
          }
        }
      }
      if (place !== null) phraseEnd = ordinalEnd + lead[0].length + best.length;
    }
    const year = YEAR_SCOPE.exec(after);
    if (year && place === null) phraseEnd = ordinalEnd + year.index + year[0].length;
    const window = year === null && WINDOW_SCOPE.test(after);
    const phrase = span.quote.slice(at, phraseEnd);
    return { kind, year: year !== null, window, qualified, multiDay, place, phrase };
  }
  const year = YEAR_SCOPE.test(ordinal.text);
  const window = !year && WINDOW_SCOPE.test(ordinal.text);
  return { kind, year, window, qualified, multiDay, place: null, phrase: ordinal.text };
}

interface Tally {
  subject: string[];
  /** Days (trips) or events (meetings) counted, only reports of what happened. */
  strict: number;
  /** Also counting what rests on one party's word. */
  loose: number;
  unconfirmed: Event[];
  /** Events left out only because they were elsewhere, or in another year. */
  elsewhere: Event[];
  otherYear: Event[];
}

function yearOf(event: Event): string {
  return event.date!.earliest.slice(0, 4);
}

function sameKind(event: Event, kind: string): boolean {
  const typeClass = TYPE_CLASSES[event.type.toLowerCase()] ?? event.type.toLowerCase();
  return kind === "call" ? typeClass === "call" : typeClass === "meeting";
}

/**
 * Whether a place is known to lie outside the ordinal's place. A place the gazetteer cannot place ("Hyderabad
 * House") may lie within it, so it is not read as a trip elsewhere.
 */
function placedElsewhere(
  place: string,
  scopePlace: string,
  parents: Readonly<Record<string, string>>,
): boolean {
  return !placeWithin(place, scopePlace, parents) && placedPlaces(parents).has(place);
}

/** Occasions on the given days: days in a row are one (arriving on the 4th and meeting on the 5th). */
function occasionCount(days: ReadonlySet<string>): number {
  let trips = 0;
  let last: string | null = null;
  for (const day of [...days].sort()) {
    if (last === null || day > shiftDay(last, 1)) trips++;
    last = day;
  }
  return trips;
}

/** Counts the subject's events up to and including the target, within the ordinal's scope. */
function tally(
  subject: string[],
  target: Event,
  scope: OrdinalScope,
  views: readonly EventView[],
  context: RuleContext,
): Tally {
  const parents = context.alignment.placeParents;
  const result: Tally = { subject, strict: 0, loose: 0, unconfirmed: [], elsewhere: [], otherYear: [] };
  const strictKeys = new Set<string>();
  const looseKeys = new Set<string>();
  for (const { event } of views) {
    if (!event.date || event.date.earliest > target.date!.earliest) continue;
    if (!subject.every((id) => event.participants.includes(id)) || !sameKind(event, scope.kind)) continue;
    const isTarget = event.id === target.id;
    if (!isTarget && event.status !== "occurred" && event.status !== "unconfirmed") continue;
    if (scope.year && yearOf(event) !== yearOf(target)) {
      result.otherYear.push(event);
      continue;
    }
    if (
      scope.place !== null &&
      event.location !== null &&
      placedElsewhere(event.location, scope.place, parents)
    ) {
      result.elsewhere.push(event);
      continue;
    }
    const key = scope.multiDay ? event.date.earliest : event.id;
    looseKeys.add(key);
    if (isTarget || event.status === "occurred") strictKeys.add(key);
    else result.unconfirmed.push(event);
  }
  result.strict = scope.multiDay ? occasionCount(strictKeys) : strictKeys.size;
  result.loose = scope.multiDay ? occasionCount(looseKeys) : looseKeys.size;
  result.unconfirmed = result.unconfirmed.filter(
    (event) => !strictKeys.has(scope.multiDay ? event.date!.earliest : event.id),
  );
  return result;
}

/** The participants whose history the ordinal counts: the pair (or, for trips, the person) with the longest record. */
function bestTally(claim: Claim, target: Event, scope: OrdinalScope, context: RuleContext): Tally | null {
  const people = claim.participants.filter((id) => context.entity(id)?.type !== "group");
  const subjects: string[][] = [];
  if (scope.kind === "trip" || people.length < 2) for (const id of people) subjects.push([id]);
  else
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) subjects.push([people[i]!, people[j]!]);
  let best: Tally | null = null;
  for (const subject of subjects) {
    const result = tally(subject, target, scope, context.events, context);
    if (!best || result.loose > best.loose) best = result;
  }
  return best;
}

function nouns(kind: string, count: number): string {
  const noun = kind === "trip" ? "trip" : kind === "call" ? "call" : "meeting";
  return count === 1 ? noun : `${noun}s`;
}

function eventDays(events: readonly Event[]): string {
  return joinList([...new Set(events.map((event) => event.date!.earliest))].sort());
}

function scopeWords(scope: OrdinalScope, context: RuleContext, target: Event): string {
  const parts: string[] = [];
  if (scope.place) parts.push(` in ${context.entity(scope.place)?.name ?? scope.place}`);
  if (scope.year) parts.push(` in ${yearOf(target)}`);
  return parts.join("");
}

/** Why a count holds only in part, or what makes it differ; "" when the timeline agrees outright. */
function explain(value: number, result: Tally, scope: OrdinalScope, context: RuleContext): string {
  if (value === result.strict) return "";
  const noun = nouns(scope.kind, result.unconfirmed.length);
  if (value === result.loose) {
    return `; the count holds only if the unconfirmed ${eventDays(result.unconfirmed)} ${noun} ${result.unconfirmed.length === 1 ? "is" : "are"} counted`;
  }
  if (scope.place && value === result.loose + new Set(result.elsewhere.map((e) => e.date!.earliest)).size) {
    const where = result.elsewhere.map(
      (event) =>
        `the ${event.date!.earliest} ${nouns(scope.kind, 1)} was ${scope.kind === "trip" ? "to" : "in"} ${context.entity(event.location!)?.name ?? event.location}`,
    );
    return `: ${joinList([...new Set(where)])}`;
  }
  if (scope.year && value === result.loose + result.otherYear.length) {
    return `: the count holds only if the ${eventDays(result.otherYear)} ${nouns(scope.kind, result.otherYear.length)} from another year ${result.otherYear.length === 1 ? "is" : "are"} counted`;
  }
  return "";
}

/** One article per named event, preferring articles already cited, so the finding names few sources. */
function citedArticles(
  claim: Claim,
  target: EventView,
  named: readonly Event[],
  context: RuleContext,
): string[] {
  const cited = new Set([claim.articleId]);
  const targetArticles = new Set(target.claims.map((c) => c.articleId));
  for (const event of named) {
    const view = context.events.find((candidate) => candidate.event.id === event.id);
    const articles = [...new Set(view?.claims.map((c) => c.articleId) ?? [])].sort();
    if (articles.some((id) => cited.has(id))) continue;
    cited.add(articles.find((id) => targetArticles.has(id)) ?? articles[0] ?? claim.articleId);
  }
  return [...cited].sort();
}

/**
 * How many events the corpus may miss before a higher count is read as history it does not cover (no finding);
 * within it, a higher count with nothing on record to explain it is a low discrepancy.
 */
const UNCOVERED_GAP = 1;

/**
 * Ordinal claims ("fifth trip to Moscow", "sixth meeting this year") checked against the consolidated
 * timeline of the participants: agreement when independent sources give the same count, a discrepancy
 * naming the events that make the count differ, and a note when it holds only with unconfirmed events.
 */
export const countRule: Rule = {
  meta: {
    id: "count",
    description: "Checks ordinal claims against the consolidated timeline.",
    messages: {
      agreement: "Count agrees for the {{event}}: {{sources}} make it number {{value}}{{scope}}{{note}}.",
      discrepancy:
        'Count differs for the {{event}}: {{source}} says "{{phrase}}" but the timeline has {{count}} {{noun}}{{scope}} up to and including it{{reason}}.',
    },
  },
  check(context) {
    for (const view of context.events) {
      const { event, claims } = view;
      if (!event.date) continue;
      const checked = claims
        .filter((claim) => claim.ordinal !== null)
        .map((claim) => {
          const scope = ordinalScope(claim, context)!;
          return { claim, scope, result: bestTally(claim, event, scope, context) };
        })
        .filter((item) => item.result !== null && item.result.subject.length > 0);
      const groups = new Map<string, typeof checked>();
      for (const item of checked) {
        const key = [item.scope.kind, item.claim.ordinal!.value, item.scope.year, item.scope.place].join("|");
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      for (const items of groups.values()) {
        const perSource = claimsBySource(
          items.map((item) => item.claim),
          context,
        ).map((list) => items.find((item) => item.claim === list[0])!);
        const first = perSource[0]!;
        const value = first.claim.ordinal!.value;
        const scope = scopeWords(first.scope, context, event);
        if (perSource.length >= 2) {
          context.report({
            messageId: "agreement",
            data: {
              event: context.describeEvent(event),
              sources: quotedList(
                perSource.map((item) => ({ claim: item.claim, phrase: item.scope.phrase })),
                context,
              ),
              value,
              scope,
              note: explain(value, first.result!, first.scope, context),
            },
            kind: "agreement",
            attribute: "count",
            severity: "info",
            event,
            claims: perSource.map((item) => item.claim),
            quotes: Object.fromEntries(perSource.map((item) => [item.claim.id, item.scope.phrase])),
          });
        }
        for (const item of perSource) {
          const result = item.result!;
          if (value === result.strict || value === result.loose || item.scope.window) continue;
          // "Their second informal summit" against three meetings: the timeline does not know which were informal.
          if (item.scope.qualified && value < result.loose) continue;
          const named = [...result.elsewhere, ...result.otherYear, ...result.unconfirmed];
          // "the 16th meeting" against a corpus that holds two of them: the articles do not cover that history,
          // which is no finding; a count the corpus exceeds, or one its named events explain, is.
          if (value - result.loose > UNCOVERED_GAP && named.length === 0) continue;
          // A count that does not even hold the event it is said of counts another kind or place than the
          // timeline knows ("their first meeting in Japan" at a hotel the gazetteer does not place).
          if (result.loose === 0) continue;
          // One event short and nothing on record to blame: the sources may simply not report the earlier one.
          const uncovered = value > result.loose && named.length === 0;
          context.report({
            messageId: "discrepancy",
            data: {
              event: context.describeEvent(event),
              source: context.outlet(item.claim.articleId),
              phrase: item.scope.phrase,
              count: result.loose,
              noun: nouns(item.scope.kind, result.loose),
              scope,
              reason: uncovered
                ? `; none of these sources reports the earlier ${nouns(item.scope.kind, 1)}`
                : explain(value, result, item.scope, context),
            },
            kind: "discrepancy",
            attribute: "count",
            severity: uncovered ? "low" : "medium",
            event,
            claims: [item.claim],
            articleIds: citedArticles(item.claim, view, named, context),
            quotes: { [item.claim.id]: item.scope.phrase },
          });
        }
      }
    }
  },
};

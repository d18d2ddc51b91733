/**
 * Alignment benchmark: synthetic claims from a deterministic PRNG, timed through `alignClaims`.
 *
 * Two shapes of data, both over 3,000 people in 6,000 participant pairs (popular pairs meet far more often),
 * 80 places and six years, five claims per article, all of type meeting or talks and modality occurred:
 *
 * - `realistic` (the headline): one event per eight claims. Each article reports a main event (uniformly
 *   chosen) and, half of the time, a second event within three days of it; 90% of articles are dated 0-3 days
 *   after their main event, the rest undated. About 60% of an article's claims come from the main event, 30%
 *   from the second one when there is one, and 10% are background references to an older event (over a week
 *   earlier) of the main event's pair: half of those are dated to their calendar month, a quarter are undated
 *   with a weekday, a quarter carry the day. Other claims carry the day (89%), the month (7.5%) or only a
 *   weekday (3.5%), so that about 5% of all claims are undated, as in the uniform shape.
 * - `uniform` (the original benchmark): one event per four claims, days uniform over the six years, and the
 *   claims shuffled over undated articles, so an article reports five unrelated events; 85% of claims carry the
 *   day, 10% a 30-day window, 5% only a weekday.
 */
import { alignClaims } from "../../src/align/index.js";
import type { Claim } from "../../src/schema/claim.js";
import type { ArticleExtraction, LocalEntity } from "../../src/schema/document.js";

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const START = Date.UTC(2019, 0, 1);
const YEARS_OF_DAYS = 6 * 365;
const CLAIMS_PER_ARTICLE = 5;
const PEOPLE = 3_000;
const PAIRS = 6_000;
const PLACES = 80;

/** Which synthetic corpus to build: see the header comment. */
export type SyntheticShape = "realistic" | "uniform";

interface EventDraft {
  pair: number;
  people: readonly [number, number];
  day: number;
  place: number;
  minutes: number;
  ordinal: number;
}

type ClaimDate = Claim["date"];

function day(offset: number): string {
  return new Date(START + offset * DAY).toISOString().slice(0, 10);
}

function weekdayOf(offset: number): number {
  return new Date(START + offset * DAY).getUTCDay();
}

function dayDate(offset: number): ClaimDate {
  return { earliest: day(offset), latest: day(offset), text: day(offset), inferred: false };
}

function calendarMonthDate(offset: number): ClaimDate {
  const date = new Date(START + offset * DAY);
  const first = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const last = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  return { earliest: iso(first), latest: iso(last), text: "that month", inferred: false };
}

function eventDrafts(count: number, random: () => number): EventDraft[] {
  const pick = (n: number) => Math.floor(random() * n);
  const pairs = Array.from({ length: PAIRS }, () => {
    const a = pick(PEOPLE);
    return [a, (a + 1 + pick(PEOPLE - 1)) % PEOPLE] as const;
  });
  const drafts: EventDraft[] = [];
  for (let e = 0; e < count; e++) {
    const pair = Math.floor(random() ** 2 * PAIRS);
    drafts.push({
      pair,
      people: pairs[pair]!,
      day: pick(YEARS_OF_DAYS),
      place: pick(PLACES),
      minutes: 30 + pick(300),
      ordinal: 1 + pick(9),
    });
  }
  return drafts;
}

/** One claim to write: the event it reports and how its date reads (`date` null: undated, weekday only). */
interface ClaimDraft {
  event: EventDraft;
  date: (event: EventDraft) => ClaimDate;
}

/** An article's extraction: local entities per article, and the claims' type, duration and ordinal rolled. */
function articleExtraction(
  articleId: string,
  publishedAt: string | null,
  drafts: readonly ClaimDraft[],
  random: () => number,
): ArticleExtraction {
  const pick = (n: number) => Math.floor(random() * n);
  const entities = new Map<string, LocalEntity>();
  const local = (key: string, type: LocalEntity["type"], name: string): string => {
    const existing = entities.get(key);
    if (existing) return existing.id;
    const id = `${articleId}#${type[0]}${entities.size + 1}`;
    entities.set(key, { id, type, name, aliases: [name], gazetteerId: null, roles: [], mentions: [] });
    return id;
  };
  const claims: Claim[] = drafts.map(({ event, date: dateOf }, k) => {
    const date = dateOf(event);
    return {
      id: `${articleId}:c${k + 1}`,
      articleId,
      type: random() < 0.7 ? "meeting" : "talks",
      participants: event.people.map((p) => local(`p${p}`, "person", `Person${p} Surname${p}`)),
      date,
      duration:
        random() < 0.3 ? { minMinutes: event.minutes, maxMinutes: event.minutes + 30, text: "hours" } : null,
      location: local(`l${event.place}`, "place", `Place${event.place}`),
      ordinal: random() < 0.1 ? { value: event.ordinal, text: "the nth meeting" } : null,
      attribution: null,
      modality: "occurred",
      evidence: [{ start: 0, end: 1, quote: "x" }],
      confidence: 0.9,
      weekday: date === null ? weekdayOf(event.day) : null,
    };
  });
  return {
    article: {
      id: articleId,
      source: `${articleId}.txt`,
      url: null,
      outlet: null,
      publishedAt,
      publishedAtSource: publishedAt === null ? null : "metadata",
      wire: [],
      warnings: [],
    },
    entities: [...entities.values()],
    claims,
    fingerprint: Array.from({ length: 64 }, () => pick(2 ** 31)),
  };
}

function articleId(index: number): string {
  return `a${String(index).padStart(6, "0")}`;
}

/** The original shape: claims of events uniform over six years, shuffled over undated articles. */
function uniformExtractions(count: number, random: () => number): ArticleExtraction[] {
  const pick = (n: number) => Math.floor(random() * n);
  const drafts = eventDrafts(Math.ceil(count / 4), random);
  const claims: EventDraft[] = [];
  for (let c = 0; c < count; c++) claims.push(drafts[Math.floor(c / 4)]!);
  for (let i = claims.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [claims[i], claims[j]] = [claims[j]!, claims[i]!];
  }
  const dateOf = (event: EventDraft): ClaimDate => {
    const roll = random();
    if (roll < 0.85) return dayDate(event.day);
    if (roll >= 0.95) return null;
    const from = event.day - (event.day % 30);
    return { earliest: day(from), latest: day(from + 29), text: "that month", inferred: false };
  };
  const extractions: ArticleExtraction[] = [];
  for (let start = 0; start < claims.length; start += CLAIMS_PER_ARTICLE) {
    const events = claims.slice(start, start + CLAIMS_PER_ARTICLE);
    const id = articleId(extractions.length);
    extractions.push(
      articleExtraction(
        id,
        null,
        events.map((event) => ({ event, date: dateOf })),
        random,
      ),
    );
  }
  return extractions;
}

/** The realistic shape: dated articles about one or two recent events, with background references. */
function realisticExtractions(count: number, random: () => number): ArticleExtraction[] {
  const pick = (n: number) => Math.floor(random() * n);
  const events = eventDrafts(Math.ceil(count / 8), random);
  const byDay = events.map((_, index) => index).sort((a, b) => events[a]!.day - events[b]!.day || a - b);
  const positionByDay = new Int32Array(events.length);
  byDay.forEach((event, position) => {
    positionByDay[event] = position;
  });
  const historyOfPair = new Map<number, EventDraft[]>();
  for (const index of byDay) {
    const event = events[index]!;
    const history = historyOfPair.get(event.pair) ?? [];
    history.push(event);
    historyOfPair.set(event.pair, history);
  }
  const reported = (event: EventDraft): ClaimDate => {
    const roll = random();
    if (roll < 0.89) return dayDate(event.day);
    return roll < 0.965 ? calendarMonthDate(event.day) : null;
  };
  const background = (event: EventDraft): ClaimDate => {
    const roll = random();
    if (roll < 0.5) return calendarMonthDate(event.day);
    return roll < 0.75 ? null : dayDate(event.day);
  };
  const extractions: ArticleExtraction[] = [];
  for (let written = 0; written < count; ) {
    const main = pick(events.length);
    const mainEvent = events[main]!;
    const published = random() < 0.9 ? day(mainEvent.day + pick(4)) : null;
    const neighbour = byDay[positionByDay[main]! + (random() < 0.5 ? -1 : 1) * (1 + pick(3))];
    const second =
      random() < 0.5 && neighbour !== undefined && Math.abs(events[neighbour]!.day - mainEvent.day) <= 3
        ? events[neighbour]!
        : null;
    const older = (historyOfPair.get(mainEvent.pair) ?? []).filter((event) => event.day < mainEvent.day - 7);
    const drafts: ClaimDraft[] = [];
    const claims = Math.min(CLAIMS_PER_ARTICLE, count - written);
    for (let k = 0; k < claims; k++) {
      const roll = random();
      if (roll < 0.1 && older.length > 0)
        drafts.push({ event: older[pick(older.length)]!, date: background });
      else if (second !== null && roll >= 0.7) drafts.push({ event: second, date: reported });
      else drafts.push({ event: mainEvent, date: reported });
    }
    extractions.push(articleExtraction(articleId(extractions.length), published, drafts, random));
    written += claims;
  }
  return extractions;
}

/**
 * Builds `count` synthetic claims spread over articles, as extraction would hand them to alignment, in the
 * given shape (realistic unless told otherwise; see the header comment). Deterministic for a seed.
 *
 * @example
 * syntheticExtractions(1_000, 42, { shape: "uniform" }).length; // 200
 */
export function syntheticExtractions(
  count: number,
  seed = 42,
  options: { shape?: SyntheticShape } = {},
): ArticleExtraction[] {
  const random = prng(seed);
  return options.shape === "uniform"
    ? uniformExtractions(count, random)
    : realisticExtractions(count, random);
}

/** One timed alignment: claims, seconds and the comparisons blocking allowed. */
export interface AlignmentFigure {
  claims: number;
  seconds: number;
  comparisons: number;
}

function timeAlignment(claims: number, shape: SyntheticShape): AlignmentFigure {
  const extractions = syntheticExtractions(claims, 42, { shape });
  const gazetteer = { entries: [] };
  const started = performance.now();
  const alignment = alignClaims(extractions, { gazetteer });
  const seconds = (performance.now() - started) / 1000;
  return { claims, seconds, comparisons: alignment.comparisons };
}

/**
 * Times `alignClaims` on synthetic claims (100,000 by default): the realistic shape as the headline figure,
 * the uniform shape beside it (timed second, in the same process: its code is already compiled).
 *
 * @example
 * runAlignmentBench({ claims: 10_000 }); // { claims: 10000, seconds: 0.02, comparisons: 31000, uniform: {...} }
 */
export function runAlignmentBench(
  options: { claims?: number } = {},
): AlignmentFigure & { uniform: AlignmentFigure } {
  const claims = options.claims ?? 100_000;
  const realistic = timeAlignment(claims, "realistic");
  const uniform = timeAlignment(claims, "uniform");
  return { ...realistic, uniform };
}

/**
 * Alignment benchmark: synthetic claims (many articles, many participant pairs, dates over years) from a
 * deterministic PRNG, timed through `alignClaims`.
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
const CLAIMS_PER_EVENT = 4;
const CLAIMS_PER_ARTICLE = 5;
const PEOPLE = 3_000;
const PAIRS = 6_000;
const PLACES = 80;

function day(offset: number): string {
  return new Date(START + offset * DAY).toISOString().slice(0, 10);
}

/** Builds `count` synthetic claims spread over articles, as extraction would hand them to alignment. */
export function syntheticExtractions(count: number, seed = 42): ArticleExtraction[] {
  const random = prng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const pairs = Array.from({ length: PAIRS }, () => {
    const a = pick(PEOPLE);
    return [a, (a + 1 + pick(PEOPLE - 1)) % PEOPLE] as const;
  });
  const drafts: { people: number[]; day: number; place: number; minutes: number; ordinal: number }[] = [];
  const events = Math.ceil(count / CLAIMS_PER_EVENT);
  for (let e = 0; e < events; e++) {
    const pair = pairs[Math.floor(random() ** 2 * PAIRS)]!;
    drafts.push({
      people: [...pair],
      day: pick(6 * 365),
      place: pick(PLACES),
      minutes: 30 + pick(300),
      ordinal: 1 + pick(9),
    });
  }
  const claims: { draft: (typeof drafts)[number]; n: number }[] = [];
  for (let c = 0; c < count; c++) claims.push({ draft: drafts[Math.floor(c / CLAIMS_PER_EVENT)]!, n: c });
  // Shuffle so an article carries claims of several events.
  for (let i = claims.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [claims[i], claims[j]] = [claims[j]!, claims[i]!];
  }
  const extractions: ArticleExtraction[] = [];
  for (let start = 0; start < claims.length; start += CLAIMS_PER_ARTICLE) {
    const articleId = `a${String(extractions.length).padStart(6, "0")}`;
    const entities = new Map<string, LocalEntity>();
    const local = (key: string, type: LocalEntity["type"], name: string): string => {
      const existing = entities.get(key);
      if (existing) return existing.id;
      const id = `${articleId}#${type[0]}${entities.size + 1}`;
      entities.set(key, { id, type, name, aliases: [name], gazetteerId: null, roles: [], mentions: [] });
      return id;
    };
    const articleClaims: Claim[] = claims.slice(start, start + CLAIMS_PER_ARTICLE).map(({ draft }, k) => {
      const roll = random();
      const date =
        roll < 0.85
          ? { earliest: day(draft.day), latest: day(draft.day), text: day(draft.day), inferred: false }
          : roll < 0.95
            ? {
                earliest: day(draft.day - (draft.day % 30)),
                latest: day(draft.day - (draft.day % 30) + 29),
                text: "that month",
                inferred: false,
              }
            : null;
      return {
        id: `${articleId}:c${k + 1}`,
        articleId,
        type: random() < 0.7 ? "meeting" : "talks",
        participants: draft.people.map((p) => local(`p${p}`, "person", `Person${p} Surname${p}`)),
        date,
        duration:
          random() < 0.3
            ? { minMinutes: draft.minutes, maxMinutes: draft.minutes + 30, text: "hours" }
            : null,
        location: local(`l${draft.place}`, "place", `Place${draft.place}`),
        ordinal: random() < 0.1 ? { value: draft.ordinal, text: "the nth meeting" } : null,
        attribution: null,
        modality: "occurred",
        evidence: [{ start: 0, end: 1, quote: "x" }],
        confidence: 0.9,
        weekday: date === null ? new Date(START + draft.day * DAY).getUTCDay() : null,
      };
    });
    extractions.push({
      article: {
        id: articleId,
        source: `${articleId}.txt`,
        url: null,
        outlet: null,
        publishedAt: null,
        publishedAtSource: null,
        wire: [],
        warnings: [],
      },
      entities: [...entities.values()],
      claims: articleClaims,
      fingerprint: Array.from({ length: 64 }, () => pick(2 ** 31)),
    });
  }
  return extractions;
}

/**
 * Times `alignClaims` on synthetic claims (100,000 by default) and reports the comparisons blocking allowed.
 *
 * @example
 * runAlignmentBench({ claims: 10_000 }); // { claims: 10000, seconds: 0.02, comparisons: 31000 }
 */
export function runAlignmentBench(options: { claims?: number } = {}): {
  claims: number;
  seconds: number;
  comparisons: number;
} {
  const claims = options.claims ?? 100_000;
  const extractions = syntheticExtractions(claims);
  const gazetteer = { entries: [] };
  const started = performance.now();
  const alignment = alignClaims(extractions, { gazetteer });
  const seconds = (performance.now() - started) / 1000;
  return { claims, seconds, comparisons: alignment.comparisons };
}

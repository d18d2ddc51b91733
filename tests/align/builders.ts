import type { Claim } from "../../src/schema/claim.js";
import type { ArticleExtraction, LocalEntity } from "../../src/schema/document.js";
import type { Gazetteer } from "../../src/schema/gazetteer.js";
import type { Modality } from "../../src/schema/primitives.js";

/** A small made-up world: places with containment, and two known people. */
export function testGazetteer(): Gazetteer {
  const place = (id: string, name: string, within: string | null, kind: string) => ({
    id,
    type: "place" as const,
    name,
    aliases: [],
    roles: [],
    within,
    kind,
    demonyms: [],
    terms: [],
  });
  return {
    entries: [
      place("valdoria", "Valdoria", null, "country"),
      place("norvik", "Norvik", "valdoria", "city"),
      place("lindholm-palace", "Lindholm Palace", "norvik", "building"),
      place("harbour-park", "Harbour Park", "norvik", "site"),
      place("porto-celeste", "Porto Celeste", "valdoria", "city"),
      place("astera", "Astera", null, "country"),
      place("belmonte", "Belmonte", "astera", "city"),
      {
        id: "anna-berg",
        type: "person",
        name: "Anna Berg",
        aliases: [],
        roles: ["chancellor"],
        within: null,
        kind: null,
        demonyms: [],
        terms: [],
      },
    ],
  };
}

export interface ClaimSpec {
  type?: string;
  /** Local keys of the article's entities (see {@link ArticleSpec.entities}). */
  participants: string[];
  /** One day, or [earliest, latest]. */
  date?: string | [string, string];
  dateText?: string;
  weekday?: number;
  duration?: [number | null, number | null, string];
  location?: string;
  ordinal?: [number, string];
  attribution?: string;
  modality?: Modality;
  /** The sentence the claim comes from; it must contain the phrases findings quote. */
  text?: string;
}

export interface ArticleSpec {
  id: string;
  outlet?: string | null;
  publishedAt?: string | null;
  wire?: string[];
  fingerprint?: number[];
  /** Local key → [type, name, gazetteer id?]. */
  entities: Record<string, [LocalEntity["type"], string, string?]>;
  claims: ClaimSpec[];
  floatingTimes?: ArticleExtraction["floatingTimes"];
}

/** Builds one article's extraction as extraction would hand it to alignment. */
export function buildArticle(spec: ArticleSpec): ArticleExtraction {
  const localId = (key: string) => `${spec.id}#${key}`;
  const entities: LocalEntity[] = Object.entries(spec.entities).map(([key, [type, name, gazetteerId]]) => ({
    id: localId(key),
    type,
    name,
    // Stories name people by surname after the first mention ("Berg met Dalla"), as extraction records.
    aliases: type === "person" ? [name, name.split(" ").at(-1) ?? name] : [name],
    gazetteerId: gazetteerId ?? null,
    roles: [],
    mentions: [],
  }));
  let offset = 0;
  const claims: Claim[] = spec.claims.map((claim, index) => {
    const text = claim.text ?? `${claim.participants.join(" and ")} ${claim.type ?? "meeting"}.`;
    const span = { start: offset, end: offset + text.length, quote: text };
    offset += text.length + 1;
    const [earliest, latest] =
      typeof claim.date === "string" ? [claim.date, claim.date] : (claim.date ?? [null, null]);
    return {
      id: `${spec.id}:c${index + 1}`,
      articleId: spec.id,
      type: claim.type ?? "meeting",
      participants: claim.participants.map(localId),
      date:
        earliest && latest ? { earliest, latest, text: claim.dateText ?? earliest, inferred: false } : null,
      duration: claim.duration
        ? { minMinutes: claim.duration[0], maxMinutes: claim.duration[1], text: claim.duration[2] }
        : null,
      location: claim.location ? localId(claim.location) : null,
      ordinal: claim.ordinal ? { value: claim.ordinal[0], text: claim.ordinal[1] } : null,
      attribution: claim.attribution ? { entityId: localId(claim.attribution), text: "said" } : null,
      modality: claim.modality ?? "occurred",
      evidence: [span],
      confidence: 0.9,
      weekday: claim.weekday ?? null,
    };
  });
  return {
    article: {
      id: spec.id,
      source: `${spec.id}.txt`,
      url: null,
      outlet: spec.outlet === undefined ? spec.id.toUpperCase() : spec.outlet,
      publishedAt: spec.publishedAt === undefined ? null : spec.publishedAt,
      publishedAtSource: spec.publishedAt ? "metadata" : null,
      wire: spec.wire ?? [],
      warnings: [],
    },
    entities,
    claims,
    fingerprint: spec.fingerprint ?? distinctFingerprint(spec.id),
    ...(spec.floatingTimes ? { floatingTimes: spec.floatingTimes } : {}),
  };
}

/** A signature no other article shares (derived from the id). */
export function distinctFingerprint(seed: string): number[] {
  let hash = 7;
  for (const char of seed) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return Array.from({ length: 64 }, (_, index) => (Math.imul(hash + index, 2654435761) >>> 0) % 1_000_003);
}

/** The usual cast: the chancellor (gazetteer), a travelling envoy, an economic adviser, places. */
export const CAST: ArticleSpec["entities"] = {
  berg: ["person", "Anna Berg", "anna-berg"],
  dalla: ["person", "Marco Dalla"],
  varga: ["person", "Ilse Varga"],
  reyes: ["person", "Tomas Reyes"],
  norvik: ["place", "Norvik", "norvik"],
  palace: ["place", "Lindholm Palace", "lindholm-palace"],
  park: ["place", "Harbour Park", "harbour-park"],
  porto: ["place", "Porto Celeste", "porto-celeste"],
  valdoria: ["place", "Valdoria", "valdoria"],
  belmonte: ["place", "Belmonte", "belmonte"],
};

/**
 * Scores extractions against gold claims, following the gold file's conventions: participants match
 * when the claim includes every core surname; duration bounds within 15%; location any listed name;
 * `dateAcceptable` as the alternative to an exact date. Ordinal is scored where the gold gives one.
 */

import type { Claim } from "../../src/schema/claim.js";
import type { ArticleExtraction } from "../../src/schema/document.js";
import type { GoldClaim, GoldFile } from "./gold.js";

export const ATTRIBUTES = ["date", "duration", "location", "modality", "ordinal"] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export interface Tally {
  required: number;
  found: number;
  /** Required visit claims whose trip frames a meeting the same gold tells (the seeds' gold folds those). */
  framingRequired: number;
  framingFound: number;
  predicted: number;
  truePositives: number;
  falsePositives: string[];
  missed: string[];
  negativesViolated: string[];
  attributes: Record<Attribute, { right: number; total: number; wrong: string[] }>;
  spans: { valid: number; total: number };
}

export function emptyTally(): Tally {
  const attributes = Object.fromEntries(
    ATTRIBUTES.map((a) => [a, { right: 0, total: 0, wrong: [] as string[] }]),
  ) as Tally["attributes"];
  return {
    required: 0,
    found: 0,
    framingRequired: 0,
    framingFound: 0,
    predicted: 0,
    truePositives: 0,
    falsePositives: [],
    missed: [],
    negativesViolated: [],
    attributes,
    spans: { valid: 0, total: 0 },
  };
}

function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

function looseEqual(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

function namesOf(extraction: ArticleExtraction, id: string | null): string[] {
  const entity = extraction.entities.find((e) => e.id === id);
  return entity ? [entity.name, ...entity.aliases] : [];
}

/** A gold name ("Steve Witkoff" or "Witkoff") matches an entity when its surname matches a word of any of the entity's names. */
function nameMatches(goldName: string, names: readonly string[]): boolean {
  const words = goldName.split(/\s+/);
  // Surname last (Witkoff) or first (Lee Jung-ho, Nguyen Van Long).
  const surnames = [
    words[words.length - 1] ?? goldName,
    ...(words.length > 1 ? [words[0] ?? goldName] : []),
  ].filter((word) => word.length >= 3);
  return names.some(
    (name) =>
      looseEqual(name, goldName) ||
      name.split(/[\s-]+/).some((word) => surnames.some((surname) => looseEqual(word, surname))),
  );
}

function hasCore(extraction: ArticleExtraction, claim: Claim, core: readonly string[]): boolean {
  const participantNames = claim.participants.map((id) => namesOf(extraction, id));
  return core.every((name) => participantNames.some((names) => nameMatches(name, names)));
}

/**
 * Claim types: the gold writes "meeting" for meetings and talks alike, so "meeting" and "talks" match
 * each other; "visit" and "call" match only themselves where the gold names them.
 */
function typeFits(gold: GoldClaim, claim: Claim): boolean {
  if (gold.type === "visit" || gold.type === "call") return claim.type === gold.type;
  return claim.type !== "visit";
}

function within15(goldValue: number | null, value: number | null): boolean {
  if (goldValue === null || value === null) return goldValue === value;
  return Math.abs(goldValue - value) <= goldValue * 0.15;
}

export function attributeRight(
  extraction: ArticleExtraction,
  gold: GoldClaim,
  claim: Claim,
  attribute: Attribute,
): boolean | null {
  switch (attribute) {
    case "date": {
      if (gold.date)
        return (
          claim.date !== null && claim.date.earliest >= gold.date[0] && claim.date.latest <= gold.date[1]
        );
      if (!claim.date) return true;
      const ok = [...(gold.dateAcceptable ?? [])].sort();
      return (
        ok.length > 0 &&
        claim.date.earliest >= (ok[0] ?? "") &&
        claim.date.latest <= (ok[ok.length - 1] ?? "")
      );
    }
    case "duration":
      if (!gold.duration) return claim.duration === null;
      return (
        claim.duration !== null &&
        within15(gold.duration[0], claim.duration.minMinutes) &&
        within15(gold.duration[1], claim.duration.maxMinutes)
      );
    case "location":
      if (!gold.location || gold.location.length === 0) return claim.location === null;
      return gold.location.some((name) => nameMatches(name, namesOf(extraction, claim.location)));
    case "modality":
      return claim.modality === gold.modality;
    case "ordinal":
      return gold.ordinal === undefined ? null : claim.ordinal?.value === gold.ordinal;
  }
}

function agreement(extraction: ArticleExtraction, gold: GoldClaim, claim: Claim): number {
  return ATTRIBUTES.reduce(
    (sum, a) => sum + (attributeRight(extraction, gold, claim, a) === true ? 1 : 0),
    0,
  );
}

function describe(extraction: ArticleExtraction, claim: Claim): string {
  const names = claim.participants.map((id) => namesOf(extraction, id)[0] ?? id).join("+");
  return `${claim.id} ${claim.type} ${names} ${claim.date?.earliest ?? "-"} ${claim.modality}`;
}

function datesMeet(a: GoldClaim["date"], b: GoldClaim["date"]): boolean {
  if (!a || !b) return a === b;
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * A trip that frames a meeting the gold also tells ("X arrived in Y on Monday … met Z"): an occurred visit whose
 * traveller takes part in an occurred meeting of the same article on overlapping days. The seeds' gold folds
 * such trips into their meetings; later golds count them apart, so recall is also reported without them.
 */
function framesMeeting(visit: GoldClaim, golds: readonly GoldClaim[]): boolean {
  if (visit.type !== "visit" || visit.modality !== "occurred") return false;
  return golds.some(
    (g) =>
      g !== visit &&
      g.type !== "visit" &&
      g.type !== "call" &&
      g.modality === "occurred" &&
      visit.core.every((name) => g.core.includes(name)) &&
      datesMeet(visit.date, g.date),
  );
}

/** Adds one article's scores to `tally`. */
export function scoreArticle(
  tally: Tally,
  gold: GoldFile,
  articleId: string,
  extraction: ArticleExtraction,
  fileText: string,
): void {
  const golds = gold.claims.filter((c) => c.article === articleId);
  const claims = extraction.claims;
  tally.predicted += claims.length;
  for (const claim of claims) {
    for (const span of claim.evidence) {
      tally.spans.total++;
      if (fileText.slice(span.start, span.end) === span.quote) tally.spans.valid++;
    }
  }
  const pairs: Array<{ gold: GoldClaim; claim: Claim; score: number }> = [];
  for (const g of golds) {
    for (const claim of claims) {
      if (typeFits(g, claim) && hasCore(extraction, claim, g.core))
        pairs.push({ gold: g, claim, score: agreement(extraction, g, claim) * 2 + (g.required ? 1 : 0) });
    }
  }
  pairs.sort(
    (a, b) => b.score - a.score || a.claim.id.localeCompare(b.claim.id) || a.gold.id.localeCompare(b.gold.id),
  );
  const usedGold = new Set<GoldClaim>();
  const usedClaim = new Set<Claim>();
  for (const pair of pairs) {
    if (usedGold.has(pair.gold) || usedClaim.has(pair.claim)) continue;
    usedGold.add(pair.gold);
    usedClaim.add(pair.claim);
    tally.truePositives++;
    for (const attribute of ATTRIBUTES) {
      const right = attributeRight(extraction, pair.gold, pair.claim, attribute);
      if (right === null) continue;
      tally.attributes[attribute].total++;
      if (right) tally.attributes[attribute].right++;
      else tally.attributes[attribute].wrong.push(`${pair.gold.id} ← ${describe(extraction, pair.claim)}`);
    }
  }
  for (const g of golds.filter((c) => c.required)) {
    tally.required++;
    const framing = framesMeeting(g, golds);
    if (framing) tally.framingRequired++;
    if (usedGold.has(g)) {
      tally.found++;
      if (framing) tally.framingFound++;
    } else tally.missed.push(g.id);
  }
  const negatives = (gold.negatives ?? []).filter((n) => n.article === articleId);
  for (const claim of claims) {
    const hit = negatives.filter(
      (n) =>
        (!n.core || hasCore(extraction, claim, n.core)) &&
        (!n.type || claim.type === n.type) &&
        (!n.text || claim.evidence.some((e) => e.quote.includes(n.text ?? ""))) &&
        (!n.date ||
          (claim.date !== null && claim.date.earliest <= n.date[1] && n.date[0] <= claim.date.latest)),
    );
    if (hit.some((n) => n.mustNotBe === "any" || n.mustNotBe === claim.modality))
      tally.negativesViolated.push(describe(extraction, claim));
    // A claim the gold anticipates with another modality ("wants to meet": hypothetical) is neither right nor wrong.
    else if (!usedClaim.has(claim) && hit.length === 0) {
      const optional = golds.some(
        (g) => !g.required && typeFits(g, claim) && hasCore(extraction, claim, g.core),
      );
      if (!optional) tally.falsePositives.push(describe(extraction, claim));
    }
  }
}

export interface Summary {
  recall: number;
  /** Recall leaving out the gold's framing trips (see {@link framesMeeting}): the seeds' convention. */
  recallFolded: number;
  precision: number;
  accuracy: Record<Attribute, number>;
  spanValidity: number;
  required: number;
  found: number;
  predicted: number;
  falsePositives: number;
  negativesViolated: number;
}

export function summarise(tally: Tally): Summary {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    recall: ratio(tally.found, tally.required),
    recallFolded: ratio(tally.found - tally.framingFound, tally.required - tally.framingRequired),
    precision: ratio(tally.truePositives, tally.truePositives + tally.falsePositives.length),
    accuracy: Object.fromEntries(
      ATTRIBUTES.map((a) => [a, ratio(tally.attributes[a].right, tally.attributes[a].total)]),
    ) as Record<Attribute, number>,
    spanValidity: ratio(tally.spans.valid, tally.spans.total),
    required: tally.required,
    found: tally.found,
    predicted: tally.predicted,
    falsePositives: tally.falsePositives.length,
    negativesViolated: tally.negativesViolated.length,
  };
}

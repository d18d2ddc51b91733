/**
 * TempEval-3 Task A scoring as pure functions: strict and relaxed span precision/recall/F1, type and
 * value accuracy over relaxed matches, and value F1 = value accuracy × relaxed F1. `mod` is not scored.
 */

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Counts {
  gold: number;
  system: number;
  strictMatches: number;
  relaxedMatches: number;
  typeMatches: number;
  valueMatches: number;
}

export interface Scores {
  strictPrecision: number;
  strictRecall: number;
  strictF1: number;
  relaxedPrecision: number;
  relaxedRecall: number;
  relaxedF1: number;
  typeAccuracy: number;
  valueAccuracy: number;
  valueF1: number;
}

export const EMPTY_COUNTS: Counts = {
  gold: 0,
  system: 0,
  strictMatches: 0,
  relaxedMatches: 0,
  typeMatches: 0,
  valueMatches: 0,
};

const overlaps = (a: ScoredTimex, b: ScoredTimex): boolean => a.start < b.end && b.start < a.end;

/** A gold/system pairing: each expression used at most once, exact matches first, then the largest overlap. */
export function alignTimexes(
  gold: readonly ScoredTimex[],
  system: readonly ScoredTimex[],
): Array<{ gold: ScoredTimex; system: ScoredTimex }> {
  const used = new Set<number>();
  const pairs: Array<{ gold: ScoredTimex; system: ScoredTimex }> = [];
  const pending: ScoredTimex[] = [];
  for (const g of gold) {
    const exact = system.findIndex((s, i) => !used.has(i) && s.start === g.start && s.end === g.end);
    if (exact >= 0) {
      used.add(exact);
      pairs.push({ gold: g, system: system[exact] as ScoredTimex });
    } else pending.push(g);
  }
  for (const g of pending) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      if (used.has(i) || !overlaps(g, s)) return;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push({ gold: g, system: system[best] as ScoredTimex });
    }
  }
  return pairs;
}

/**
 * Counts for one document.
 *
 * @example
 * countDocument([{ start: 0, end: 6, type: "DATE", value: "2013" }], [{ start: 0, end: 4, type: "DATE", value: "2013" }])
 * // { gold: 1, system: 1, strictMatches: 0, relaxedMatches: 1, typeMatches: 1, valueMatches: 1 }
 */
export function countDocument(gold: readonly ScoredTimex[], system: readonly ScoredTimex[]): Counts {
  const pairs = alignTimexes(gold, system);
  let strict = 0;
  let type = 0;
  let value = 0;
  for (const { gold: g, system: s } of pairs) {
    if (g.start === s.start && g.end === s.end) strict++;
    if (g.type === s.type) type++;
    if (g.value === s.value) value++;
  }
  return {
    gold: gold.length,
    system: system.length,
    strictMatches: strict,
    relaxedMatches: pairs.length,
    typeMatches: type,
    valueMatches: value,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strictMatches: a.strictMatches + b.strictMatches,
    relaxedMatches: a.relaxedMatches + b.relaxedMatches,
    typeMatches: a.typeMatches + b.typeMatches,
    valueMatches: a.valueMatches + b.valueMatches,
  };
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Percentages from pooled counts (micro-averaged over documents, as the TE3 toolkit does). */
export function scoresFromCounts(c: Counts): Scores {
  const strictPrecision = ratio(c.strictMatches, c.system);
  const strictRecall = ratio(c.strictMatches, c.gold);
  const relaxedPrecision = ratio(c.relaxedMatches, c.system);
  const relaxedRecall = ratio(c.relaxedMatches, c.gold);
  const relaxedF1 = f1(relaxedPrecision, relaxedRecall);
  const typeAccuracy = ratio(c.typeMatches, c.relaxedMatches);
  const valueAccuracy = ratio(c.valueMatches, c.relaxedMatches);
  const pct = (x: number): number => Math.round(x * 10_000) / 100;
  return {
    strictPrecision: pct(strictPrecision),
    strictRecall: pct(strictRecall),
    strictF1: pct(f1(strictPrecision, strictRecall)),
    relaxedPrecision: pct(relaxedPrecision),
    relaxedRecall: pct(relaxedRecall),
    relaxedF1: pct(relaxedF1),
    typeAccuracy: pct(typeAccuracy),
    valueAccuracy: pct(valueAccuracy),
    valueF1: pct(valueAccuracy * relaxedF1),
  };
}

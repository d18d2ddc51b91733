import type { AlignmentLink } from "../schema/event.js";
import { type ClaimProfile, hasInterval } from "./claim-profile.js";
import { type ClaimTable, claimTable } from "./claim-table.js";
import type { CompareContext } from "./compare-claims.js";
import { monthOf } from "./days.js";

/** Clusters of claim indices (each one event) with the links that joined them, and the comparisons made. */
export interface Clustering {
  clusters: { members: number[]; links: AlignmentLink[] }[];
  comparisons: number;
}

/** At most this many participants of a claim form blocking pairs (a list of twenty names is not twenty events). */
const MAX_BLOCKING_PARTICIPANTS = 6;

interface Cluster {
  members: number[];
  links: AlignmentLink[];
  start: number;
  end: number;
}

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Numeric blocking keys of one claim (small integers, not strings: a hundred thousand claims make many keys). */
interface BlockingKeys {
  /** Dense ids of its participant pairs. */
  pairs: number[];
  /** Entity numbers of its first participants (by name). */
  entities: number[];
  /** Month offsets its interval touches; empty when it has none. */
  months: number[];
}

/** Gives each claim its blocking keys; `pairCount` dense pair ids are used, `span` months. */
function blockingKeys(profiles: readonly ClaimProfile[]): {
  keys: BlockingKeys[];
  span: number;
  pairCount: number;
} {
  let minMonth = Number.POSITIVE_INFINITY;
  let maxMonth = Number.NEGATIVE_INFINITY;
  const firstMonth = new Float64Array(profiles.length);
  const lastMonth = new Float64Array(profiles.length);
  for (const profile of profiles) {
    if (!hasInterval(profile)) continue;
    firstMonth[profile.index] = monthOf(profile.start);
    lastMonth[profile.index] = monthOf(profile.end);
    minMonth = Math.min(minMonth, firstMonth[profile.index]!);
    maxMonth = Math.max(maxMonth, lastMonth[profile.index]!);
  }
  const span = Number.isFinite(minMonth) ? maxMonth - minMonth + 1 : 1;
  // Pair (low, high) → dense id, through one small map per low entity number.
  const pairIds: Map<number, number>[] = [];
  let pairCount = 0;
  const pairId = (low: number, high: number): number => {
    let byHigh = pairIds[low];
    if (byHigh === undefined) {
      byHigh = new Map();
      pairIds[low] = byHigh;
    }
    let id = byHigh.get(high);
    if (id === undefined) {
      id = pairCount++;
      byHigh.set(high, id);
    }
    return id;
  };
  const keys = profiles.map((profile): BlockingKeys => {
    const entities = profile.coreNumbers.slice(0, MAX_BLOCKING_PARTICIPANTS);
    const pairs: number[] = [];
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++)
        pairs.push(pairId(Math.min(entities[i]!, entities[j]!), Math.max(entities[i]!, entities[j]!)));
    }
    const months: number[] = [];
    if (hasInterval(profile))
      for (let month = firstMonth[profile.index]!; month <= lastMonth[profile.index]!; month++)
        months.push(month - minMonth);
    return { pairs, entities, months };
  });
  return { keys, span, pairCount };
}

/**
 * Claims that share a bucket, as runs of ascending claim indices: one sort of `bucket * n + index` numbers
 * instead of a map of lists (no allocation per bucket).
 */
function forEachBucket(
  entries: readonly { index: number; buckets: readonly number[] }[],
  claimCount: number,
  visit: (members: Int32Array, from: number, to: number) => void,
): void {
  let total = 0;
  for (const entry of entries) total += entry.buckets.length;
  const encoded = new Float64Array(total);
  let position = 0;
  for (const entry of entries)
    for (const bucket of entry.buckets) encoded[position++] = bucket * claimCount + entry.index;
  encoded.sort();
  const members = new Int32Array(total);
  const bucketOf = new Float64Array(total);
  for (let k = 0; k < total; k++) {
    const bucket = Math.floor(encoded[k]! / claimCount);
    bucketOf[k] = bucket;
    members[k] = encoded[k]! - bucket * claimCount;
  }
  for (let from = 0; from < total; ) {
    let to = from + 1;
    while (to < total && bucketOf[to] === bucketOf[from]) to++;
    if (to - from > 1) visit(members, from, to);
    from = to;
  }
}

function createClusters(profiles: readonly ClaimProfile[], table: ClaimTable) {
  const clusterOf = new Int32Array(profiles.length).fill(-1);
  const clusters: Cluster[] = [];
  const open = (index: number): Cluster => {
    const profile = profiles[index]!;
    const cluster: Cluster = {
      members: [index],
      links: [],
      start: profile.ownDate || profile.windowed ? profile.start : Number.NaN,
      end: profile.ownDate || profile.windowed ? profile.end : Number.NaN,
    };
    clusterOf[index] = clusters.length;
    clusters.push(cluster);
    return cluster;
  };
  const allCompatible = (a: Cluster, b: Cluster): boolean => {
    for (const i of a.members) for (const j of b.members) if (!table.compatible(i, j)) return false;
    return true;
  };
  const merge = (a: number, b: number, link: AlignmentLink): void => {
    const target = clusters[a]!;
    const source = clusters[b]!;
    for (const member of source.members) {
      target.members.push(member);
      clusterOf[member] = a;
    }
    target.links.push(...source.links, link);
    if (Number.isNaN(target.start)) {
      target.start = source.start;
      target.end = source.end;
    } else if (!Number.isNaN(source.start)) {
      target.start = Math.max(target.start, source.start);
      target.end = Math.min(target.end, source.end);
    }
    source.members = [];
    source.links = [];
  };
  return { clusterOf, clusters, open, allCompatible, merge };
}

function link(
  a: ClaimProfile,
  b: ClaimProfile,
  score: number,
  features: Record<string, number>,
): AlignmentLink {
  const [first, second] = a.claim.id < b.claim.id ? [a, b] : [b, a];
  return { claimIds: [first.claim.id, second.claim.id], score, features };
}

/**
 * Clusters claims into events in two passes. Claims dated to a few days are blocked by participant pair ×
 * month and joined best pair first (a join must keep every pair in the cluster compatible). Imprecise claims
 * (a month, a report window, a weekday, nothing) then join the best-scoring event of their participants,
 * provided no event on another day scores nearly as well; otherwise they start an event of their own.
 */
export function clusterClaims(profiles: readonly ClaimProfile[], context: CompareContext): Clustering {
  const table = claimTable(profiles, context);
  const state = createClusters(profiles, table);
  let comparisons = 0;
  const precise = profiles.filter((profile) => profile.precise);
  const { keys, span, pairCount } = blockingKeys(profiles);
  for (const profile of precise) state.open(profile.index);
  const seen = new Set<number>();
  const candidates: Candidates = { a: [], b: [], score: [] };
  const threshold = context.weights.threshold;
  /** Compares claims `a` < `b` once, keeping the pair as a candidate when it scores high enough. */
  const consider = (a: number, b: number): void => {
    if (a === b) return;
    const keysA = keys[a]!;
    const keysB = keys[b]!;
    // Two claims with one blocking pair and one month each meet in one bucket only: no need to remember them.
    const once =
      keysA.pairs.length === 1 &&
      keysB.pairs.length === 1 &&
      keysA.months.length === 1 &&
      keysB.months.length === 1;
    if (!once) {
      const key = a * profiles.length + b;
      if (seen.has(key)) return;
      seen.add(key);
    }
    comparisons++;
    if (!table.compatible(a, b)) return;
    const score = table.score(a, b);
    if (score >= threshold) {
      candidates.a.push(a);
      candidates.b.push(b);
      candidates.score.push(score);
    }
  };
  const pairMonths = precise.map((profile) => {
    const { pairs, months } = keys[profile.index]!;
    const buckets: number[] = [];
    for (const month of months) for (const pair of pairs) buckets.push(pair * span + month);
    return { index: profile.index, buckets };
  });
  forEachBucket(pairMonths, profiles.length, (members, from, to) => {
    for (let i = from; i < to; i++) for (let j = i + 1; j < to; j++) consider(members[i]!, members[j]!);
  });
  // Claims naming one participant meet the claims of that participant in their months.
  const single = precise.filter((profile) => keys[profile.index]!.pairs.length === 0);
  const wanted = new Set(single.map((profile) => keys[profile.index]!.entities[0]));
  const byEntityMonth = new Map<number, number[]>();
  for (const profile of precise) {
    const { entities, months } = keys[profile.index]!;
    for (const entity of entities) {
      if (!wanted.has(entity)) continue;
      for (const month of months) pushTo(byEntityMonth, entity * span + month, profile.index);
    }
  }
  for (const profile of single) {
    const { entities, months } = keys[profile.index]!;
    if (entities.length === 0) continue;
    for (const month of months) {
      for (const other of byEntityMonth.get(entities[0]! * span + month) ?? [])
        consider(Math.min(profile.index, other), Math.max(profile.index, other));
    }
  }
  const ordered = bestFirst(candidates, profiles.length);
  for (let k = 0; k < ordered.score.length; k++) {
    const a = ordered.a[k]!;
    const b = ordered.b[k]!;
    const clusterA = state.clusterOf[a]!;
    const clusterB = state.clusterOf[b]!;
    if (clusterA === clusterB) continue;
    if (!state.allCompatible(state.clusters[clusterA]!, state.clusters[clusterB]!)) continue;
    const left = profiles[a]!;
    const right = profiles[b]!;
    state.merge(
      Math.min(clusterA, clusterB),
      Math.max(clusterA, clusterB),
      link(left, right, ordered.score[k]!, table.features(a, b)),
    );
  }
  comparisons += attachImprecise(profiles, context, table, state, { keys, span, pairCount });
  return {
    clusters: state.clusters
      .filter((cluster) => cluster.members.length > 0)
      .map((cluster) => ({ members: [...cluster.members].sort((a, b) => a - b), links: cluster.links })),
    comparisons,
  };
}

/** Candidate pairs `a[k]` < `b[k]` with their scores, as parallel arrays (no object per pair). */
interface Candidates {
  a: number[];
  b: number[];
  score: number[];
}

/**
 * The candidates best score first, then by claim indices. Scores have three decimals, so each candidate fits
 * one number (score rank, a, b) and a typed-array sort replaces a comparator; when the numbers would not fit
 * exactly, positions are sorted with one instead.
 */
function bestFirst(candidates: Candidates, claimCount: number): Candidates {
  const { a, b, score } = candidates;
  const count = score.length;
  let highest = Number.NEGATIVE_INFINITY;
  let lowest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < count; k++) {
    const milli = Math.round(score[k]! * 1000);
    highest = Math.max(highest, milli);
    lowest = Math.min(lowest, milli);
  }
  const square = claimCount * claimCount;
  if (count === 0 || (highest - lowest + 1) * square >= Number.MAX_SAFE_INTEGER) {
    const order = Array.from({ length: count }, (_, k) => k).sort(
      (x, y) => score[y]! - score[x]! || a[x]! - a[y]! || b[x]! - b[y]!,
    );
    return { a: order.map((k) => a[k]!), b: order.map((k) => b[k]!), score: order.map((k) => score[k]!) };
  }
  const encoded = new Float64Array(count);
  for (let k = 0; k < count; k++)
    encoded[k] = (highest - Math.round(score[k]! * 1000)) * square + a[k]! * claimCount + b[k]!;
  encoded.sort();
  const sorted: Candidates = { a: new Array(count), b: new Array(count), score: new Array(count) };
  for (let k = 0; k < count; k++) {
    const rank = Math.floor(encoded[k]! / square);
    const rest = encoded[k]! - rank * square;
    const first = Math.floor(rest / claimCount);
    sorted.a[k] = first;
    sorted.b[k] = rest - first * claimCount;
    sorted.score[k] = (highest - rank) / 1000;
  }
  return sorted;
}

/** Sort key: narrower intervals first, then report windows, weekdays, and claims with nothing to go on. */
function vagueness(profile: ClaimProfile): number {
  if (profile.ownDate) return profile.end - profile.start;
  if (profile.windowed) return 10_000 + profile.end - profile.start;
  return profile.weekday !== null ? 20_000 : 30_000;
}

function attachImprecise(
  profiles: readonly ClaimProfile[],
  context: CompareContext,
  table: ClaimTable,
  state: ReturnType<typeof createClusters>,
  blocking: { keys: readonly BlockingKeys[]; span: number; pairCount: number },
): number {
  const { keys, span, pairCount } = blocking;
  let comparisons = 0;
  // Claims with an interval look only in its months; claims without one look at all of their participants' history.
  // Bases: pair ids, then entity numbers after them (only the entities single-participant claims look up).
  const allTime = new Map<number, number[]>();
  const byMonth = new Map<number, number[]>();
  const imprecise = profiles
    .filter((profile) => !profile.precise)
    .sort((a, b) => vagueness(a) - vagueness(b) || a.index - b.index);
  const wanted = new Set<number>();
  for (const profile of imprecise) {
    const { pairs, entities } = keys[profile.index]!;
    if (pairs.length === 0 && entities.length > 0) wanted.add(entities[0]!);
  }
  const indexUnder = (base: number, profile: ClaimProfile, months: readonly number[]): void => {
    pushTo(allTime, base, profile.index);
    for (const month of months) pushTo(byMonth, base * span + month, profile.index);
  };
  const index = (profile: ClaimProfile): void => {
    const { pairs, entities, months } = keys[profile.index]!;
    for (const pair of pairs) indexUnder(pair, profile, months);
    for (const entity of entities) if (wanted.has(entity)) indexUnder(pairCount + entity, profile, months);
  };
  for (const profile of profiles) if (profile.precise) index(profile);
  // Marks which claims were already collected for the current imprecise claim (no Set per claim).
  const collectedFor = new Int32Array(profiles.length);
  const others: number[] = [];
  // The best-scoring claim of each cluster the current claim met (clusters never outnumber claims).
  const touchedFor = new Int32Array(profiles.length);
  const bestScore = new Float64Array(profiles.length);
  const bestOther = new Int32Array(profiles.length);
  const touched: number[] = [];
  const collect = (list: readonly number[] | undefined, stamp: number): void => {
    if (list === undefined) return;
    for (const other of list) {
      if (collectedFor[other] === stamp) continue;
      collectedFor[other] = stamp;
      others.push(other);
    }
  };
  for (const profile of imprecise) {
    const { pairs, entities, months } = keys[profile.index]!;
    const bases = pairs.length > 0 ? pairs : entities.slice(0, 1).map((entity) => pairCount + entity);
    const stamp = profile.index + 1;
    others.length = 0;
    for (const base of bases) {
      if (months.length === 0) collect(allTime.get(base), stamp);
      else for (const month of months) collect(byMonth.get(base * span + month), stamp);
    }
    touched.length = 0;
    for (const other of others) {
      comparisons++;
      if (!table.compatible(profile.index, other)) continue;
      const score = table.score(profile.index, other);
      const cluster = state.clusterOf[other]!;
      if (touchedFor[cluster] !== stamp) {
        touchedFor[cluster] = stamp;
        touched.push(cluster);
        bestScore[cluster] = score;
        bestOther[cluster] = other;
      } else if (
        score > bestScore[cluster]! ||
        (score === bestScore[cluster]! && other < bestOther[cluster]!)
      ) {
        bestScore[cluster] = score;
        bestOther[cluster] = other;
      }
    }
    const own = state.open(profile.index);
    const ownCluster = state.clusterOf[profile.index]!;
    const constrained = hasInterval(profile) || profile.weekday !== null;
    const threshold = constrained ? context.weights.threshold : context.weights.unconstrainedThreshold;
    const ranked = touched
      .filter(
        (cluster) => bestScore[cluster]! >= threshold && state.allCompatible(own, state.clusters[cluster]!),
      )
      .sort((x, y) => bestScore[y]! - bestScore[x]! || x - y);
    const top = ranked[0];
    if (top !== undefined) {
      const chosen = state.clusters[top]!;
      const rival = ranked.find((other) => !sameDays(state.clusters[other]!, chosen));
      if (rival === undefined || bestScore[top]! - bestScore[rival]! >= context.weights.margin) {
        const partner = profiles[bestOther[top]!]!;
        state.merge(
          top,
          ownCluster,
          link(profile, partner, bestScore[top]!, table.features(profile.index, partner.index)),
        );
      }
    }
    index(profile);
  }
  return comparisons;
}

/** Whether two clusters may be on the same day (their intervals meet, or either is open). */
function sameDays(a: Cluster, b: Cluster): boolean {
  if (Number.isNaN(a.start) || Number.isNaN(b.start)) return true;
  return a.start <= b.end && b.start <= a.end;
}

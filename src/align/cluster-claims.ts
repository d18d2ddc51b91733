import type { AlignmentLink } from "../schema/event.js";
import { type ClaimProfile, hasInterval } from "./claim-profile.js";
import { type CompareContext, claimScore, compatibleClaims, scoreClaims } from "./compare-claims.js";
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

/** Numeric blocking keys of one claim (numbers, not strings: a hundred thousand claims make many keys). */
interface BlockingKeys {
  pairs: number[];
  entities: number[];
  /** Month offsets its interval touches; empty when it has none. */
  months: number[];
}

/** Numbers every participant and month once per call and gives each claim its blocking keys. */
function blockingKeys(profiles: readonly ClaimProfile[]): { keys: BlockingKeys[]; span: number } {
  const numbers = new Map<string, number>();
  let minMonth = Number.POSITIVE_INFINITY;
  let maxMonth = Number.NEGATIVE_INFINITY;
  const ranges = profiles.map((profile) => {
    if (!hasInterval(profile)) return null;
    const range: [number, number] = [monthOf(profile.start), monthOf(profile.end)];
    minMonth = Math.min(minMonth, range[0]);
    maxMonth = Math.max(maxMonth, range[1]);
    return range;
  });
  const span = Number.isFinite(minMonth) ? maxMonth - minMonth + 1 : 1;
  const keys = profiles.map((profile, index): BlockingKeys => {
    const entities = profile.core.slice(0, MAX_BLOCKING_PARTICIPANTS).map((id) => {
      let number = numbers.get(id);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(id, number);
      }
      return number;
    });
    const pairs: number[] = [];
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) {
        const low = Math.min(entities[i]!, entities[j]!);
        const high = Math.max(entities[i]!, entities[j]!);
        pairs.push(low * 1_000_003 + high);
      }
    }
    const range = ranges[index];
    const months: number[] = [];
    if (range) for (let month = range[0]; month <= range[1]; month++) months.push(month - minMonth);
    return { pairs, entities, months };
  });
  return { keys, span };
}

function createClusters(profiles: readonly ClaimProfile[]) {
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
  const allCompatible = (a: Cluster, b: Cluster): boolean =>
    a.members.every((i) => b.members.every((j) => compatibleClaims(profiles[i]!, profiles[j]!)));
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
  const state = createClusters(profiles);
  let comparisons = 0;
  const precise = profiles.filter((profile) => profile.precise);
  const { keys, span } = blockingKeys(profiles);
  const byPairMonth = new Map<number, number[]>();
  const byEntityMonth = new Map<number, number[]>();
  for (const profile of precise) {
    state.open(profile.index);
    const { pairs, entities, months } = keys[profile.index]!;
    for (const month of months) {
      for (const pair of pairs) pushTo(byPairMonth, pair * span + month, profile.index);
      for (const entity of entities) pushTo(byEntityMonth, entity * span + month, profile.index);
    }
  }
  const seen = new Set<number>();
  const candidates: { a: number; b: number; score: number }[] = [];
  const consider = (i: number, j: number): void => {
    const [a, b] = i < j ? [i, j] : [j, i];
    if (a === b) return;
    // Two claims with one blocking pair and one month each meet in one bucket only: no need to remember them.
    const once =
      keys[a]!.pairs.length === 1 &&
      keys[b]!.pairs.length === 1 &&
      keys[a]!.months.length === 1 &&
      keys[b]!.months.length === 1;
    if (!once) {
      const key = a * profiles.length + b;
      if (seen.has(key)) return;
      seen.add(key);
    }
    comparisons++;
    const left = profiles[a]!;
    const right = profiles[b]!;
    if (!compatibleClaims(left, right)) return;
    const score = claimScore(left, right, context);
    if (score >= context.weights.threshold) candidates.push({ a, b, score });
  };
  for (const list of byPairMonth.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) consider(list[i]!, list[j]!);
  }
  for (const profile of precise) {
    const { pairs, entities, months } = keys[profile.index]!;
    if (pairs.length > 0 || entities.length === 0) continue;
    for (const month of months) {
      for (const other of byEntityMonth.get(entities[0]! * span + month) ?? [])
        consider(profile.index, other);
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const candidate of candidates) {
    const clusterA = state.clusterOf[candidate.a]!;
    const clusterB = state.clusterOf[candidate.b]!;
    if (clusterA === clusterB) continue;
    if (!state.allCompatible(state.clusters[clusterA]!, state.clusters[clusterB]!)) continue;
    const left = profiles[candidate.a]!;
    const right = profiles[candidate.b]!;
    state.merge(
      Math.min(clusterA, clusterB),
      Math.max(clusterA, clusterB),
      link(left, right, candidate.score, scoreClaims(left, right, context).features),
    );
  }
  comparisons += attachImprecise(profiles, context, state, keys, span);
  return {
    clusters: state.clusters
      .filter((cluster) => cluster.members.length > 0)
      .map((cluster) => ({ members: [...cluster.members].sort((a, b) => a - b), links: cluster.links })),
    comparisons,
  };
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
  state: ReturnType<typeof createClusters>,
  keys: readonly BlockingKeys[],
  span: number,
): number {
  let comparisons = 0;
  // Claims with an interval look only in its months; claims without one look at all of their participants' history.
  const allTime = new Map<number, number[]>();
  const byMonth = new Map<number, number[]>();
  const entityBase = 1_000_003 * 1_000_003;
  const index = (profile: ClaimProfile): void => {
    const { pairs, entities, months } = keys[profile.index]!;
    for (const base of [...pairs, ...entities.map((entity) => entityBase + entity)]) {
      pushTo(allTime, base, profile.index);
      for (const month of months) pushTo(byMonth, base * span + month, profile.index);
    }
  };
  for (const profile of profiles) if (profile.precise) index(profile);
  const imprecise = profiles
    .filter((profile) => !profile.precise)
    .sort((a, b) => vagueness(a) - vagueness(b) || a.index - b.index);
  for (const profile of imprecise) {
    const { pairs, entities, months } = keys[profile.index]!;
    const bases = pairs.length > 0 ? pairs : entities.slice(0, 1).map((entity) => entityBase + entity);
    const others = new Set<number>();
    for (const base of bases) {
      if (months.length === 0) for (const other of allTime.get(base) ?? []) others.add(other);
      else
        for (const month of months)
          for (const other of byMonth.get(base * span + month) ?? []) others.add(other);
    }
    const best = new Map<number, { score: number; other: number }>();
    for (const other of others) {
      comparisons++;
      const candidate = profiles[other]!;
      if (!compatibleClaims(profile, candidate)) continue;
      const score = claimScore(profile, candidate, context);
      const cluster = state.clusterOf[other]!;
      const previous = best.get(cluster);
      if (!previous || score > previous.score || (score === previous.score && other < previous.other)) {
        best.set(cluster, { score, other });
      }
    }
    const own = state.open(profile.index);
    const ownCluster = state.clusterOf[profile.index]!;
    const constrained = hasInterval(profile) || profile.weekday !== null;
    const threshold = constrained ? context.weights.threshold : context.weights.unconstrainedThreshold;
    const ranked = [...best.entries()]
      .filter(
        ([cluster, value]) => value.score >= threshold && state.allCompatible(own, state.clusters[cluster]!),
      )
      .sort(([clusterA, a], [clusterB, b]) => b.score - a.score || clusterA - clusterB);
    const top = ranked[0];
    if (top) {
      const [cluster, value] = top;
      const chosen = state.clusters[cluster]!;
      const rival = ranked.find(([other]) => !sameDays(state.clusters[other]!, chosen));
      if (!rival || value.score - rival[1].score >= context.weights.margin) {
        const partner = profiles[value.other]!;
        state.merge(
          cluster,
          ownCluster,
          link(profile, partner, value.score, scoreClaims(profile, partner, context).features),
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

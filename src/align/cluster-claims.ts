import type { AlignmentLink } from "../schema/event.js";
import { type ClaimProfile, hasInterval } from "./claim-profile.js";
import { type CompareContext, compatibleClaims, scoreClaims } from "./compare-claims.js";
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

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function blockingPairs(profile: ClaimProfile): string[] {
  const ids = profile.core.slice(0, MAX_BLOCKING_PARTICIPANTS);
  const pairs: string[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) pairs.push(`${ids[i]}\u0000${ids[j]}`);
  return pairs;
}

function monthsOf(profile: ClaimProfile): number[] {
  const months: number[] = [];
  for (let month = monthOf(profile.start); month <= monthOf(profile.end); month++) months.push(month);
  return months;
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
  const byPairMonth = new Map<string, number[]>();
  const byEntityMonth = new Map<string, number[]>();
  for (const profile of precise) {
    state.open(profile.index);
    for (const month of monthsOf(profile)) {
      for (const pair of blockingPairs(profile)) pushTo(byPairMonth, `${pair}\u0000${month}`, profile.index);
      for (const id of profile.core) pushTo(byEntityMonth, `${id}\u0000${month}`, profile.index);
    }
  }
  const seen = new Set<number>();
  const candidates: { a: number; b: number; score: number; features: Record<string, number> }[] = [];
  const consider = (i: number, j: number): void => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * profiles.length + b;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    comparisons++;
    const left = profiles[a]!;
    const right = profiles[b]!;
    if (!compatibleClaims(left, right)) return;
    const { score, features } = scoreClaims(left, right, context);
    if (score >= context.weights.threshold) candidates.push({ a, b, score, features });
  };
  for (const list of byPairMonth.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) consider(list[i]!, list[j]!);
  }
  for (const profile of precise) {
    if (profile.core.length !== 1) continue;
    for (const month of monthsOf(profile)) {
      for (const other of byEntityMonth.get(`${profile.core[0]}\u0000${month}`) ?? [])
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
      link(left, right, candidate.score, candidate.features),
    );
  }
  comparisons += attachImprecise(profiles, context, state);
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
): number {
  let comparisons = 0;
  // Claims with an interval look only in its months; claims without one look at all of their participants' history.
  const byPair = new Map<string, number[]>();
  const byEntity = new Map<string, number[]>();
  const index = (profile: ClaimProfile): void => {
    const months = hasInterval(profile) ? monthsOf(profile) : [];
    for (const pair of blockingPairs(profile)) {
      pushTo(byPair, pair, profile.index);
      for (const month of months) pushTo(byPair, `${pair}\u0000${month}`, profile.index);
    }
    for (const id of profile.core) {
      pushTo(byEntity, id, profile.index);
      for (const month of months) pushTo(byEntity, `${id}\u0000${month}`, profile.index);
    }
  };
  const lookupKeys = (profile: ClaimProfile, base: string): string[] =>
    hasInterval(profile) ? monthsOf(profile).map((month) => `${base}\u0000${month}`) : [base];
  for (const profile of profiles) if (profile.precise) index(profile);
  const imprecise = profiles
    .filter((profile) => !profile.precise)
    .sort((a, b) => vagueness(a) - vagueness(b) || a.index - b.index);
  for (const profile of imprecise) {
    const pairs = blockingPairs(profile);
    const others = new Set<number>();
    if (pairs.length > 0)
      for (const pair of pairs) for (const other of byPair.get(pair) ?? []) others.add(other);
    else for (const other of byEntity.get(profile.core[0] ?? "") ?? []) others.add(other);
    const best = new Map<number, { score: number; other: number; features: Record<string, number> }>();
    for (const other of others) {
      comparisons++;
      const candidate = profiles[other]!;
      if (!compatibleClaims(profile, candidate)) continue;
      const { score, features } = scoreClaims(profile, candidate, context);
      const cluster = state.clusterOf[other]!;
      const previous = best.get(cluster);
      if (!previous || score > previous.score || (score === previous.score && other < previous.other)) {
        best.set(cluster, { score, other, features });
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
        state.merge(cluster, ownCluster, link(profile, profiles[value.other]!, value.score, value.features));
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

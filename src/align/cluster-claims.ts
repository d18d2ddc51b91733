import type { AlignmentLink } from "../schema/event.js";
import { type ClaimProfiles, hasInterval, PROFILE } from "./claim-profile.js";
import { CAVEATS, type ClaimTable, claimTable } from "./claim-table.js";
import type { CompareContext } from "./compare-claims.js";
import { monthOf } from "./days.js";
import { fitsPacked, quotientOf } from "./packed-keys.js";
import { radixOrder } from "./radix-order.js";

/**
 * Clusters of claim indices (each one event) with the links that joined them (sorted by claim ids), and the
 * comparisons made.
 */
export interface Clustering {
  clusters: { members: number[]; links: AlignmentLink[] }[];
  comparisons: number;
}

/** At most this many participants of a claim form blocking pairs (a list of twenty names is not twenty events). */
const MAX_BLOCKING_PARTICIPANTS = 6;

function pushTo(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Numeric blocking keys of all claims, as flat arrays (a hundred thousand claims make many keys): claim `i`
 * has pair ids `pairs[pairFrom[i]..pairFrom[i + 1])`, entity numbers `entities[entityFrom[i]..entityFrom[i + 1])`
 * and the month offsets `firstMonth[i]..lastMonth[i]` (none when `lastMonth[i] < firstMonth[i]`).
 */
interface Blocking {
  pairFrom: Int32Array;
  pairs: Int32Array;
  entityFrom: Int32Array;
  entities: Int32Array;
  firstMonth: Int32Array;
  lastMonth: Int32Array;
  /** Day intervals of the claims (their own or their report's window), NaN when open. */
  start: Float64Array;
  end: Float64Array;
  /** Months from the first to the last any claim touches. */
  span: number;
  /** Dense pair ids in use. */
  pairCount: number;
}

/** Above this many days between the first and last day of any interval, months are worked out per day. */
const MONTH_TABLE_DAYS = 1 << 16;

/**
 * The month (see {@link monthOf}) of the day numbers claims' intervals start and end on: looked up in a table
 * of the days they span (a few years of days, worked out once) rather than worked out twice per claim.
 */
function monthLookup(profiles: ClaimProfiles): (day: number) => number {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let whole = true;
  for (let i = 0; i < profiles.count; i++) {
    if (!hasInterval(profiles, i)) continue;
    first = Math.min(first, profiles.start[i]!);
    last = Math.max(last, profiles.end[i]!);
    whole &&= Number.isInteger(profiles.start[i]) && Number.isInteger(profiles.end[i]);
  }
  // No interval at all (nothing to look up), fractional days, or too long a span: worked out per day.
  if (!whole || !(first <= last && last - first < MONTH_TABLE_DAYS)) return monthOf;
  const months = new Int32Array(last - first + 1);
  for (let day = first; day <= last; day++) months[day - first] = monthOf(day);
  return (day) => months[day - first]!;
}

/** Gives each claim its blocking keys: its participant pairs (by first participants), entities and months. */
function blockingKeys(profiles: ClaimProfiles): Blocking {
  const n = profiles.count;
  const { coreFrom, core } = profiles;
  let minMonth = Number.POSITIVE_INFINITY;
  let maxMonth = Number.NEGATIVE_INFINITY;
  const firstMonth = new Int32Array(n);
  const lastMonth = new Int32Array(n).fill(-1);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let pairTotal = 0;
  let entityTotal = 0;
  const monthOfDay = monthLookup(profiles);
  for (let i = 0; i < n; i++) {
    const entities = Math.min(coreFrom[i + 1]! - coreFrom[i]!, MAX_BLOCKING_PARTICIPANTS);
    entityTotal += entities;
    pairTotal += (entities * (entities - 1)) / 2;
    start[i] = profiles.start[i]!;
    end[i] = profiles.end[i]!;
    if (!hasInterval(profiles, i)) continue;
    firstMonth[i] = monthOfDay(start[i]!);
    lastMonth[i] = monthOfDay(end[i]!);
    minMonth = Math.min(minMonth, firstMonth[i]!);
    maxMonth = Math.max(maxMonth, lastMonth[i]!);
  }
  const span = Number.isFinite(minMonth) ? maxMonth - minMonth + 1 : 1;
  for (let i = 0; i < n; i++) {
    if (!hasInterval(profiles, i)) continue;
    firstMonth[i] = firstMonth[i]! - minMonth;
    lastMonth[i] = lastMonth[i]! - minMonth;
  }
  // Pair (low, high) → dense id, in one map keyed by `low * entityCount + high` (exact: entity numbers index
  // `entityIds`, so keys stay below its length squared): one lookup, where an array of maps indexed by entity
  // number took two (the array turns to a dictionary when its first store lands far from index 0).
  const entityCount = profiles.entityIds.length;
  const pairIds = new Map<number, number>();
  let pairCount = 0;
  const pairId = (low: number, high: number): number => {
    const key = low * entityCount + high;
    let id = pairIds.get(key);
    if (id === undefined) {
      id = pairCount++;
      pairIds.set(key, id);
    }
    return id;
  };
  const pairFrom = new Int32Array(n + 1);
  const pairs = new Int32Array(pairTotal);
  const entityFrom = new Int32Array(n + 1);
  const entities = new Int32Array(entityTotal);
  let pairAt = 0;
  let entityAt = 0;
  for (let i = 0; i < n; i++) {
    const from = coreFrom[i]!;
    const count = Math.min(coreFrom[i + 1]! - from, MAX_BLOCKING_PARTICIPANTS);
    pairFrom[i] = pairAt;
    entityFrom[i] = entityAt;
    for (let k = from; k < from + count; k++) {
      entities[entityAt++] = core[k]!;
      for (let j = k + 1; j < from + count; j++)
        pairs[pairAt++] = pairId(Math.min(core[k]!, core[j]!), Math.max(core[k]!, core[j]!));
    }
  }
  pairFrom[n] = pairAt;
  entityFrom[n] = entityAt;
  return { pairFrom, pairs, entityFrom, entities, start, end, firstMonth, lastMonth, span, pairCount };
}

/**
 * Claims that share a bucket, as runs of ascending claim indices, given `bucket * claimCount + index` numbers:
 * one sort instead of a map of lists (no allocation per bucket).
 */
function forEachBucket(
  encoded: Float64Array,
  claimCount: number,
  visit: (members: Int32Array, from: number, to: number) => void,
): void {
  const total = encoded.length;
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

/** Up to this many items are sorted by insertion; longer runs by packed keys and the native sort. */
const INSERTION_LIMIT = 16;

/**
 * Sorts `items[0..count)` by `key[item]` (whole numbers below `keyRange`), stably: by insertion for the few
 * links of one event, else by one packed key per item (key, then position) and the native sort. Neither calls
 * a comparator, which runs slowly until the JIT has compiled it.
 */
function sortByKey(items: Int32Array, count: number, key: Float64Array, keyRange: number): void {
  if (count > INSERTION_LIMIT) {
    if (!fitsPacked([keyRange, count])) {
      items.set(Array.from(items.subarray(0, count)).sort((x, y) => key[x]! - key[y]!));
      return;
    }
    const packed = new Float64Array(count);
    for (let k = 0; k < count; k++) packed[k] = key[items[k]!]! * count + k;
    packed.sort();
    const unsorted = items.slice(0, count);
    for (let k = 0; k < count; k++) {
      const position = packed[k]! - quotientOf(packed[k]!, count) * count;
      items[k] = unsorted[position]!;
    }
    return;
  }
  for (let i = 1; i < count; i++) {
    const item = items[i]!;
    let at = i;
    while (at > 0 && key[items[at - 1]!]! > key[item]!) {
      items[at] = items[at - 1]!;
      at--;
    }
    items[at] = item;
  }
}

/**
 * Clusters as linked lists of claims in typed arrays (no object per cluster). Cluster ids follow the order
 * clusters are opened in; an emptied cluster keeps its id. A cluster's claims and links live in a slot, and a
 * merge keeps the larger slot (union by size): the smaller side's claims are the only ones relabelled.
 */
function createClusters(profiles: ClaimProfiles, table: ClaimTable, ids: readonly string[]) {
  const n = profiles.count;
  // Claim → slot → cluster id, and cluster id → slot (-1 once merged away).
  const slotOfClaim = new Int32Array(n).fill(-1);
  const idOfSlot = new Int32Array(n);
  const slotOfCluster = new Int32Array(n).fill(-1);
  const head = new Int32Array(n);
  const tail = new Int32Array(n);
  const size = new Int32Array(n);
  const next = new Int32Array(n);
  // The intersection of the members' day intervals; NaN while no member has one of its own or a window.
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  // The group key all members share (NaN when they differ) and the caveats any member has: see ClaimTable.
  const groupKey = new Float64Array(n);
  const caveats = new Uint8Array(n);
  // Links as records (claims a and b, score), listed per slot: a merge makes one link, so n - 1 at most.
  const linkA = new Int32Array(n);
  const linkB = new Int32Array(n);
  const linkScore = new Float64Array(n);
  const linkNext = new Int32Array(n);
  const linkHead = new Int32Array(n).fill(-1);
  const linkTail = new Int32Array(n).fill(-1);
  const linkCount = new Int32Array(n);
  let linkTotal = 0;
  const rank = idRanks(ids);
  // The sort key of each link: the lower claim-id rank, then the higher one (exact: below n² < 2^53).
  const linkKey = new Float64Array(n);
  let count = 0;
  const clusterOf = (index: number): number => idOfSlot[slotOfClaim[index]!]!;
  const open = (index: number): number => {
    const cluster = count++;
    // A claim opens one cluster at most: its index is a free slot.
    const slot = index;
    idOfSlot[slot] = cluster;
    slotOfCluster[cluster] = slot;
    head[slot] = index;
    tail[slot] = index;
    size[slot] = 1;
    next[index] = -1;
    // Open intervals are NaN already.
    start[slot] = profiles.start[index]!;
    end[slot] = profiles.end[index]!;
    slotOfClaim[index] = slot;
    groupKey[slot] = table.groupKey(index);
    caveats[slot] = table.caveats(index);
    return cluster;
  };
  const allCompatible = (a: number, b: number): boolean => {
    const slotA = slotOfCluster[a]!;
    const slotB = slotOfCluster[b]!;
    // One group without caveats on both sides: only dates can part them, and intervals that meet pairwise
    // meet all at once, so the clusters' own intervals decide.
    if (
      groupKey[slotA] === groupKey[slotB] &&
      ((caveats[slotA]! | caveats[slotB]!) &
        (CAVEATS.hypothetical | CAVEATS.weekday | CAVEATS.undatedPlan)) ===
        0 &&
      (caveats[slotA]! & caveats[slotB]! & CAVEATS.ordinal) === 0
    )
      return sameDays(a, b);
    for (let i = head[slotOfCluster[a]!]!; i !== -1; i = next[i]!)
      for (let j = head[slotOfCluster[b]!]!; j !== -1; j = next[j]!)
        if (!table.compatible(i, j)) return false;
    return true;
  };
  /**
   * Merges cluster `source` into `target` (which keeps its id), recording the link between claims `a` and `b`
   * (in that order for its features) that joined them.
   */
  const merge = (target: number, source: number, a: number, b: number, score: number): void => {
    const targetSlot = slotOfCluster[target]!;
    const sourceSlot = slotOfCluster[source]!;
    const kept = size[targetSlot]! >= size[sourceSlot]! ? targetSlot : sourceSlot;
    const gone = kept === targetSlot ? sourceSlot : targetSlot;
    for (let i = head[gone]!; i !== -1; i = next[i]!) slotOfClaim[i] = kept;
    next[tail[kept]!] = head[gone]!;
    tail[kept] = tail[gone]!;
    size[kept] = size[kept]! + size[gone]!;
    size[gone] = 0;
    idOfSlot[kept] = target;
    if (groupKey[kept] !== groupKey[gone]) groupKey[kept] = Number.NaN;
    caveats[kept] = caveats[kept]! | caveats[gone]!;
    slotOfCluster[target] = kept;
    slotOfCluster[source] = -1;
    // The longer link list first (the kept one on a tie), then the shorter one, then the new link: the order
    // equal keys keep when the links are sorted.
    const longer = linkCount[kept]! >= linkCount[gone]! ? kept : gone;
    const shorter = longer === kept ? gone : kept;
    let first = linkHead[longer]!;
    let last = linkTail[longer]!;
    if (linkCount[shorter]! > 0) {
      if (first === -1) first = linkHead[shorter]!;
      else linkNext[last] = linkHead[shorter]!;
      last = linkTail[shorter]!;
    }
    const link = linkTotal++;
    linkA[link] = a;
    linkB[link] = b;
    linkScore[link] = score;
    linkKey[link] = Math.min(rank[a]!, rank[b]!) * n + Math.max(rank[a]!, rank[b]!);
    linkNext[link] = -1;
    if (first === -1) first = link;
    else linkNext[last] = link;
    linkHead[kept] = first;
    linkTail[kept] = link;
    linkCount[kept] = linkCount[kept]! + linkCount[gone]! + 1;
    linkHead[gone] = -1;
    linkTail[gone] = -1;
    linkCount[gone] = 0;
    if (Number.isNaN(start[kept]!)) {
      start[kept] = start[gone]!;
      end[kept] = end[gone]!;
    } else if (!Number.isNaN(start[gone]!)) {
      start[kept] = Math.max(start[kept]!, start[gone]!);
      end[kept] = Math.min(end[kept]!, end[gone]!);
    }
  };
  /** Whether two clusters may be on the same day (their intervals meet, or either is open). */
  const sameDays = (a: number, b: number): boolean => {
    const slotA = slotOfCluster[a]!;
    const slotB = slotOfCluster[b]!;
    if (Number.isNaN(start[slotA]!) || Number.isNaN(start[slotB]!)) return true;
    return start[slotA]! <= end[slotB]! && start[slotB]! <= end[slotA]!;
  };
  /**
   * The links of a slot sorted by their claim ids (stably: equal ids keep their merge order), through
   * `scratch` (room for every link).
   */
  const sortedLinks = (slot: number, scratch: Int32Array): AlignmentLink[] => {
    const total = linkCount[slot]!;
    for (let link = linkHead[slot]!, k = 0; link !== -1; link = linkNext[link]!) scratch[k++] = link;
    // Link keys are below n² (see `linkKey`).
    sortByKey(scratch, total, linkKey, n * n);
    const links = new Array<AlignmentLink>(total);
    for (let k = 0; k < total; k++) {
      const link = scratch[k]!;
      const a = linkA[link]!;
      const b = linkB[link]!;
      links[k] = {
        claimIds: rank[a]! < rank[b]! ? [ids[a]!, ids[b]!] : [ids[b]!, ids[a]!],
        score: linkScore[link]!,
        features: table.features(a, b),
      };
    }
    return links;
  };
  /** The non-empty clusters in id order, members ascending. */
  const result = (): Clustering["clusters"] => {
    const clusters: Clustering["clusters"] = [];
    const scratch = new Int32Array(linkTotal);
    // The position of each live cluster among the results.
    const position = new Int32Array(count);
    for (let cluster = 0; cluster < count; cluster++) {
      const slot = slotOfCluster[cluster]!;
      if (slot === -1) continue;
      position[cluster] = clusters.length;
      clusters.push({ members: new Array<number>(size[slot]!), links: sortedLinks(slot, scratch) });
    }
    // Claims in index order fill each cluster's members ascending: no sort per cluster.
    const filled = new Int32Array(clusters.length);
    for (let i = 0; i < n; i++) {
      if (slotOfClaim[i] === -1) continue;
      const at = position[clusterOf(i)]!;
      const members = clusters[at]!.members;
      members[filled[at]!] = i;
      filled[at] = filled[at]! + 1;
    }
    return clusters;
  };
  return { clusterOf, open, allCompatible, merge, sameDays, result };
}

type Clusters = ReturnType<typeof createClusters>;

/**
 * Ranks of claim ids in code-unit order, equal ids ranked equal (links order claims by id): the claim indices
 * when the ids already ascend, as they do when articles number their claims in order.
 */
function idRanks(ids: readonly string[]): Int32Array {
  const n = ids.length;
  const rank = new Int32Array(n);
  let ascending = true;
  for (let i = 1; i < n && ascending; i++) ascending = ids[i - 1]! < ids[i]!;
  if (ascending) {
    for (let i = 0; i < n; i++) rank[i] = i;
    return rank;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0,
  );
  for (let k = 1; k < n; k++)
    rank[order[k]!] = rank[order[k - 1]!]! + (ids[order[k]!] === ids[order[k - 1]!] ? 0 : 1);
  return rank;
}

/**
 * Candidate pairs `a[k]` < `b[k]` (k < count) with their scores in thousandths (scores have three decimals),
 * in growable typed arrays: no object per pair, and no boxed numbers for the collector.
 */
interface Candidates {
  a: Int32Array;
  b: Int32Array;
  milli: Int32Array;
  count: number;
}

function emptyCandidates(capacity: number): Candidates {
  return {
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
    milli: new Int32Array(capacity),
    count: 0,
  };
}

function addCandidate(candidates: Candidates, a: number, b: number, score: number): void {
  if (candidates.count === candidates.a.length) {
    const grown = emptyCandidates(Math.max(16, candidates.count * 2));
    grown.a.set(candidates.a);
    grown.b.set(candidates.b);
    grown.milli.set(candidates.milli);
    candidates.a = grown.a;
    candidates.b = grown.b;
    candidates.milli = grown.milli;
  }
  candidates.a[candidates.count] = a;
  candidates.b[candidates.count] = b;
  candidates.milli[candidates.count] = Math.round(score * 1000);
  candidates.count++;
}

/**
 * Clusters claims into events in two passes. Claims dated to a few days are blocked by participant pair ×
 * month and joined best pair first (a join must keep every pair in the cluster compatible). Imprecise claims
 * (a month, a report window, a weekday, nothing) then join the best-scoring event of their participants,
 * provided no event on another day scores nearly as well; otherwise they start an event of their own.
 */
export function clusterClaims(profiles: ClaimProfiles, context: CompareContext): Clustering {
  const n = profiles.count;
  const table = claimTable(profiles, context);
  const ids = profiles.ids;
  const clusters = createClusters(profiles, table, ids);
  const blocking = blockingKeys(profiles);
  const { pairFrom, pairs, entityFrom, entities, firstMonth, lastMonth, span } = blocking;
  let comparisons = 0;
  // Indexed loops over typed arrays below: a hundred thousand claims, and no iterator objects before the
  // loops are optimised.
  let preciseCount = 0;
  const { flags } = profiles;
  for (let i = 0; i < n; i++) if (flags[i]! & PROFILE.precise) preciseCount++;
  const precise = new Int32Array(preciseCount);
  for (let i = 0, at = 0; i < n; i++) if (flags[i]! & PROFILE.precise) precise[at++] = i;
  for (let p = 0; p < precise.length; p++) clusters.open(precise[p]!);
  const seen = new Set<number>();
  const candidates = emptyCandidates(n);
  const threshold = context.weights.threshold;
  // Two claims with one blocking pair and one month each meet in one bucket only: no need to remember them.
  const oneBucket = new Uint8Array(n);
  for (let i = 0; i < n; i++)
    oneBucket[i] = pairFrom[i + 1]! - pairFrom[i]! === 1 && lastMonth[i] === firstMonth[i] ? 1 : 0;
  const { start, end } = blocking;
  /** Compares claims `a` < `b` once, keeping the pair as a candidate when it scores high enough. */
  const consider = (a: number, b: number): void => {
    // Precise claims on days apart are never compatible: a month's bucket holds several events of a pair.
    if (a === b || start[a]! > end[b]! || start[b]! > end[a]!) return;
    if (oneBucket[a] === 0 || oneBucket[b] === 0) {
      const key = a * n + b;
      if (seen.has(key)) return;
      seen.add(key);
    }
    comparisons++;
    const score = table.compatibleScore(a, b);
    if (score >= threshold) {
      addCandidate(candidates, a, b, score);
    }
  };
  let bucketEntries = 0;
  for (let p = 0; p < precise.length; p++) {
    const index = precise[p]!;
    bucketEntries += (pairFrom[index + 1]! - pairFrom[index]!) * (lastMonth[index]! - firstMonth[index]! + 1);
  }
  const encoded = new Float64Array(bucketEntries);
  let at = 0;
  for (let p = 0; p < precise.length; p++) {
    const index = precise[p]!;
    for (let month = firstMonth[index]!; month <= lastMonth[index]!; month++)
      for (let k = pairFrom[index]!; k < pairFrom[index + 1]!; k++)
        encoded[at++] = (pairs[k]! * span + month) * n + index;
  }
  forEachBucket(encoded, n, (members, from, to) => {
    for (let i = from; i < to; i++) for (let j = i + 1; j < to; j++) consider(members[i]!, members[j]!);
  });
  // Claims naming one participant meet the claims of that participant in their months.
  const single = precise.filter((index) => pairFrom[index + 1] === pairFrom[index]);
  // Flags by entity number (a lookup per entity of every precise claim: a typed array, not a set).
  const wanted = new Uint8Array(profiles.entityIds.length);
  for (const index of single)
    if (entityFrom[index + 1]! > entityFrom[index]!) wanted[entities[entityFrom[index]!]!] = 1;
  const byEntityMonth = new Map<number, number[]>();
  for (let p = 0; p < precise.length; p++) {
    const index = precise[p]!;
    for (let k = entityFrom[index]!; k < entityFrom[index + 1]!; k++) {
      const entity = entities[k]!;
      if (wanted[entity] !== 1) continue;
      for (let month = firstMonth[index]!; month <= lastMonth[index]!; month++)
        pushTo(byEntityMonth, entity * span + month, index);
    }
  }
  for (const index of single) {
    if (entityFrom[index + 1] === entityFrom[index]) continue;
    const entity = entities[entityFrom[index]!]!;
    for (let month = firstMonth[index]!; month <= lastMonth[index]!; month++) {
      for (const other of byEntityMonth.get(entity * span + month) ?? [])
        consider(Math.min(index, other), Math.max(index, other));
    }
  }
  const ordered = bestFirst(candidates, n);
  for (let k = 0; k < ordered.count; k++) {
    const a = ordered.a[k]!;
    const b = ordered.b[k]!;
    const clusterA = clusters.clusterOf(a);
    const clusterB = clusters.clusterOf(b);
    if (clusterA === clusterB) continue;
    if (!clusters.allCompatible(clusterA, clusterB)) continue;
    clusters.merge(
      Math.min(clusterA, clusterB),
      Math.max(clusterA, clusterB),
      a,
      b,
      ordered.milli[k]! / 1000,
    );
  }
  comparisons += attachImprecise(profiles, context, table, clusters, blocking);
  return { clusters: clusters.result(), comparisons };
}

/** Above this many distinct ranks (a score range of extreme weights) candidates are not grouped by rank. */
const RANK_GROUP_LIMIT = 1 << 20;

/**
 * The candidates best score first, then by claim indices (`claimCount` bounds the indices), sorted in place
 * when grouped by rank, else copied. A pair is a candidate once, so no two candidates tie and any sort gives
 * this one order.
 */
function bestFirst(candidates: Candidates, claimCount: number): Candidates {
  const { milli, count } = candidates;
  let highest = 0;
  let lowest = 0;
  for (let k = 0; k < count; k++) {
    highest = Math.max(highest, milli[k]!);
    lowest = Math.min(lowest, milli[k]!);
  }
  // Ranks count down from the best score (candidates score at least the threshold, so ranks fit an Int32Array).
  const ranks = highest - lowest + 1;
  return ranks <= RANK_GROUP_LIMIT && fitsPacked([claimCount, claimCount])
    ? groupedBestFirst(candidates, highest, ranks, claimCount)
    : radixBestFirst(candidates, highest);
}

/**
 * {@link bestFirst} by a counting pass over ranks (a few hundred distinct scores), then the native sort of
 * each rank's pairs packed into one double each (first claim, then second): small sorts, no comparator calls.
 */
function groupedBestFirst(
  candidates: Candidates,
  highest: number,
  ranks: number,
  claimCount: number,
): Candidates {
  const { a, b, milli, count } = candidates;
  const groupFrom = new Int32Array(ranks + 1);
  for (let k = 0; k < count; k++) groupFrom[highest - milli[k]! + 1]!++;
  for (let rank = 0; rank < ranks; rank++) groupFrom[rank + 1] = groupFrom[rank + 1]! + groupFrom[rank]!;
  const pairs = new Float64Array(count);
  const next = groupFrom.slice(0, ranks);
  for (let k = 0; k < count; k++) pairs[next[highest - milli[k]!]!++] = a[k]! * claimCount + b[k]!;
  // The pairs hold all there is to a candidate besides its rank: decoded in place, over the unsorted arrays.
  for (let rank = 0; rank < ranks; rank++) {
    const from = groupFrom[rank]!;
    const to = groupFrom[rank + 1]!;
    if (to - from > 1) pairs.subarray(from, to).sort();
    for (let k = from; k < to; k++) {
      const pair = pairs[k]!;
      const first = quotientOf(pair, claimCount);
      a[k] = first;
      b[k] = pair - first * claimCount;
      milli[k] = highest - rank;
    }
  }
  return candidates;
}

/** {@link bestFirst} by counting passes, for score ranges too wide to group by rank. */
function radixBestFirst(candidates: Candidates, highest: number): Candidates {
  const { a, b, milli, count } = candidates;
  const rank = new Int32Array(count);
  for (let k = 0; k < count; k++) rank[k] = highest - milli[k]!;
  const order = radixOrder([b.subarray(0, count), a.subarray(0, count), rank], count);
  const sorted = emptyCandidates(count);
  sorted.count = count;
  for (let k = 0; k < count; k++) {
    const position = order[k]!;
    sorted.a[k] = a[position]!;
    sorted.b[k] = b[position]!;
    sorted.milli[k] = milli[position]!;
  }
  return sorted;
}

/** Sort key: narrower intervals first, then report windows, weekdays, and claims with nothing to go on. */
function vagueness(profiles: ClaimProfiles, index: number): number {
  const width = profiles.end[index]! - profiles.start[index]!;
  if (profiles.flags[index]! & PROFILE.ownDate) return width;
  if (profiles.flags[index]! & PROFILE.windowed) return 10_000 + width;
  return profiles.flags[index]! & PROFILE.weekday ? 20_000 : 30_000;
}

/** The claims that are not precise, least vague first, then by index. */
function impreciseOrder(profiles: ClaimProfiles): Int32Array {
  const vague = new Float64Array(profiles.count);
  let count = 0;
  // Vagueness is a whole number of days (or a class offset) for every claim the packed order can take.
  let packable = true;
  let highest = 0;
  for (let i = 0; i < profiles.count; i++)
    if ((profiles.flags[i]! & PROFILE.precise) === 0) {
      vague[i] = vagueness(profiles, i);
      packable &&= Number.isInteger(vague[i]) && vague[i]! >= 0;
      highest = Math.max(highest, vague[i]!);
      count++;
    }
  const order = new Int32Array(count);
  for (let i = 0, at = 0; i < profiles.count; i++)
    if ((profiles.flags[i]! & PROFILE.precise) === 0) order[at++] = i;
  if (!packable || !fitsPacked([highest + 1, profiles.count]))
    return order.sort((a, b) => vague[a]! - vague[b]! || a - b);
  // One packed key per claim (vagueness, then index) and the native sort: no comparator calls.
  const keys = new Float64Array(count);
  for (let k = 0; k < count; k++) keys[k] = vague[order[k]!]! * profiles.count + order[k]!;
  keys.sort();
  for (let k = 0; k < count; k++) {
    const key = keys[k]!;
    order[k] = key - quotientOf(key, profiles.count) * profiles.count;
  }
  return order;
}

function attachImprecise(
  profiles: ClaimProfiles,
  context: CompareContext,
  table: ClaimTable,
  clusters: Clusters,
  blocking: Blocking,
): number {
  const { pairFrom, pairs, entityFrom, entities, start, end, firstMonth, lastMonth, span, pairCount } =
    blocking;
  const n = profiles.count;
  let comparisons = 0;
  // Claims with an interval look only in its months; claims without one look at all of their participants' history.
  // Bases: pair ids, then entity numbers after them (only the entities single-participant claims look up).
  const allTime = new Map<number, number[]>();
  const byMonth = new Map<number, number[]>();
  const imprecise = impreciseOrder(profiles);
  // Entity numbers index `entityIds`: its length bounds them (no pass over every claim's entities).
  const entityCount = profiles.entityIds.length;
  // The bases some imprecise claim reads: its whole history when it has no interval, else its months. Lists
  // no claim reads are not built (most pairs have precise claims only).
  const readsAllTime = new Uint8Array(pairCount + entityCount);
  const readsMonths = new Uint8Array(pairCount + entityCount);
  for (let p = 0; p < imprecise.length; p++) {
    const index = imprecise[p]!;
    const reads = lastMonth[index]! < firstMonth[index]! ? readsAllTime : readsMonths;
    if (pairFrom[index + 1]! > pairFrom[index]!)
      for (let k = pairFrom[index]!; k < pairFrom[index + 1]!; k++) reads[pairs[k]!] = 1;
    else if (entityFrom[index + 1]! > entityFrom[index]!)
      reads[pairCount + entities[entityFrom[index]!]!] = 1;
  }
  const indexUnder = (base: number, index: number): void => {
    if (readsAllTime[base] === 1) pushTo(allTime, base, index);
    if (readsMonths[base] === 1)
      for (let month = firstMonth[index]!; month <= lastMonth[index]!; month++)
        pushTo(byMonth, base * span + month, index);
  };
  const indexClaim = (index: number): void => {
    for (let k = pairFrom[index]!; k < pairFrom[index + 1]!; k++) indexUnder(pairs[k]!, index);
    for (let k = entityFrom[index]!; k < entityFrom[index + 1]!; k++)
      indexUnder(pairCount + entities[k]!, index);
  };
  for (let i = 0; i < n; i++) if (profiles.flags[i]! & PROFILE.precise) indexClaim(i);
  // Marks which claims the current imprecise claim was already compared with (no Set per claim); a claim
  // appears once in one list, so a claim that reads one list needs no marks.
  const collectedFor = new Int32Array(n);
  let oneList = false;
  // The best-scoring claim of each cluster the current claim met (clusters never outnumber claims).
  const touchedFor = new Int32Array(n);
  const bestScore = new Float64Array(n);
  const bestOther = new Int32Array(n);
  // The clusters the current claim met, and those it may join, in typed scratch lists: an array emptied by
  // `length = 0` drops its storage and grows it anew for every claim.
  const touched = new Int32Array(n);
  let touchedCount = 0;
  const eligible = new Int32Array(n);
  /** Whether cluster `x` ranks before `y`: the better score, then the lower id. */
  const ranksBefore = (x: number, y: number): boolean =>
    bestScore[x]! > bestScore[y]! || (bestScore[x] === bestScore[y] && x < y);
  /** Compares the current claim with each claim of a list it has not met yet, keeping the best per cluster. */
  const compareWith = (index: number, list: readonly number[] | undefined, stamp: number): void => {
    if (list === undefined) return;
    const from = start[index]!;
    const to = end[index]!;
    // An open interval meets every other one: the others' days need not be read.
    const unbounded = Number.isNaN(from) && Number.isNaN(to);
    for (let k = 0; k < list.length; k++) {
      const other = list[k]!;
      // Intervals apart never match (false when either is open): no comparison needed.
      if (!unbounded && (from > end[other]! || start[other]! > to)) continue;
      if (!oneList) {
        if (collectedFor[other] === stamp) continue;
        collectedFor[other] = stamp;
      }
      comparisons++;
      const score = table.compatibleScore(index, other);
      if (Number.isNaN(score)) continue;
      const cluster = clusters.clusterOf(other);
      if (touchedFor[cluster] !== stamp) {
        touchedFor[cluster] = stamp;
        touched[touchedCount++] = cluster;
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
  };
  const compareUnder = (base: number, index: number, stamp: number): void => {
    if (lastMonth[index]! < firstMonth[index]!) compareWith(index, allTime.get(base), stamp);
    else
      for (let month = firstMonth[index]!; month <= lastMonth[index]!; month++)
        compareWith(index, byMonth.get(base * span + month), stamp);
  };
  for (let p = 0; p < imprecise.length; p++) {
    const index = imprecise[p]!;
    const stamp = index + 1;
    touchedCount = 0;
    const bases =
      pairFrom[index + 1]! - pairFrom[index]! || Math.min(1, entityFrom[index + 1]! - entityFrom[index]!);
    oneList = bases * Math.max(1, lastMonth[index]! - firstMonth[index]! + 1) === 1;
    if (pairFrom[index + 1]! > pairFrom[index]!)
      for (let k = pairFrom[index]!; k < pairFrom[index + 1]!; k++) compareUnder(pairs[k]!, index, stamp);
    else if (entityFrom[index + 1]! > entityFrom[index]!)
      compareUnder(pairCount + entities[entityFrom[index]!]!, index, stamp);
    const own = clusters.open(index);
    const constrained = hasInterval(profiles, index) || (profiles.flags[index]! & PROFILE.weekday) !== 0;
    const threshold = constrained ? context.weights.threshold : context.weights.unconstrainedThreshold;
    // The best eligible event, and the best eligible one on another day: two scans, no list sorted.
    let eligibleCount = 0;
    let top = -1;
    for (let k = 0; k < touchedCount; k++) {
      const cluster = touched[k]!;
      if (bestScore[cluster]! < threshold || !clusters.allCompatible(own, cluster)) continue;
      eligible[eligibleCount++] = cluster;
      if (top === -1 || ranksBefore(cluster, top)) top = cluster;
    }
    if (top !== -1) {
      let rival = -1;
      for (let k = 0; k < eligibleCount; k++) {
        const other = eligible[k]!;
        if (!clusters.sameDays(other, top) && (rival === -1 || ranksBefore(other, rival))) rival = other;
      }
      if (rival === -1 || bestScore[top]! - bestScore[rival]! >= context.weights.margin) {
        const partner = bestOther[top]!;
        clusters.merge(top, own, index, partner, bestScore[top]!);
      }
    }
    indexClaim(index);
  }
  return comparisons;
}

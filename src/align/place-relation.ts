/** How two places relate: one and the same, one inside the other, both inside one city-level place, or apart. */
export type PlaceRelation = "same" | "contains" | "near" | "apart";

/** The chain from a place up to the outermost place containing it, the place itself first. */
export function placeChain(place: string, parents: Readonly<Record<string, string>>): string[] {
  const chain = [place];
  for (let next = parents[place]; next !== undefined && !chain.includes(next); next = parents[next])
    chain.push(next);
  return chain;
}

/**
 * Relates two places through the containment map. Places whose closest common container is itself contained
 * in something (a city within a country) are "near"; places that share only an outermost container (a
 * country) or nothing are "apart".
 *
 * @example
 * placeRelation("place:kremlin", "place:moscow", { "place:kremlin": "place:moscow" }); // "contains"
 */
export function placeRelation(
  a: string,
  b: string,
  parents: Readonly<Record<string, string>>,
): PlaceRelation {
  if (a === b) return "same";
  return relateChains(placeChain(a, parents), placeChain(b, parents), parents);
}

/** {@link placeRelation} over chains already built with {@link placeChain} (each place first in its chain). */
export function relateChains(
  chainA: readonly string[],
  chainB: readonly string[],
  parents: Readonly<Record<string, string>>,
): PlaceRelation {
  const a = chainA[0];
  const b = chainB[0];
  if (a === b) return "same";
  if (chainA.includes(b!) || chainB.includes(a!)) return "contains";
  const common = chainA.find((place) => chainB.includes(place));
  if (common !== undefined && parents[common] !== undefined) return "near";
  return "apart";
}

/** Whether `inner` is `outer` or lies within it. */
export function placeWithin(
  inner: string,
  outer: string,
  parents: Readonly<Record<string, string>>,
): boolean {
  return placeChain(inner, parents).includes(outer);
}

/** Places already gathered per parents map (a report's map is read by several rules). */
const PLACED = new WeakMap<Readonly<Record<string, string>>, ReadonlySet<string>>();

/**
 * The places the gazetteer can place: those with a parent and those that are one. A place outside this set
 * ("El Mouradia", "Hyderabad House") may lie within any other.
 *
 * @example
 * placedPlaces({ kremlin: "moscow" }).has("moscow"); // true
 */
export function placedPlaces(parents: Readonly<Record<string, string>>): ReadonlySet<string> {
  let placed = PLACED.get(parents);
  if (placed === undefined) {
    placed = new Set([...Object.keys(parents), ...Object.values(parents)]);
    PLACED.set(parents, placed);
  }
  return placed;
}

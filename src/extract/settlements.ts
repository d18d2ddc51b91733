import type { LocalEntity } from "../schema/document.js";
import type { Gazetteer } from "../schema/gazetteer.js";
import { AREA_WORDS, ORGANIZATION_WORDS, SITE_WORDS } from "./entities/data/words.js";

/** Gazetteer kinds of places a story's meetings can spread over, as opposed to one building or site. */
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(["city", "country", "region", "state", "territory"]);

/** Whether a place's name holds a word of a building, a site or an institution ("Copacabana Fort", "Government Office"). */
function namesBuilding(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => (SITE_WORDS.has(word) && !AREA_WORDS.has(word)) || ORGANIZATION_WORDS.has(word));
}

/** Place kinds by gazetteer id, worked out once per gazetteer (a memo: the gazetteer is never changed). */
const kindsByGazetteer = new WeakMap<Gazetteer, ReadonlyMap<string, string | null>>();

function placeKinds(gazetteer: Gazetteer): ReadonlyMap<string, string | null> {
  let kinds = kindsByGazetteer.get(gazetteer);
  if (!kinds) {
    const built = new Map<string, string | null>();
    for (const entry of gazetteer.entries)
      if (entry.type === "place") built.set(entry.id, entry.kind ?? null);
    kinds = built;
    kindsByGazetteer.set(gazetteer, kinds);
  }
  return kinds;
}

/**
 * A place the gazetteer does not know is taken for a town when its name is one word ("Hiroshima") or names an
 * area ("Gyeonggi Province"); a longer name may be a building in the local language ("Gono Bhaban").
 */
function unknownSettlement(name: string): boolean {
  if (namesBuilding(name)) return false;
  const words = name
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
  return words.length === 1 || words.some((word) => AREA_WORDS.has(word));
}

/**
 * The ids of an article's places that are towns, cities, regions or countries (the gazetteer's kind when it
 * knows the place, else see unknownSettlement: "Hiroshima", not "Grand Prince Hotel Hiroshima").
 *
 * @example
 * settlementPlaces(extraction.entities, defaultGazetteer()); // Set { "article#l1" } for Hanoi, not the palace
 */
export function settlementPlaces(entities: readonly LocalEntity[], gazetteer: Gazetteer): Set<string> {
  const kinds = placeKinds(gazetteer);
  const settlements = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== "place") continue;
    const kind = entity.gazetteerId ? kinds.get(entity.gazetteerId) : undefined;
    const settled = kind != null ? SETTLEMENT_KINDS.has(kind) : unknownSettlement(entity.name);
    if (settled) settlements.add(entity.id);
  }
  return settlements;
}

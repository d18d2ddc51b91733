import { nameKeyTokens, sameNameKeys } from "../normalize/entities/index.js";
import type { ArticleExtraction, LocalEntity } from "../schema/document.js";
import type { Entity, EntityType } from "../schema/entity.js";
import type { Gazetteer, GazetteerEntry } from "../schema/gazetteer.js";
import { slug } from "./slug.js";

/** Entities merged across articles, and how each article's local ids map onto them. */
export interface ResolvedEntities {
  entities: Entity[];
  /**
   * Global entity id of every local entity, by position: `globalIds[k][i]` is the global id of entity `i` of
   * extraction `k` (positions rather than a map keyed by local id: hashing every id is the costly part).
   */
  globalIds: string[][];
  /** Place entity id → containing place entity id, from the gazetteer and the articles. */
  placeParents: Record<string, string>;
}

/** Above this many entities an article's local ids are looked up through a map rather than scanned. */
const SCAN_LIMIT = 32;

/**
 * Maps one article's local entity ids to global ones (unknown ids are kept as they are), given the article's
 * entities and their global ids by position.
 */
export function globalIdMapper(
  entities: readonly LocalEntity[],
  globalIds: readonly string[],
): (localId: string) => string {
  if (entities.length > SCAN_LIMIT) {
    const byLocal = new Map<string, string>();
    // The first entity with an id wins, as in the scan below.
    for (let i = entities.length - 1; i >= 0; i--) byLocal.set(entities[i]!.id, globalIds[i]!);
    return (localId) => byLocal.get(localId) ?? localId;
  }
  return (localId) => {
    for (let i = 0; i < entities.length; i++) if (entities[i]!.id === localId) return globalIds[i]!;
    return localId;
  };
}

/** Readable global ids for every gazetteer entry: `type:slug(name)`, or `type:slug(id)` when names collide. */
function gazetteerGlobalIds(gazetteer: Gazetteer): Map<string, string> {
  const byName = new Map<string, number>();
  for (const entry of gazetteer.entries) {
    const id = `${entry.type}:${slug(entry.name)}`;
    byName.set(id, (byName.get(id) ?? 0) + 1);
  }
  const ids = new Map<string, string>();
  for (const entry of gazetteer.entries) {
    const byNameId = `${entry.type}:${slug(entry.name)}`;
    ids.set(entry.id, (byName.get(byNameId) ?? 0) > 1 ? `${entry.type}:${slug(entry.id)}` : byNameId);
  }
  return ids;
}

/** Union–find over dense integer ids; the root of a set is always its smallest member. */
function createUnion(size: number) {
  const parent = new Int32Array(size);
  for (let i = 0; i < size; i++) parent[i] = i;
  const find = (item: number): number => {
    let root = item;
    while (parent[root] !== root) root = parent[root]!;
    parent[item] = root;
    return root;
  };
  return {
    find,
    union(a: number, b: number): void {
      const rootA = find(a);
      const rootB = find(b);
      if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    },
  };
}

/** A distinct group key before cross-article merging: one per gazetteer entry or folded name and type. */
interface KeyRecord {
  key: string;
  type: EntityType;
  tokens: string[];
}

interface LocalRecord {
  /** Index of the extraction, and of the entity within it. */
  article: number;
  position: number;
  entity: LocalEntity;
  /**
   * The entity's name as first seen in this call: one string object per distinct name, so that the counting
   * and alias sets below compare by identity rather than by content.
   */
  name: string;
  /** Index into the distinct keys. */
  key: number;
}

function gazetteerKey(id: string): string {
  return `g:${id}`;
}

/** The group key of an entity before cross-article merging. */
function initialKey(
  entity: LocalEntity,
  tokens: readonly string[],
  entries: Map<string, GazetteerEntry>,
): string {
  if (entity.gazetteerId !== null && entries.has(entity.gazetteerId)) return gazetteerKey(entity.gazetteerId);
  return `n:${entity.type}:${tokens.join(" ") || entity.name.toLowerCase()}`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pickCanonicalName(records: readonly LocalRecord[]): string {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.name, (counts.get(record.name) ?? 0) + 1);
  return [...counts.entries()].sort(
    ([a, countA], [b, countB]) => countB - countA || b.length - a.length || compareStrings(a, b),
  )[0]![0];
}

/** Person groups with a full name, indexed by folded surname, for joining surname-only and variant mentions. */
function indexFullNames(
  personNames: readonly KeyRecord[],
  gazetteer: Gazetteer,
  keyIndex: Map<string, number>,
) {
  const bySurname = new Map<string, { key: string; tokens: string[] }[]>();
  const add = (key: string, tokens: string[]) => {
    const surname = tokens.at(-1);
    if (surname === undefined || tokens.length < 2) return;
    const list = bySurname.get(surname) ?? [];
    const joined = tokens.join(" ");
    if (!list.some((item) => item.key === key && item.tokens.join(" ") === joined))
      list.push({ key, tokens });
    bySurname.set(surname, list);
  };
  for (const record of personNames) add(record.key, record.tokens);
  for (const entry of gazetteer.entries) {
    if (entry.type !== "person" || !keyIndex.has(gazetteerKey(entry.id))) continue;
    for (const name of [entry.name, ...entry.aliases]) add(gazetteerKey(entry.id), nameKeyTokens(name));
  }
  return bySurname;
}

/** Every local entity with the index of its group key, and the distinct keys (first occurrence order). */
function collectRecords(extractions: readonly ArticleExtraction[], entries: Map<string, GazetteerEntry>) {
  const records: LocalRecord[] = [];
  const keys: KeyRecord[] = [];
  const keyIndex = new Map<string, number>();
  // Names repeat across articles: fold each distinct name once per call, and key each name and type once.
  const byName = new Map<
    string,
    { name: string; tokens: string[]; keys: Map<string, string>; seenIn: Set<number> }
  >();
  // Each distinct (person key, name) once, in first-occurrence order: a gazetteer key gathers several names.
  const personNames: KeyRecord[] = [];
  for (let article = 0; article < extractions.length; article++) {
    const entities = extractions[article]!.entities;
    for (let position = 0; position < entities.length; position++) {
      const entity = entities[position]!;
      let folded = byName.get(entity.name);
      if (folded === undefined) {
        folded = {
          name: entity.name,
          tokens: nameKeyTokens(entity.name),
          keys: new Map(),
          seenIn: new Set(),
        };
        byName.set(entity.name, folded);
      }
      let key: string | undefined;
      if (entity.gazetteerId !== null && entries.has(entity.gazetteerId))
        key = gazetteerKey(entity.gazetteerId);
      else {
        key = folded.keys.get(entity.type);
        if (key === undefined) {
          key = initialKey(entity, folded.tokens, entries);
          folded.keys.set(entity.type, key);
        }
      }
      let index = keyIndex.get(key);
      if (index === undefined) {
        index = keys.length;
        keyIndex.set(key, index);
        keys.push({ key, type: entity.type, tokens: folded.tokens });
      }
      if (entity.type === "person" && !folded.seenIn.has(index)) {
        folded.seenIn.add(index);
        personNames.push({ key, type: entity.type, tokens: folded.tokens });
      }
      records.push({ article, position, entity, key: index, name: folded.name });
    }
  }
  return { records, keys, keyIndex, personNames };
}

/**
 * Merges the entities of all articles into one entity per real person, place, organisation or group:
 * by gazetteer id, else by folded full name (transliterations folded), with surname-only mentions joined to
 * the one full-name person of that surname.
 */
export function resolveEntities(
  extractions: readonly ArticleExtraction[],
  gazetteer: Gazetteer,
): ResolvedEntities {
  const entries = new Map(gazetteer.entries.map((entry) => [entry.id, entry]));
  const gazetteerIds = gazetteerGlobalIds(gazetteer);
  const { records, keys, keyIndex, personNames } = collectRecords(extractions, entries);
  // Union roots must not depend on first-occurrence order: rank keys by their text.
  const rank = keys.map((_, index) => index).sort((a, b) => compareStrings(keys[a]!.key, keys[b]!.key));
  const rankOf = new Int32Array(keys.length);
  rank.forEach((keyNumber, position) => {
    rankOf[keyNumber] = position;
  });
  const union = createUnion(keys.length);
  const bySurname = indexFullNames(personNames, gazetteer, keyIndex);
  for (const record of keys) {
    if (record.type !== "person" || record.key.startsWith("g:")) continue;
    const surname = record.tokens.at(-1);
    if (surname === undefined) continue;
    const candidates = (bySurname.get(surname) ?? []).filter((item) =>
      sameNameKeys(item.tokens, record.tokens),
    );
    const groups = [...new Set(candidates.map((item) => item.key))].filter((key) => key !== record.key);
    const gazetteerGroups = groups.filter((key) => key.startsWith("g:"));
    // A surname alone joins only an unambiguous full name; a full-name variant prefers the gazetteer entry.
    const targets = record.tokens.length >= 2 && gazetteerGroups.length > 0 ? gazetteerGroups : groups;
    if (targets.length === 1)
      union.union(rankOf[keyIndex.get(record.key)!]!, rankOf[keyIndex.get(targets[0]!)!]!);
  }

  // Group members by root rank; roots ascending is the order of their smallest key text.
  const members: LocalRecord[][] = [];
  for (const record of records) {
    const root = union.find(rankOf[record.key]!);
    const list = members[root];
    if (list) list.push(record);
    else members[root] = [record];
  }

  const globalIds = extractions.map((extraction) => new Array<string>(extraction.entities.length));
  const taken = new Set<string>(gazetteerIds.values());
  const entities: Entity[] = [];
  const localWithin = new Map<string, string>();
  for (const group of members) {
    if (group === undefined) continue;
    const gazetteerMember = group.find((member) => keys[member.key]!.key.startsWith("g:"));
    const entry = gazetteerMember ? entries.get(keys[gazetteerMember.key]!.key.slice(2)) : undefined;
    const type: EntityType = entry?.type ?? group[0]!.entity.type;
    const name = entry?.name ?? pickCanonicalName(group);
    let id = entry ? gazetteerIds.get(entry.id)! : `${type}:${slug(name)}`;
    if (!entry) {
      const base = id;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    const aliases = new Set<string>();
    for (const member of group) {
      aliases.add(member.name);
      for (const alias of member.entity.aliases)
        aliases.add(alias === member.entity.name ? member.name : alias);
      globalIds[member.article]![member.position] = id;
      const within = member.entity.within;
      if (type === "place" && within && !localWithin.has(id)) localWithin.set(id, within);
    }
    entities.push({ id, type, name, aliases: [...aliases].sort() });
  }
  entities.sort((a, b) => compareStrings(a.id, b.id));
  return {
    entities,
    globalIds,
    placeParents: placeParentsOf(entities, localWithin, entries, gazetteerIds),
  };
}

function placeParentsOf(
  entities: readonly Entity[],
  localWithin: Map<string, string>,
  entries: Map<string, GazetteerEntry>,
  gazetteerIds: Map<string, string>,
): Record<string, string> {
  const entryByGlobal = new Map<string, GazetteerEntry>();
  for (const entry of entries.values()) entryByGlobal.set(gazetteerIds.get(entry.id)!, entry);
  const parents: Record<string, string> = {};
  for (const entity of entities) {
    if (entity.type !== "place") continue;
    let entry = entryByGlobal.get(entity.id);
    let childId = entity.id;
    const firstParent = entry?.within ?? localWithin.get(entity.id) ?? null;
    let parentEntry = firstParent === null ? undefined : entries.get(firstParent);
    const seen = new Set<string>([childId]);
    while (parentEntry !== undefined) {
      const parentId = gazetteerIds.get(parentEntry.id)!;
      if (seen.has(parentId)) break;
      seen.add(parentId);
      parents[childId] = parentId;
      childId = parentId;
      entry = parentEntry;
      parentEntry = entry.within === null ? undefined : entries.get(entry.within);
    }
  }
  return Object.fromEntries(Object.entries(parents).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

import { nameKeyTokens, sameNameKeys } from "../normalize/entities/index.js";
import type { ArticleExtraction, LocalEntity } from "../schema/document.js";
import type { Entity, EntityType } from "../schema/entity.js";
import type { Gazetteer, GazetteerEntry } from "../schema/gazetteer.js";
import { slug } from "./slug.js";

/** Entities merged across articles, and how each article's local ids map onto them. */
export interface ResolvedEntities {
  entities: Entity[];
  /**
   * The global entity of every local entity, by position, as its index in `entities`: entity `i` of extraction
   * `k` is `entities[entityIndex[entityFrom[k] + i]]` (positions rather than a map keyed by local id: hashing
   * every id is the costly part).
   */
  entityFrom: Int32Array;
  entityIndex: Int32Array;
  /**
   * The {@link idSignature} of every local entity's id, in the same layout: worked out while the entities are
   * read for their names, so that mapping claims' ids does not walk every entity of the input again.
   */
  idSignatures: Int32Array;
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

/**
 * Every local entity of the call in article order, as parallel arrays: record `r` is entity `position[r]` of
 * extraction `article[r]`, with the index of its group key and of its name among the distinct names (the name
 * as first seen, one string per distinct name, so that counting and aliasing work on small integers).
 */
interface LocalRecords {
  count: number;
  article: Int32Array;
  position: Int32Array;
  key: Int32Array;
  name: Int32Array;
  /**
   * 1 when the entity has an alias other than its name, and when it names a containing place: read while its
   * record is made, in memory order, so that grouping touches only the entities that need it.
   */
  otherAliases: Uint8Array;
  within: Uint8Array;
  /** The {@link idSignature} of the entity's local id. */
  idSignature: Int32Array;
  entity: LocalEntity[];
  /** Distinct names by their index. */
  names: string[];
}

/** What one distinct name folds to, and the group keys it was given (by entity type, and the person keys). */
interface FoldedName {
  index: number;
  tokens: string[];
  /** The type a name is first keyed under and its key (a name nearly always has one type), then the others. */
  firstType: string | null;
  firstKey: number;
  keyByType: Map<string, number> | null;
  personKeys: number[];
}

/** The key a folded name was given under a type, or undefined. */
function keyOfType(folded: FoldedName, type: string): number | undefined {
  if (type === folded.firstType) return folded.firstKey;
  return folded.keyByType?.get(type);
}

function setKeyOfType(folded: FoldedName, type: string, key: number): void {
  if (folded.firstType === null) {
    folded.firstType = type;
    folded.firstKey = key;
  } else {
    folded.keyByType ??= new Map();
    folded.keyByType.set(type, key);
  }
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

/** The most frequent name of a group (then the longest, then the first in text order). */
function pickCanonicalName(
  group: Int32Array,
  records: LocalRecords,
  counts: Int32Array,
  touched: number[],
): string {
  touched.length = 0;
  // Indexed loops: once per entity group, mostly before the JIT has compiled this (`for...of` makes objects).
  for (let k = 0; k < group.length; k++) {
    const name = records.name[group[k]!]!;
    if (counts[name] === 0) touched.push(name);
    counts[name]!++;
  }
  let best = touched[0]!;
  for (let k = 0; k < touched.length; k++) {
    const name = touched[k]!;
    const a = records.names[name]!;
    const b = records.names[best]!;
    const order = counts[best]! - counts[name]! || b.length - a.length || compareStrings(a, b);
    if (order < 0) best = name;
  }
  for (let k = 0; k < touched.length; k++) counts[touched[k]!] = 0;
  return records.names[best]!;
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
  let count = 0;
  // Indexed: a `for...of` step makes an object until the loop is optimised (twenty thousand articles).
  for (let k = 0; k < extractions.length; k++) count += extractions[k]!.entities.length;
  const records: LocalRecords = {
    count,
    article: new Int32Array(count),
    position: new Int32Array(count),
    key: new Int32Array(count),
    name: new Int32Array(count),
    otherAliases: new Uint8Array(count),
    within: new Uint8Array(count),
    idSignature: new Int32Array(count),
    entity: new Array<LocalEntity>(count),
    names: [],
  };
  const keys: KeyRecord[] = [];
  const keyIndex = new Map<string, number>();
  // The first record of each key.
  const keyFirstRecord: number[] = [];
  const keyNumber = (key: string, type: EntityType, tokens: string[], record: number): number => {
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keys.length;
      keyIndex.set(key, index);
      keys.push({ key, type, tokens });
      keyFirstRecord.push(record);
    }
    return index;
  };
  // Names repeat across articles: fold each distinct name once per call, and key each name and type once.
  const byName = new Map<string, FoldedName>();
  const byGazetteerId = new Map<string, number>();
  // Each distinct (person key, name) once, in first-occurrence order: a gazetteer key gathers several names.
  const personNames: KeyRecord[] = [];
  let record = 0;
  for (let article = 0; article < extractions.length; article++) {
    const entities = extractions[article]!.entities;
    for (let position = 0; position < entities.length; position++) {
      const entity = entities[position]!;
      let folded = byName.get(entity.name);
      if (folded === undefined) {
        folded = {
          index: records.names.length,
          tokens: nameKeyTokens(entity.name),
          firstType: null,
          firstKey: -1,
          keyByType: null,
          personKeys: [],
        };
        records.names.push(entity.name);
        byName.set(entity.name, folded);
      }
      let index: number | undefined;
      if (entity.gazetteerId !== null && entries.has(entity.gazetteerId)) {
        index = byGazetteerId.get(entity.gazetteerId);
        if (index === undefined) {
          index = keyNumber(gazetteerKey(entity.gazetteerId), entity.type, folded.tokens, record);
          byGazetteerId.set(entity.gazetteerId, index);
        }
      } else {
        index = keyOfType(folded, entity.type);
        if (index === undefined) {
          index = keyNumber(initialKey(entity, folded.tokens, entries), entity.type, folded.tokens, record);
          setKeyOfType(folded, entity.type, index);
        }
      }
      if (entity.type === "person" && !folded.personKeys.includes(index)) {
        folded.personKeys.push(index);
        personNames.push({ key: keys[index]!.key, type: entity.type, tokens: folded.tokens });
      }
      records.article[record] = article;
      records.position[record] = position;
      records.key[record] = index;
      records.name[record] = folded.index;
      records.entity[record] = entity;
      // Indexed: this once-per-call loop runs before it is optimised, when `for...of` makes an object per step.
      for (let k = 0; k < entity.aliases.length; k++)
        if (entity.aliases[k] !== entity.name) records.otherAliases[record] = 1;
      if (entity.within) records.within[record] = 1;
      records.idSignature[record] = idSignature(entity.id);
      record++;
    }
  }
  return { records, keys, keyIndex, keyFirstRecord, personNames };
}

/** Record numbers grouped by the root of their key, roots ascending, records in order within a group. */
function groupRecords(records: LocalRecords, rootOfKey: Int32Array): Int32Array[] {
  const sizes = new Int32Array(rootOfKey.length);
  for (let r = 0; r < records.count; r++) sizes[rootOfKey[records.key[r]!]!]!++;
  const order = new Int32Array(records.count);
  const from = new Int32Array(rootOfKey.length + 1);
  for (let root = 0; root < rootOfKey.length; root++) from[root + 1] = from[root]! + sizes[root]!;
  const next = from.slice(0, rootOfKey.length);
  for (let r = 0; r < records.count; r++) order[next[rootOfKey[records.key[r]!]!]!++] = r;
  const groups: Int32Array[] = [];
  for (let root = 0; root < rootOfKey.length; root++)
    if (sizes[root]! > 0) groups.push(order.subarray(from[root]!, from[root + 1]!));
  return groups;
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
  const { records, keys, keyIndex, keyFirstRecord, personNames } = collectRecords(extractions, entries);
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
    // A two-word name may be written family name first by one outlet ("Hayashi Yoshimasa"): look under both words.
    const swapped = record.tokens.length === 2 ? (bySurname.get(record.tokens[0]!) ?? []) : [];
    const candidates = [...(bySurname.get(surname) ?? []), ...swapped].filter((item) =>
      sameNameKeys(item.tokens, record.tokens),
    );
    const groups = [...new Set(candidates.map((item) => item.key))].filter((key) => key !== record.key);
    const gazetteerGroups = groups.filter((key) => key.startsWith("g:"));
    // A surname alone joins only an unambiguous full name; a full-name variant prefers the gazetteer entry.
    const targets = record.tokens.length >= 2 && gazetteerGroups.length > 0 ? gazetteerGroups : groups;
    if (targets.length === 1)
      union.union(rankOf[keyIndex.get(record.key)!]!, rankOf[keyIndex.get(targets[0]!)!]!);
  }

  // Group records by root rank; roots ascending is the order of their smallest key text.
  const rootOfKey = new Int32Array(keys.length);
  for (let key = 0; key < keys.length; key++) rootOfKey[key] = union.find(rankOf[key]!);
  // The first record of each group with a gazetteer key, by root (-1: none).
  const gazetteerFirst = new Int32Array(keys.length).fill(-1);
  for (let key = 0; key < keys.length; key++) {
    if (!keys[key]!.key.startsWith("g:")) continue;
    const root = rootOfKey[key]!;
    if (gazetteerFirst[root] === -1 || keyFirstRecord[key]! < gazetteerFirst[root]!)
      gazetteerFirst[root] = keyFirstRecord[key]!;
  }
  const idOfRoot = new Array<string>(keys.length);
  const taken = new Set<string>(gazetteerIds.values());
  const entities: Entity[] = [];
  const localWithin = new Map<string, string>();
  const nameCounts = new Int32Array(records.names.length);
  const nameSeen = new Int32Array(records.names.length);
  const touched: number[] = [];
  let stamp = 0;
  for (const group of groupRecords(records, rootOfKey)) {
    stamp++;
    const gazetteerMember = gazetteerFirst[rootOfKey[records.key[group[0]!]!]!]!;
    const entry =
      gazetteerMember >= 0 ? entries.get(keys[records.key[gazetteerMember]!]!.key.slice(2)) : undefined;
    const type: EntityType = entry?.type ?? records.entity[group[0]!]!.type;
    const name = entry?.name ?? pickCanonicalName(group, records, nameCounts, touched);
    let id = entry ? gazetteerIds.get(entry.id)! : `${type}:${slug(name)}`;
    if (!entry) {
      const base = id;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    const aliases = new Set<string>();
    for (let k = 0; k < group.length; k++) {
      const member = group[k]!;
      const memberName = records.name[member]!;
      // An entity's own name is aliased under the name as first seen: add each distinct one once.
      if (nameSeen[memberName] !== stamp) {
        nameSeen[memberName] = stamp;
        aliases.add(records.names[memberName]!);
      }
      if (records.otherAliases[member] === 1) {
        const entity = records.entity[member]!;
        for (const alias of entity.aliases) if (alias !== entity.name) aliases.add(alias);
      }
      if (type === "place" && records.within[member] === 1 && !localWithin.has(id))
        localWithin.set(id, records.entity[member]!.within!);
    }
    idOfRoot[rootOfKey[records.key[group[0]!]!]!] = id;
    entities.push({ id, type, name, aliases: [...aliases].sort() });
  }
  entities.sort((a, b) => compareStrings(a.id, b.id));
  const indexOfId = new Map(entities.map((entity, index) => [entity.id, index]));
  // Records are in article and position order: one pass fills every article's entity indices.
  const entityFrom = new Int32Array(extractions.length + 1);
  extractions.forEach((extraction, article) => {
    entityFrom[article + 1] = entityFrom[article]! + extraction.entities.length;
  });
  const indexOfRoot = new Int32Array(keys.length);
  for (let root = 0; root < keys.length; root++)
    if (idOfRoot[root] !== undefined) indexOfRoot[root] = indexOfId.get(idOfRoot[root]!)!;
  const entityIndex = new Int32Array(records.count);
  for (let record = 0; record < records.count; record++)
    entityIndex[record] = indexOfRoot[rootOfKey[records.key[record]!]!]!;
  return {
    entities,
    entityFrom,
    entityIndex,
    idSignatures: records.idSignature,
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
  namedAfterPlaces(entities, entryByGlobal, parents);
  return Object.fromEntries(Object.entries(parents).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * "Nakhchivan Presidential Palace" lies in Nakhchivan: a place the gazetteer cannot place, whose name opens
 * with the whole name of another place of the report, is taken to lie within it (the longest such name).
 */
function namedAfterPlaces(
  entities: readonly Entity[],
  entryByGlobal: ReadonlyMap<string, GazetteerEntry>,
  parents: Record<string, string>,
): void {
  const byName = new Map<string, string>();
  for (const entity of entities)
    if (entity.type === "place" && !byName.has(entity.name)) byName.set(entity.name, entity.id);
  for (const place of entities) {
    if (place.type !== "place" || parents[place.id] !== undefined || entryByGlobal.has(place.id)) continue;
    // Word-boundary prefixes of the name, longest first: a lookup each, not a scan of every place.
    for (let end = place.name.lastIndexOf(" "); end > 0; end = place.name.lastIndexOf(" ", end - 1)) {
      const container = byName.get(place.name.slice(0, end));
      if (container !== undefined && container !== place.id) {
        parents[place.id] = container;
        break;
      }
    }
  }
}

/**
 * A number that tells most distinct ids apart (length and last three code units), compared before the ids.
 *
 * @example
 * idSignature("a1#p12") === idSignature("b9#p12"); // true: the ids themselves decide
 */
export function idSignature(id: string): number {
  const n = id.length;
  return (n << 24) ^ (id.charCodeAt(n - 1) << 16) ^ (id.charCodeAt(n - 2) << 8) ^ id.charCodeAt(n - 3);
}

/**
 * Numbers the local entity ids of one article at a time by their global entity (its index among the resolved
 * entities; ids no entity has are numbered as strings after them, so equal numbers are equal global ids).
 * One mapper serves all articles, and a scan compares the ids' signatures first: local ids share long
 * prefixes, so comparing them is the costly part. As {@link globalIdMapper}: the first entity with an id wins.
 */
export function localIdMapper(resolved: ResolvedEntities) {
  const entityIds = resolved.entities.map((entity) => entity.id);
  const byId = new Map(entityIds.map((id, index) => [id, index]));
  const signatures = resolved.idSignatures;
  let entities: readonly LocalEntity[] = [];
  let from = 0;
  let large: ((localId: string) => string) | null = null;
  /** The number of a global id (or of an unknown local id kept as it is). */
  const numberOfId = (id: string): number => {
    let number = byId.get(id);
    if (number === undefined) {
      number = entityIds.length;
      byId.set(id, number);
      entityIds.push(id);
    }
    return number;
  };
  return {
    entityIds,
    article(article: number, articleEntities: readonly LocalEntity[]): void {
      entities = articleEntities;
      from = resolved.entityFrom[article]!;
      large = null;
      if (entities.length > SCAN_LIMIT) {
        const ids = Array.from(
          resolved.entityIndex.subarray(from, from + entities.length),
          (n) => entityIds[n]!,
        );
        large = globalIdMapper(entities, ids);
        return;
      }
    },
    numberOf(localId: string): number {
      if (large !== null) return numberOfId(large(localId));
      const signature = idSignature(localId);
      for (let i = 0; i < entities.length; i++)
        if (signatures[from + i] === signature && entities[i]!.id === localId)
          return resolved.entityIndex[from + i]!;
      return numberOfId(localId);
    },
  };
}

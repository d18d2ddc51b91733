import { nameKeyTokens, sameNameKeys } from "../normalize/entities/index.js";
import type { ArticleExtraction, LocalEntity } from "../schema/document.js";
import type { Entity, EntityType } from "../schema/entity.js";
import type { Gazetteer, GazetteerEntry } from "../schema/gazetteer.js";
import { slug } from "./slug.js";

/** Entities merged across articles, and how each article's local ids map onto them. */
export interface ResolvedEntities {
  entities: Entity[];
  /** `articleId \0 localId` → global entity id. */
  globalIds: Map<string, string>;
  /** Place entity id → containing place entity id, from the gazetteer and the articles. */
  placeParents: Record<string, string>;
}

/** The key under which a local entity id is found in {@link ResolvedEntities.globalIds}. */
export function localKey(articleId: string, localId: string): string {
  return `${articleId}\u0000${localId}`;
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

/** Minimal union–find over string keys. */
function createUnion() {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root))
      root = next;
    parent.set(key, root);
    return root;
  };
  return {
    find,
    union(a: string, b: string): void {
      const rootA = find(a);
      const rootB = find(b);
      if (rootA === rootB) return;
      // The smaller key wins, so the result does not depend on the order of unions.
      if (rootA < rootB) parent.set(rootB, rootA);
      else parent.set(rootA, rootB);
    },
  };
}

interface LocalRecord {
  articleId: string;
  entity: LocalEntity;
  key: string;
  tokens: string[];
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

function pickCanonicalName(records: readonly LocalRecord[]): string {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.entity.name, (counts.get(record.entity.name) ?? 0) + 1);
  return [...counts.entries()].sort(
    ([a, countA], [b, countB]) => countB - countA || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  )[0]![0];
}

/** Person groups with a full name, indexed by folded surname, for joining surname-only and variant mentions. */
function indexFullNames(records: readonly LocalRecord[], gazetteer: Gazetteer) {
  const bySurname = new Map<string, { key: string; tokens: string[] }[]>();
  const add = (key: string, tokens: string[]) => {
    const surname = tokens.at(-1);
    if (surname === undefined || tokens.length < 2) return;
    const list = bySurname.get(surname) ?? [];
    if (!list.some((item) => item.key === key && item.tokens.join(" ") === tokens.join(" ")))
      list.push({ key, tokens });
    bySurname.set(surname, list);
  };
  for (const record of records) if (record.entity.type === "person") add(record.key, record.tokens);
  const used = new Set(records.map((record) => record.key));
  for (const entry of gazetteer.entries) {
    if (entry.type !== "person" || !used.has(gazetteerKey(entry.id))) continue;
    for (const name of [entry.name, ...entry.aliases]) add(gazetteerKey(entry.id), nameKeyTokens(name));
  }
  return bySurname;
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
  const records: LocalRecord[] = [];
  // Names repeat across articles: fold each distinct name once per call.
  const tokensOf = new Map<string, string[]>();
  for (const extraction of extractions) {
    for (const entity of extraction.entities) {
      let tokens = tokensOf.get(entity.name);
      if (tokens === undefined) {
        tokens = nameKeyTokens(entity.name);
        tokensOf.set(entity.name, tokens);
      }
      records.push({
        articleId: extraction.article.id,
        entity,
        tokens,
        key: initialKey(entity, tokens, entries),
      });
    }
  }
  const union = createUnion();
  const bySurname = indexFullNames(records, gazetteer);
  // Records with one key join the same groups: decide once per key.
  const distinct = new Map<string, LocalRecord>();
  for (const record of records) if (!distinct.has(record.key)) distinct.set(record.key, record);
  for (const record of distinct.values()) {
    if (record.entity.type !== "person" || record.key.startsWith("g:")) continue;
    const surname = record.tokens.at(-1);
    if (surname === undefined) continue;
    const candidates = (bySurname.get(surname) ?? []).filter((item) =>
      sameNameKeys(item.tokens, record.tokens),
    );
    const groups = [...new Set(candidates.map((item) => item.key))].filter((key) => key !== record.key);
    const gazetteerGroups = groups.filter((key) => key.startsWith("g:"));
    // A surname alone joins only an unambiguous full name; a full-name variant prefers the gazetteer entry.
    const targets = record.tokens.length >= 2 && gazetteerGroups.length > 0 ? gazetteerGroups : groups;
    if (targets.length === 1) union.union(record.key, targets[0]!);
  }

  const groups = new Map<string, LocalRecord[]>();
  for (const record of records) {
    const root = union.find(record.key);
    const list = groups.get(root) ?? [];
    list.push(record);
    groups.set(root, list);
  }

  const globalIds = new Map<string, string>();
  const taken = new Set<string>(gazetteerIds.values());
  const entities: Entity[] = [];
  const localWithin = new Map<string, string>();
  for (const [, members] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const gazetteerMember = members.find((member) => member.key.startsWith("g:"));
    const entry = gazetteerMember ? entries.get(gazetteerMember.key.slice(2)) : undefined;
    const type: EntityType = entry?.type ?? members[0]!.entity.type;
    const name = entry?.name ?? pickCanonicalName(members);
    let id = entry ? gazetteerIds.get(entry.id)! : `${type}:${slug(name)}`;
    if (!entry) {
      const base = id;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    const aliases = new Set<string>();
    for (const member of members) {
      aliases.add(member.entity.name);
      for (const alias of member.entity.aliases) aliases.add(alias);
      globalIds.set(localKey(member.articleId, member.entity.id), id);
      const within = member.entity.within;
      if (type === "place" && within && !localWithin.has(id)) localWithin.set(id, within);
    }
    entities.push({ id, type, name, aliases: [...aliases].sort() });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    entities,
    globalIds,
    placeParents: placeParentsOf(entities, globalIds, localWithin, entries, gazetteerIds),
  };
}

function placeParentsOf(
  entities: readonly Entity[],
  _globalIds: Map<string, string>,
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

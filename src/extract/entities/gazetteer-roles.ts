import type { CompiledGazetteer } from "./compile-gazetteer.js";
import { ROLE_MODIFIERS } from "./data/titles.js";
import { type KeyCache, matchGazetteerAt } from "./match-gazetteer.js";
import { headAnswers, newRole, type RoleRecord } from "./role.js";
import { matchTitle } from "./title-index.js";
import { TokenKind, tokenize } from "./tokenize.js";

/**
 * Reads a role as written in gazetteer data ("Kremlin spokesman", "former Russian President") into a
 * {@link RoleRecord}, or null when it names no known title.
 */
export function parseRoleText(text: string, gazetteer: CompiledGazetteer): RoleRecord | null {
  const tokens = tokenize(text);
  const keys: KeyCache = new Map();
  const modifiers: string[] = [];
  const countries = new Set<string>();
  const orgs = new Set<string>();
  const persons = new Set<string>();
  let head: string | null = null;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (token === undefined || token.kind !== TokenKind.Word) {
      i++;
      continue;
    }
    const title = matchTitle(tokens, i);
    if (title !== null) {
      if (head !== null) modifiers.push(head);
      head = title.head;
      i = title.end;
      continue;
    }
    const match = token.cap ? matchGazetteerAt(tokens, keys, i, gazetteer) : null;
    if (match !== null) {
      for (const form of match.forms) {
        const entry = form.entry;
        const country = gazetteer.countryOf.get(entry.id);
        if (entry.type === "person") persons.add(`g:${entry.id}`);
        else if (entry.type === "organization") orgs.add(entry.id);
        if (country !== undefined && entry.type !== "person") countries.add(country);
      }
      i = match.end;
      continue;
    }
    modifiers.push(token.lower);
    i++;
  }
  if (head === null) return null;
  const role = newRole(
    text,
    head,
    modifiers.filter((word) => ROLE_MODIFIERS.has(word) || word === "former"),
  );
  for (const country of countries) role.countries.add(country);
  for (const org of orgs) role.orgs.add(org);
  for (const person of persons) role.persons.add(person);
  return role;
}

const cache = new WeakMap<CompiledGazetteer, ReadonlyMap<string, readonly RoleRecord[]>>();

/**
 * The parsed roles of every gazetteer person, by entry id; built once per compiled gazetteer.
 *
 * @example
 * gazetteerRoles(compiled).get("vladimir-putin")?.[0]?.head; // "president"
 */
export function gazetteerRoles(gazetteer: CompiledGazetteer): ReadonlyMap<string, readonly RoleRecord[]> {
  let roles = cache.get(gazetteer);
  if (roles === undefined) {
    const built = new Map<string, RoleRecord[]>();
    for (const entry of gazetteer.byId.values()) {
      if (entry.type !== "person") continue;
      const parsed = entry.roles
        .map((text) => parseRoleText(text, gazetteer))
        .filter((role): role is RoleRecord => role !== null);
      built.set(entry.id, parsed);
    }
    roles = built;
    cache.set(gazetteer, roles);
  }
  return roles;
}

/** A gazetteer role with the days it was held (null bounds: always, as far as the data tells). */
interface DatedRole {
  role: RoleRecord;
  /** The same office once left ("former British Prime Minister"). */
  left: RoleRecord | null;
  from: string | null;
  to: string | null;
}

const datedCache = new WeakMap<CompiledGazetteer, ReadonlyMap<string, readonly DatedRole[]>>();

const FORMER_PREFIX = /^former\s+/i;

/**
 * Every gazetteer person's roles with the days they held them: an office in `terms` for its days, the other
 * listed roles always. Built once per compiled gazetteer.
 */
function datedRoles(gazetteer: CompiledGazetteer): ReadonlyMap<string, readonly DatedRole[]> {
  let dated = datedCache.get(gazetteer);
  if (dated === undefined) {
    const built = new Map<string, DatedRole[]>();
    for (const entry of gazetteer.byId.values()) {
      if (entry.type !== "person") continue;
      const termed = new Set(entry.terms.map((term) => term.role.toLowerCase()));
      const roles: DatedRole[] = [];
      for (const term of entry.terms) {
        const role = parseRoleText(term.role, gazetteer);
        if (role === null) continue;
        const left = parseRoleText(`former ${term.role}`, gazetteer);
        roles.push({ role, left, from: term.from, to: term.to ?? null });
      }
      for (const text of entry.roles) {
        // A listed role its terms date ("former British Prime Minister", "British Prime Minister") is theirs.
        if (termed.has(text.replace(FORMER_PREFIX, "").toLowerCase())) continue;
        const role = parseRoleText(text, gazetteer);
        if (role !== null) roles.push({ role, left: null, from: null, to: null });
      }
      built.set(entry.id, roles);
    }
    dated = built;
    datedCache.set(gazetteer, dated);
  }
  return dated;
}

/**
 * The roles gazetteer person `id` held on `day` (ISO): an office whose term covers the day, the former office
 * after its term, nothing of an office not yet taken, and every role without terms. Without a day, the roles
 * the gazetteer lists today ({@link gazetteerRoles}).
 *
 * @example
 * gazetteerRolesOn(compiled, "boris-johnson", "2022-06-24")[0]?.former; // false: prime minister that day
 */
export function gazetteerRolesOn(
  gazetteer: CompiledGazetteer,
  id: string,
  day: string | null,
): readonly RoleRecord[] {
  if (day === null) return gazetteerRoles(gazetteer).get(id) ?? [];
  const roles: RoleRecord[] = [];
  for (const { role, left, from, to } of datedRoles(gazetteer).get(id) ?? []) {
    if (from !== null && day < from) continue;
    if (to !== null && day > to) {
      if (left !== null) roles.push(left);
      continue;
    }
    roles.push(role);
  }
  return roles;
}

const headCache = new WeakMap<CompiledGazetteer, ReadonlyMap<string, readonly string[]>>();

/**
 * Gazetteer person ids by the heads of the roles they hold or held ("envoy" → [...]), so that a role-only
 * reference is checked against the few people who could answer it; built once per compiled gazetteer.
 *
 * @example
 * gazetteerPeopleByHead(compiled).get("spokesperson")?.includes("dmitry-peskov"); // true
 */
export function gazetteerPeopleByHead(gazetteer: CompiledGazetteer): ReadonlyMap<string, readonly string[]> {
  let byHead = headCache.get(gazetteer);
  if (byHead === undefined) {
    const built = new Map<string, string[]>();
    for (const [id, roles] of datedRoles(gazetteer)) {
      for (const { role } of roles) {
        const ids = built.get(role.head) ?? [];
        if (!ids.includes(id)) ids.push(id);
        built.set(role.head, ids);
      }
    }
    byHead = built;
    headCache.set(gazetteer, byHead);
  }
  return byHead;
}

const answeringCache = new WeakMap<CompiledGazetteer, Map<string, readonly string[]>>();

/**
 * Gazetteer person ids with a role whose head answers a query for `askedHead` ({@link headAnswers}), each once,
 * sorted by id; worked out once per compiled gazetteer and head rather than per role-only reference.
 *
 * @example
 * gazetteerPeopleAnswering(compiled, "spokesperson").includes("dmitry-peskov"); // true
 */
export function gazetteerPeopleAnswering(gazetteer: CompiledGazetteer, askedHead: string): readonly string[] {
  let byAsked = answeringCache.get(gazetteer);
  if (byAsked === undefined) {
    byAsked = new Map();
    answeringCache.set(gazetteer, byAsked);
  }
  let ids = byAsked.get(askedHead);
  if (ids === undefined) {
    const found = new Set<string>();
    for (const [head, holders] of gazetteerPeopleByHead(gazetteer))
      if (headAnswers(head, askedHead)) for (const id of holders) found.add(id);
    ids = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    byAsked.set(askedHead, ids);
  }
  return ids;
}

import { FORMER_MODIFIERS, ROLE_BROADER } from "./data/titles.js";

/**
 * A role as the recogniser understands it: a canonical head ("envoy") and what qualifies it — countries,
 * organisations and people it belongs to. "US President Donald Trump's Special Envoy" gives head "envoy",
 * persons {Trump}, countries {United States}.
 */
export interface RoleRecord {
  text: string;
  head: string;
  former: boolean;
  countries: Set<string>;
  orgs: Set<string>;
  /** Entity keys of the people the role belongs to ("the president's spokesperson"). */
  persons: Set<string>;
}

/** A new role record; qualifiers are added by the caller. */
export function newRole(text: string, head: string, modifiers: readonly string[]): RoleRecord {
  return {
    text,
    head,
    former: modifiers.some((modifier) => FORMER_MODIFIERS.has(modifier)),
    countries: new Set(),
    orgs: new Set(),
    persons: new Set(),
  };
}

/** Whether a role with head `held` answers a query for head `asked` (same head, or a broader one). */
export function headAnswers(held: string, asked: string): boolean {
  if (held === asked || asked === "official") return true;
  return ROLE_BROADER[held]?.includes(asked) ?? false;
}

export function subset<T>(wanted: ReadonlySet<T>, held: ReadonlySet<T>): boolean {
  for (const item of wanted) if (!held.has(item)) return false;
  return true;
}

/**
 * Whether a role a person holds answers a role-only reference ("the US envoy", "Putin's spokesperson",
 * "the Kremlin leader"). Every qualifier the query names must be satisfied: a country by the role's countries,
 * an organisation by its organisations or (failing that) by the organisation's country, a person by the
 * role's people or (failing that) by that person's countries. Former roles answer only "former" queries.
 *
 * @example
 * roleAnswers(witkoffRole, { head: "envoy", countries: new Set(["united-states"]), ... }); // true
 */
export function roleAnswers(
  held: RoleRecord,
  query: RoleRecord,
  countriesOfQualifier: (key: string) => ReadonlySet<string>,
): boolean {
  if (held.former !== query.former) return false;
  if (!headAnswers(held.head, query.head)) return false;
  if (!subset(query.countries, held.countries)) return false;
  for (const org of query.orgs) {
    if (held.orgs.has(org)) continue;
    const countries = countriesOfQualifier(org);
    if (countries.size === 0 || !subset(countries, held.countries)) return false;
  }
  for (const person of query.persons) {
    if (held.persons.has(person)) continue;
    const countries = countriesOfQualifier(person);
    if (countries.size === 0 || held.persons.size > 0 || !subset(countries, held.countries)) return false;
  }
  return true;
}

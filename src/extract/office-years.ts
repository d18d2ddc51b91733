/**
 * The years an article can have been written in, from the offices its people hold in it: "Colombian President
 * Gustavo Petro" and "Venezuelan President Nicolás Maduro" together hold office only in the years their terms
 * overlap. Used to date a story whose dateline gives no year ("CARACAS, Nov 1 (Reuters) -").
 */
import type { LocalEntity } from "../schema/document.js";
import type { Gazetteer, GazetteerTerm } from "../schema/gazetteer.js";
import { TITLE_HEADS } from "./entities/data/titles.js";

/** A span of calendar years, both ends included. */
export interface YearSpan {
  from: number;
  to: number;
}

/** The year terms still running are counted up to: the gazetteer's data is as of this year. */
const OPEN_TERM_UNTIL = 2026;

/** Lower-case words of a role ("Secretary-General" → "secretary", "general"). */
function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

/** Words that make up titles ("vice", "prime", "minister", "general"), as opposed to places and adjectives. */
const TITLE_WORDS: ReadonlySet<string> = new Set(Object.keys(TITLE_HEADS).flatMap(roleWords));

/**
 * Whether a role the article gives ("President", "Colombian President") names the term's office ("Colombian
 * President"): every word it says is in the office, and every title word of the office is said ("President"
 * does not name "Vice President").
 */
function namesTerm(articleRole: string, term: GazetteerTerm): boolean {
  const said = roleWords(articleRole);
  const office = roleWords(term.role);
  if (said.length === 0 || said.includes("former")) return false;
  return (
    said.every((word) => office.includes(word)) &&
    office.every((word) => !TITLE_WORDS.has(word) || said.includes(word))
  );
}

function spanOf(term: GazetteerTerm): YearSpan {
  return { from: Number(term.from.slice(0, 4)), to: term.to ? Number(term.to.slice(0, 4)) : OPEN_TERM_UNTIL };
}

function intersection(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  const both = new Set<number>();
  for (const year of a) if (b.has(year)) both.add(year);
  return both;
}

/** The years of the terms a person's article roles name, or null when the article names none of them. */
function yearsOfPerson(entity: LocalEntity, terms: readonly GazetteerTerm[]): Set<number> | null {
  const named = terms.filter((term) => entity.roles.some((role) => namesTerm(role, term)));
  if (named.length === 0) return null;
  const years = new Set<number>();
  for (const term of named) {
    const { from, to } = spanOf(term);
    for (let year = from; year <= to; year++) years.add(year);
  }
  return years;
}

/**
 * The years in which every gazetteer person the article gives an office held it, in ascending order; null when
 * no such person is named or their terms never overlap (an article about history, or a role the data lacks).
 *
 * @example
 * officeYears(extraction.entities, defaultGazetteer()); // [2022, 2023, 2024, 2025, 2026] for Petro and Maduro
 */
export function officeYears(entities: readonly LocalEntity[], gazetteer: Gazetteer): number[] | null {
  const termsById = new Map(gazetteer.entries.map((entry) => [entry.id, entry.terms]));
  let allowed: Set<number> | null = null;
  for (const entity of entities) {
    if (entity.type !== "person" || !entity.gazetteerId) continue;
    const years = yearsOfPerson(entity, termsById.get(entity.gazetteerId) ?? []);
    if (years !== null) allowed = allowed === null ? years : intersection(allowed, years);
  }
  if (allowed === null || allowed.size === 0) return null;
  return [...allowed].sort((a, b) => a - b);
}

/** The terms a person's article roles name, as day ranges ("2012-12-26" to "2020-09-16"); null when none is named. */
function termsOfPerson(entity: LocalEntity, terms: readonly GazetteerTerm[]): GazetteerTerm[] | null {
  const named = terms.filter((term) => entity.roles.some((role) => namesTerm(role, term)));
  return named.length === 0 ? null : named;
}

/**
 * Whether every gazetteer person the article gives an office held it on a day (ISO): finer than
 * {@link officeYears}, so "Dec. 12" with Shinzo Abe as prime minister is 2015, not 2020 (he left in September).
 * Null when no such person is named.
 *
 * @example
 * inOfficeOn(extraction.entities, defaultGazetteer())?.("2020-12-12"); // false for an article on Abe as prime minister
 */
export function inOfficeOn(
  entities: readonly LocalEntity[],
  gazetteer: Gazetteer,
): ((day: string) => boolean) | null {
  const termsById = new Map(gazetteer.entries.map((entry) => [entry.id, entry.terms]));
  const people: GazetteerTerm[][] = [];
  for (const entity of entities) {
    if (entity.type !== "person" || !entity.gazetteerId) continue;
    const terms = termsOfPerson(entity, termsById.get(entity.gazetteerId) ?? []);
    if (terms !== null) people.push(terms);
  }
  if (people.length === 0) return null;
  return (day) =>
    people.every((terms) => terms.some((term) => term.from <= day && (term.to === null || day <= term.to)));
}

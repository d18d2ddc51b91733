import { AGENCIES } from "./tables/agencies.js";

/** Lower-case names and aliases → the name reports use. */
const AGENCY_BY_NAME: ReadonlyMap<string, string> = new Map(
  AGENCIES.flatMap((agency) =>
    [agency.name, ...agency.aliases].map((alias) => [alias.toLowerCase(), agency.name] as const),
  ),
);

/**
 * The known agencies named in a credit list, in order and without repeats: "sda/dpa/con" → ["sda", "dpa"]
 * (editors' initials such as "con" are not agencies), "AFP, Reuters" → ["AFP", "Reuters"].
 *
 * @example
 * agenciesIn("sda/dpa/con"); // ["sda", "dpa"]
 * agenciesIn("The Associated Press"); // ["AP"]
 */
export function agenciesIn(list: string): string[] {
  const found: string[] = [];
  for (const part of list.split(/\s*(?:[/,;&+|]|\s[–—-]\s|\band\b|\bwith\b)\s*/iu)) {
    const token = part
      .trim()
      .replace(/^the\s+/iu, "")
      .replace(/[.:]+$/u, "")
      .toLowerCase();
    const name = AGENCY_BY_NAME.get(token) ?? AGENCY_BY_NAME.get(`the ${token}`);
    if (name && !found.includes(name)) found.push(name);
  }
  return found;
}

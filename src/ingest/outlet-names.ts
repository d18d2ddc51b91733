import { agenciesIn } from "./agencies-in.js";
import { AGENCIES } from "./tables/agencies.js";
import { OUTLET_ALIASES } from "./tables/outlet-aliases.js";
import { OUTLET_DOMAINS } from "./tables/outlet-domains.js";

function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/u, "")
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .trim();
}

/** Every known outlet or agency name and alias (normalised) → the name reports use. Built once. */
const KNOWN_OUTLETS: ReadonlyMap<string, string> = new Map([
  ...AGENCIES.flatMap((agency) =>
    [agency.name, ...agency.aliases]
      .filter((alias) => alias.length > 2)
      .map((alias) => [nameKey(alias), agency.name] as const),
  ),
  ...OUTLET_DOMAINS.map(({ name }) => [nameKey(name), name] as const),
  ...OUTLET_ALIASES.map(({ alias, name }) => [nameKey(alias), name] as const),
]);

/**
 * The name reports use for an outlet name, when the name is known (any case, "The" optional):
 * "BBC News" → "BBC", "KYODO NEWS" → "Kyodo". Null for names not in the tables.
 *
 * @example
 * knownOutlet("Ahram Online"); // "Ahram Online"
 * knownOutlet("Acme Weekly"); // null
 */
export function knownOutlet(name: string): string | null {
  if (name.length > 60) return null;
  return KNOWN_OUTLETS.get(nameKey(name)) ?? null;
}

/** The canonical name for a name from metadata: the known name, else the name as given. */
export function canonicalOutlet(name: string): string {
  return knownOutlet(name) ?? name.trim();
}

/** Separators between a page title and the site's name ("… - Ahram Online", "… | DW"): "|", or a dash between spaces. */
const PIPE = 0x7c;
const SPACE = 0x20;
const isTitleDash = (code: number): boolean => code === 0x2d || code === 0x2013 || code === 0x2014;
/** Titles, bylines and mastheads are short lines; longer blocks are body text. */
const MAX_FURNITURE_LENGTH = 200;
/** "By Jane Doe, BBC News", "By Jane Doe | Reuters", "Jane Doe for Al Jazeera". */
const BYLINE_OUTLET = /^by\s+[^,|\n]{2,60}?(?:,\s*|\s*\|\s*|\s+for\s+)(?<outlet>[^,|\n]{2,40}?)\s*$/iu;
/**
 * A masthead in capitals before a date ("KYODO NEWS - May 7, 2023"), or a source line: "Source: Xinhua | …",
 * "SOURCE: AL JAZEERA AND NEWS AGENCIES".
 */
const MASTHEAD =
  /^(?:(?:source|Source|SOURCE)\s*:\s*(?<source>[^|\n]{2,40}?)\s*(?:[|·•]|\s+(?:and|AND)\s+|$)|(?<caps>\p{Lu}[\p{Lu}\p{N}&'’.]*(?:\s+\p{Lu}[\p{Lu}\p{N}&'’.]*){0,4})\s+[-–—|]\s+[\p{Lu}\p{N}])/u;

/**
 * Where the text after the last title separator starts (" - ", " – ", " — " or "|"), or -1 when there is
 * none past the first character: one backward scan instead of a `lastIndexOf` per separator.
 */
function afterLastTitleSeparator(text: string): number {
  for (let index = text.length - 1; index > 0; index--) {
    const code = text.charCodeAt(index);
    if (code === PIPE) return index + 1;
    if (isTitleDash(code) && text.charCodeAt(index + 1) === SPACE && text.charCodeAt(index - 1) === SPACE)
      return index > 1 ? index + 2 : -1;
  }
  return -1;
}

/** The site name a page title ends with, when it is a known outlet. */
function outletInTitle(text: string): string | null {
  const after = afterLastTitleSeparator(text);
  return after >= 0 ? knownOutlet(text.slice(after)) : null;
}

function outletInByline(text: string): string | null {
  if (text.length > 120) return null;
  const outlet = BYLINE_OUTLET.exec(text)?.groups?.outlet;
  return outlet ? knownOutlet(outlet) : null;
}

function outletInMasthead(text: string): string | null {
  const groups = MASTHEAD.exec(text)?.groups;
  // "Source: AFP" credits the agency whose copy was used; it does not name the publisher.
  if (groups?.source) return agenciesIn(groups.source).length > 0 ? null : knownOutlet(groups.source);
  return groups?.caps ? knownOutlet(groups.caps) : null;
}

/**
 * The outlet the top lines of an article name: a page title's suffix ("… - Ahram Online"), a byline's
 * outlet ("By Jane Doe, BBC News"), a masthead ("KYODO NEWS - May 7, 2023 - 20:15") or a source line
 * ("Source: Xinhua | 2023-11-16 …"). Only names in the outlet tables count. `texts` are the top blocks.
 *
 * @example
 * outletInText(["Leaders meet in Cairo - Ahram Online"]); // "Ahram Online"
 */
export function outletInText(texts: readonly string[]): string | null {
  for (const text of texts) {
    if (text.length > MAX_FURNITURE_LENGTH) continue;
    const found = outletInMasthead(text) ?? outletInTitle(text) ?? outletInByline(text);
    if (found) return found;
  }
  return null;
}

import type { OutletProfile } from "../schema/outlet.js";
import type { Day } from "../schema/primitives.js";
import { compilePatterns } from "./compile-pattern.js";
import { type FilteredPattern, foldedForFilter, mayMatch, withRequiredLiterals } from "./required-literal.js";

/** What is known about an article when its outlet profile is chosen. */
export interface OutletClues {
  /** Outlet names from front matter, page metadata or the URL's domain. */
  names: readonly string[];
  /** Host name of the article's URL, lower case, if known. */
  host: string | null;
  /** The first part of the readable text, without captions (markers are searched here). */
  head: string;
  publishedAt: Day | null;
}

function validOn(profile: OutletProfile, day: Day | null): boolean {
  if (day === null) return true;
  if (profile.validFrom && day < profile.validFrom) return false;
  if (profile.validUntil && day > profile.validUntil) return false;
  return true;
}

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const wanted = domain.toLowerCase().replace(/^www\./, "");
  return host === wanted || host.endsWith(`.${wanted}`);
}

/** What detection needs of a profile, derived once per profile object (profiles are user data, so no global registry). */
interface ProfileKeys {
  readonly name: string;
  readonly markers: readonly FilteredPattern[];
}

const keysByProfile = new WeakMap<OutletProfile, ProfileKeys>();

function keysOf(profile: OutletProfile): ProfileKeys {
  let keys = keysByProfile.get(profile);
  if (!keys) {
    keys = {
      name: normaliseName(profile.name),
      markers: compilePatterns(profile.match.markers).map(withRequiredLiterals),
    };
    keysByProfile.set(profile, keys);
  }
  return keys;
}

function byName(profiles: readonly OutletProfile[], names: readonly string[]): OutletProfile | null {
  if (names.length === 0) return null;
  const wanted = new Set(names.map(normaliseName));
  return profiles.find((profile) => wanted.has(keysOf(profile).name) || wanted.has(profile.id)) ?? null;
}

function byDomain(profiles: readonly OutletProfile[], host: string): OutletProfile | null {
  let best: OutletProfile | null = null;
  let bestLength = 0;
  for (const profile of profiles) {
    for (const domain of profile.match.domains) {
      if (hostMatches(host, domain) && domain.length > bestLength) {
        best = profile;
        bestLength = domain.length;
      }
    }
  }
  return best;
}

function byMarker(profiles: readonly OutletProfile[], head: string): OutletProfile | null {
  let best: OutletProfile | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  const folded = foldedForFilter(head);
  for (const profile of profiles) {
    for (const marker of keysOf(profile).markers) {
      if (!mayMatch(marker, head, folded)) continue;
      const match = marker.regex.exec(head);
      if (match && match.index < bestAt) {
        best = profile;
        bestAt = match.index;
      }
    }
  }
  return best;
}

/**
 * Chooses the outlet profile for an article: by a name the article gives (front matter, page
 * metadata, the URL's outlet), then by the URL's domain, then by the earliest marker found in the top
 * of the text. Profiles whose validFrom/validUntil exclude the publication day (when known) are skipped.
 *
 * @example
 * detectOutlet([profile], { names: [], host: "www.example.org", head: "", publishedAt: null });
 */
export function detectOutlet(profiles: readonly OutletProfile[], clues: OutletClues): OutletProfile | null {
  const valid = profiles.filter((profile) => validOn(profile, clues.publishedAt));
  if (valid.length === 0) return null;
  return (
    byName(valid, clues.names) ??
    (clues.host ? byDomain(valid, clues.host) : null) ??
    (clues.head ? byMarker(valid, clues.head) : null)
  );
}

import { hostMatches } from "./detect-outlet.js";
import { OUTLET_DOMAINS } from "./tables/outlet-domains.js";

/**
 * The host name of a URL, lower case and without `www.`; null when it is not a URL.
 *
 * @example
 * hostOf("https://www.themoscowtimes.com/2025/04/22/a"); // "themoscowtimes.com"
 */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/**
 * The outlet a URL's domain belongs to, from the table of outlet domains (longest match wins).
 *
 * @example
 * outletForUrl("https://www.themoscowtimes.com/2025/04/22/a"); // "The Moscow Times"
 */
export function outletForUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  let best: string | null = null;
  let bestLength = 0;
  for (const { domain, name } of OUTLET_DOMAINS) {
    if (domain.length > bestLength && hostMatches(host, domain)) {
      best = name;
      bestLength = domain.length;
    }
  }
  return best;
}

/**
 * The day a URL's path gives (`/2025/04/22/`, `/2025-04-22-`, `/20250422/`), if any.
 *
 * @example
 * dayFromUrl("https://example.org/2025/04/22/talks"); // "2025-04-22"
 */
export function dayFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** The year a URL's path names, if any (for datelines that give only month and day). */
export function yearFromUrl(url: string): number | null {
  const match = /\/((?:19|20)\d{2})(?=[/_-])/.exec(url);
  return match ? Number(match[1]) : null;
}

import type { BlockKind } from "../schema/document.js";
import type { Day } from "../schema/primitives.js";
import { agenciesIn } from "./agencies-in.js";
import { expandPlaceholders } from "./expand-placeholders.js";
import { parseDay } from "./parse-day.js";
import { caseSensitiveLiterals, holdsAll } from "./required-literal.js";
import { DATELINE_PATTERNS } from "./tables/datelines.js";

/** A dateline pattern ready to test. Outlet patterns match anywhere in a block and have no length limit. */
export interface DatelineMatcher {
  readonly kind: BlockKind;
  readonly regex: RegExp;
  readonly maxRest: number;
  /** Strings every match contains (of case-sensitive patterns only), checked before the pattern runs. */
  readonly needles: readonly string[];
}

function matcher(kind: BlockKind, regex: RegExp, maxRest: number): DatelineMatcher {
  return { kind, regex, maxRest, needles: caseSensitiveLiterals(regex) };
}

/** The generic dateline patterns of `tables/datelines.ts`, compiled once. */
export const GENERIC_DATELINES: readonly DatelineMatcher[] = DATELINE_PATTERNS.map((pattern) =>
  matcher(
    pattern.kind,
    new RegExp(expandPlaceholders(pattern.pattern), `${pattern.flags}u`),
    pattern.maxRest,
  ),
);

/** Outlet dateline patterns as matchers. */
export function outletDatelines(regexes: readonly RegExp[]): DatelineMatcher[] {
  return regexes.map((regex) => matcher("dateline", regex, Number.POSITIVE_INFINITY));
}

export interface Dateline {
  kind: BlockKind;
  /** The day it gives; null when it gives none (a date without a year and no year known). */
  day: Day | null;
  /** Agencies it credits ("(Reuters)"). */
  wire: string[];
  /** The date text as written ("Nov. 15"), if any. */
  dateText: string | null;
}

/**
 * Reads a block as a dateline with the first matcher that fits: "April 22, 2025",
 * "Published: 14 Nov 2022", "Dec 3, 2025, 5:19 am", "MOSCOW, April 25 (Reuters) -". `year` completes
 * dates that give only month and day. Returns null when the block is not a dateline.
 *
 * @example
 * readDateline("Updated 3 March 2024", GENERIC_DATELINES, null)?.day; // "2024-03-03"
 */
export function readDateline(
  text: string,
  matchers: readonly DatelineMatcher[],
  year: number | null,
): Dateline | null {
  if (text.length > 300) return null;
  for (const { kind, regex, maxRest, needles } of matchers) {
    if (!holdsAll(text, needles)) continue;
    const match = regex.exec(text);
    if (!match) continue;
    if (text.length - (match.index + match[0].length) > maxRest) continue;
    const date = match.groups?.date;
    const wire = match.groups?.wire ? agenciesIn(match.groups.wire) : [];
    return { kind, day: date ? parseDay(date, year) : null, wire, dateText: date ?? null };
  }
  return null;
}

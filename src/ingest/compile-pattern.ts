import type { Pattern } from "../schema/outlet.js";
import { expandPlaceholders } from "./expand-placeholders.js";

/**
 * Turns a pattern given as data into a RegExp: strings are compiled case-insensitively with the `u` flag
 * (after {@link expandPlaceholders}); a RegExp is copied without `g`/`y`, so matching keeps no state.
 * An invalid pattern gives null rather than throwing.
 *
 * @example
 * compilePattern("^tass-factbox")?.test("TASS-FACTBOX. On …"); // true
 */
export function compilePattern(pattern: Pattern, flags = "iu"): RegExp | null {
  try {
    if (typeof pattern === "string") return new RegExp(expandPlaceholders(pattern), flags);
    return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));
  } catch {
    return null;
  }
}

/** Compiles a list of patterns, dropping invalid ones. */
export function compilePatterns(patterns: readonly Pattern[], flags = "iu"): RegExp[] {
  const compiled: RegExp[] = [];
  for (const pattern of patterns) {
    const regex = compilePattern(pattern, flags);
    if (regex) compiled.push(regex);
  }
  return compiled;
}

/**
 * The one door to `natural`: deep imports only, so the package root (and its heavy, side-effectful
 * modules) is never loaded.
 */
import distance from "natural/lib/natural/distance/index.js";

/**
 * Jaro–Winkler similarity of two strings in 0..1 (1 = identical).
 *
 * @example
 * jaroWinkler("witkoff", "witcoff"); // ≈ 0.94
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  return distance.JaroWinklerDistance(a, b);
}

/**
 * Sorting by several integer keys at once: the keys packed into one exact double per item, sorted by the
 * engine's native typed-array sort. Native code runs at full speed on the first call, where a hand-written
 * sort loop still runs unoptimised until the JIT has compiled it.
 */

/**
 * Whether items with digits below `radices` pack exactly into one double (their product stays at most
 * 2^53).
 *
 * @example
 * fitsPacked([3000, 100_000, 100_000]); // true
 */
export function fitsPacked(radices: readonly number[]): boolean {
  let space = 1;
  for (const radix of radices) space *= Math.max(1, radix);
  return space <= Number.MAX_SAFE_INTEGER;
}

/**
 * `Math.floor(value / divisor)` for non-negative integers below 2^53. Exact: a quotient just below an integer
 * is at least `1 / divisor` below it, more than the rounding error of the division at these magnitudes.
 *
 * @example
 * quotientOf(7, 2); // 3
 */
export function quotientOf(value: number, divisor: number): number {
  return Math.floor(value / divisor);
}

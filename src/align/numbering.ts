/**
 * Per-call numberings the profiling pass uses: distinct strings and days numbered in first-occurrence order,
 * and typed arrays that grow as they fill.
 */
import { canonicalDayNumber } from "./days.js";

/** Numbers each distinct string in first-occurrence order. */
export function stringNumbers() {
  const numbers = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    numberOf(value: string): number {
      let number = numbers.get(value);
      if (number === undefined) {
        number = values.length;
        numbers.set(value, number);
        values.push(value);
      }
      return number;
    },
  };
}

/** A copy of `array` at least `size` long (twice as long as it was, or more). */
export function withRoom<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, 2 * array.length));
  grown.set(array);
  return grown;
}

/** Well-formed days up to this many days either side of the first one seen are numbered through a typed array. */
const DAY_REACH = 1 << 14;

/**
 * Numbers each distinct day string in first-occurrence order; well-formed days are found by their day number
 * (no hash of the string: claims carry a fresh string each), in a typed array over the decades around the
 * first day seen (a map beyond them), other strings by themselves.
 */
export function dayNumbers() {
  // The number + 1 of each day from `firstDay - DAY_REACH` (0: not seen).
  const near = new Int32Array(2 * DAY_REACH);
  let base = Number.NaN;
  const byDay = new Map<number, number>();
  const byText = new Map<string, number>();
  const values: string[] = [];
  /** The next number, for `text`. */
  const added = (text: string): number => {
    values.push(text);
    return values.length - 1;
  };
  return {
    values,
    /** The number of `text`, whose canonical day number the caller may pass when it has it. */
    numberOf(text: string, day = canonicalDayNumber(text)): number {
      if (Number.isNaN(day)) {
        const known = byText.get(text);
        if (known !== undefined) return known;
        byText.set(text, values.length);
        return added(text);
      }
      if (Number.isNaN(base)) base = day - DAY_REACH;
      const offset = day - base;
      if (offset >= 0 && offset < near.length) {
        if (near[offset] === 0) near[offset] = added(text) + 1;
        return near[offset]! - 1;
      }
      const known = byDay.get(day);
      if (known !== undefined) return known;
      byDay.set(day, values.length);
      return added(text);
    },
  };
}

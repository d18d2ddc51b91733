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

/**
 * Numbers each distinct day string in first-occurrence order; well-formed days are found by their day number
 * (no hash of the string: claims carry a fresh string each), other strings by themselves.
 */
export function dayNumbers() {
  const byDay = new Map<number, number>();
  const byText = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    /** The number of `text`, whose canonical day number the caller may pass when it has it. */
    numberOf(text: string, day = canonicalDayNumber(text)): number {
      const byKey = Number.isNaN(day) ? byText.get(text) : byDay.get(day);
      if (byKey !== undefined) return byKey;
      if (Number.isNaN(day)) byText.set(text, values.length);
      else byDay.set(day, values.length);
      values.push(text);
      return values.length - 1;
    },
  };
}

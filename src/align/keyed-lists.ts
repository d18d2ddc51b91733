/**
 * Lists of claim indices under integer keys, all in one typed array: every entry is counted first, then the
 * lists are laid out end to end and filled in insertion order. No array per key for the collector to copy,
 * and no map lookups while the key space is small enough to index directly.
 */
import { withRoom } from "./numbering.js";

/**
 * Key spaces get a slot per key up to this size, and up to this many slots per item the caller expects
 * (a slot costs twelve bytes, so a wide key space over a few items is numbered through a map instead).
 */
const DENSE_KEYS = 1 << 22;
const SLOTS_PER_ITEM = 8;

/** Lists under integer keys: the list in slot `s` is `items[from[s]..to[s])`, what was pushed so far. */
export interface KeyedLists {
  /** Counts one entry the fill pass will push under `key` (before {@link KeyedLists.seal}). */
  count(key: number): void;
  /** Lays the lists out once every entry is counted. */
  seal(): void;
  /** Appends `index` to the list of `key` (counted before). */
  push(key: number, index: number): void;
  /** The slot of a key's list (-1 when nothing was counted under it): its entries are `items[from[slot]..to[slot])`. */
  slotOf(key: number): number;
  items: Int32Array;
  from: Int32Array;
  to: Int32Array;
}

/**
 * Empty keyed lists over the keys `0..keySpace`, for about `items` entries (it only sizes the layout).
 *
 * @example
 * const lists = keyedLists(10, 1);
 * lists.count(3); lists.seal(); lists.push(3, 42);
 * lists.items[lists.from[lists.slotOf(3)]]; // 42
 */
export function keyedLists(keySpace: number, items: number): KeyedLists {
  const dense = keySpace <= Math.min(DENSE_KEYS, SLOTS_PER_ITEM * items + 1024);
  const sparse = dense ? null : new Map<number, number>();
  let sizes = new Int32Array(sparse === null ? keySpace : 1024);
  let slots = sparse === null ? keySpace : 0;
  const lists: KeyedLists = {
    count(key) {
      let slot = key;
      if (sparse !== null) {
        const known = sparse.get(key);
        if (known === undefined) {
          slot = slots++;
          sparse.set(key, slot);
          if (sizes.length < slots) sizes = withRoom(sizes, slots);
        } else slot = known;
      }
      sizes[slot] = sizes[slot]! + 1;
    },
    seal() {
      lists.from = new Int32Array(slots);
      let total = 0;
      for (let slot = 0; slot < slots; slot++) {
        lists.from[slot] = total;
        total += sizes[slot]!;
      }
      lists.to = lists.from.slice();
      lists.items = new Int32Array(total);
    },
    push(key, index) {
      const slot = lists.slotOf(key);
      lists.items[lists.to[slot]!] = index;
      lists.to[slot] = lists.to[slot]! + 1;
    },
    slotOf(key) {
      if (sparse === null) return sizes[key] === 0 ? -1 : key;
      return sparse.get(key) ?? -1;
    },
    items: new Int32Array(0),
    from: new Int32Array(0),
    to: new Int32Array(0),
  };
  return lists;
}

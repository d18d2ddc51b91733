/** Up to this many items are sorted by insertion (no scratch allocation, unlike `Array.prototype.sort`). */
const INSERTION_LIMIT = 16;

/**
 * Sorts in place, stably, like `Array.prototype.sort` with the same comparator; short arrays (members of one
 * event, its links) by insertion, as the built-in sort allocates scratch space on every call.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_LIMIT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let at = i;
    while (at > 0 && compare(items[at - 1]!, item) > 0) {
      items[at] = items[at - 1]!;
      at--;
    }
    items[at] = item;
  }
  return items;
}

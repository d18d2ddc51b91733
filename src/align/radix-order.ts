/** Keys of up to this many bits are sorted in one counting pass; wider keys take passes of 16 bits. */
const ONE_PASS_BITS = 18;

/** The digit width of the counting passes over keys up to `highest`. */
function digitBits(highest: number): number {
  const bits = 32 - Math.clz32(highest);
  return bits <= ONE_PASS_BITS ? Math.max(1, bits) : 16;
}

/**
 * Positions `0..count` ordered by `keys` (non-negative integers, the most significant key last), stably: one
 * counting pass per digit of each key, least significant first, instead of a comparison sort. Claim indices
 * fit one digit, so each such key is one pass.
 *
 * @example
 * radixOrder([Int32Array.of(3, 1, 3, 0)], 4); // Int32Array [3, 1, 0, 2]
 */
export function radixOrder(keys: readonly Int32Array[], count: number): Int32Array {
  let order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  let spare = new Int32Array(count);
  let buckets = new Int32Array(0);
  for (const key of keys) {
    let highest = 0;
    for (let k = 0; k < count; k++) highest = Math.max(highest, key[k]!);
    const bits = digitBits(highest);
    const mask = 2 ** bits - 1;
    if (buckets.length < mask + 1) buckets = new Int32Array(mask + 1);
    for (let shift = 0; shift < 32 && (shift === 0 || highest >>> shift > 0); shift += bits) {
      buckets.fill(0, 0, mask + 1);
      for (let k = 0; k < count; k++) buckets[(key[order[k]!]! >>> shift) & mask]!++;
      for (let digit = 0, total = 0; digit <= mask; digit++) {
        const size = buckets[digit]!;
        buckets[digit] = total;
        total += size;
      }
      for (let k = 0; k < count; k++) {
        const position = order[k]!;
        spare[buckets[(key[position]! >>> shift) & mask]!++] = position;
      }
      [order, spare] = [spare, order];
    }
  }
  return order;
}

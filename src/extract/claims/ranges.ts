/** Items sorted by `start` whose range lies inside `[from, to)`, found by binary search. */
export function within<T extends { start: number; end: number }>(
  sorted: readonly T[],
  from: number,
  to: number,
): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid]?.start ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length; i++) {
    const item = sorted[i];
    if (!item || item.start >= to) break;
    if (item.end <= to) found.push(item);
  }
  return found;
}
